/**
 * Whether a patient may receive a protocol on a given day, from the rules of its
 * treatments (data, see eligibility-rule.ts), the patient's latest screening and skin
 * type, the organization's clinical settings and the clearances practitioners recorded.
 * Pure: no I/O, no clock; the caller loads everything and chooses the session day (in the
 * clinic's time zone).
 *
 * The verdict:
 * - INELIGIBLE when any ABSOLUTE reason applies: an absolute contraindication, or a
 *   screening that is missing or expired on the session day (no clearance lifts these);
 * - else NEEDS_CLEARANCE when a RELATIVE reason applies without a clearance recorded for
 *   its code and treatment;
 * - else ELIGIBLE. WARNING reasons (skin-type risks) are reported but never change it.
 */
import type { ScreeningAnswers } from '../patient/screening-answers';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { EligibilityRule, isFlagCondition, isWithinDaysCondition, isWithinMonthsCondition } from './eligibility-rule';
import { EligibilityReasonCode, EligibilitySeverity, EligibilityVerdict, WaitingPeriodSetting } from './eligibility.enums';
import { addCalendarMonths, addDays, daysBetween } from './local-date';

/** One treatment of the protocol, with its (validated) rules. */
export interface TreatmentEligibilityRules {
  slug: string;
  rules: readonly EligibilityRule[];
}

/** The patient's latest screening. */
export interface ScreeningRecord {
  answers: ScreeningAnswers;
  /** LocalDate the questionnaire was answered. */
  screenedOn: string;
}

/** The organization's numbers (`organizations` columns, `ClinicalSettings` in the schema). */
export interface EligibilitySettings {
  isotretinoinWashoutMonths: number;
  retinoidWashoutDays: number;
  /** A screening answered more than this many days before the session day has expired. */
  screeningValidDays: number;
}

/** A practitioner's recorded clearance of one relative reason for one treatment. */
export interface RecordedClearance {
  code: EligibilityReasonCode;
  treatmentSlug: string;
}

export interface EligibilityInput {
  /** The protocol's treatments in step order (a treatment listed twice is evaluated once). */
  treatments: readonly TreatmentEligibilityRules[];
  screening: ScreeningRecord | null;
  /** The patient's Fitzpatrick skin type, or null when not recorded. */
  skinType: FitzpatrickType | null;
  settings: EligibilitySettings;
  /** LocalDate of the planned session in the clinic's time zone. */
  sessionOn: string;
  clearances: readonly RecordedClearance[];
}

/** The fact behind a reason: a screening answer by name, the screening's date, or the skin type. */
export interface EligibilityAnswer {
  field: keyof ScreeningAnswers | 'screenedOn' | 'fitzpatrickType';
  value: boolean | string | null;
}

export interface EligibilityReason {
  code: EligibilityReasonCode;
  severity: EligibilitySeverity;
  /** The treatment the reason concerns; null for the screening's own reasons, which concern them all. */
  treatmentSlug: string | null;
  /** The answer behind it; null when there is none (no screening). */
  answer: EligibilityAnswer | null;
  message: string;
  advice: string;
  /** A clearance is recorded for this RELATIVE reason, which therefore no longer blocks. */
  cleared: boolean;
  /** For waiting periods: the first day (LocalDate) the reason no longer applies; else null. */
  waitEndsOn: string | null;
}

export interface EligibilityResult {
  verdict: EligibilityVerdict;
  /** Screening reasons first, then each treatment's in step and rule order. */
  reasons: EligibilityReason[];
}

export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const screeningReason = screeningValidity(input.screening, input.settings.screeningValidDays, input.sessionOn);
  // Stale answers are not evaluated: they may be wrong both ways until renewed.
  const answers = screeningReason ? null : (input.screening?.answers ?? null);
  const reasons: EligibilityReason[] = screeningReason ? [screeningReason] : [];
  const seen = new Set<string>();
  for (const treatment of input.treatments) {
    for (const rule of treatment.rules) {
      const found = applyRule(rule, treatment.slug, answers, input);
      const key = `${found?.code ?? ''}\u0000${treatment.slug}`;
      if (!found || seen.has(key)) continue;
      seen.add(key);
      reasons.push(found);
    }
  }
  return { verdict: verdictOf(reasons), reasons };
}

function verdictOf(reasons: readonly EligibilityReason[]): EligibilityVerdict {
  if (reasons.some((r) => r.severity === EligibilitySeverity.ABSOLUTE)) return EligibilityVerdict.INELIGIBLE;
  if (reasons.some((r) => r.severity === EligibilitySeverity.RELATIVE && !r.cleared)) return EligibilityVerdict.NEEDS_CLEARANCE;
  return EligibilityVerdict.ELIGIBLE;
}

/**
 * SCREENING_MISSING, SCREENING_EXPIRED or null. Boundary: a screening answered exactly
 * `validDays` days before the session day is still valid; one day more and it has expired.
 */
function screeningValidity(screening: ScreeningRecord | null, validDays: number, sessionOn: string): EligibilityReason | null {
  if (!screening) {
    return screeningReason(
      EligibilityReasonCode.SCREENING_MISSING,
      null,
      'The patient has no screening questionnaire on record.',
      'Complete the contraindication screening before the session.',
    );
  }
  if (daysBetween(screening.screenedOn, sessionOn) <= validDays) return null;
  return screeningReason(
    EligibilityReasonCode.SCREENING_EXPIRED,
    { field: 'screenedOn', value: screening.screenedOn },
    `The latest screening is more than ${validDays} days old on the day of the session.`,
    'Renew the contraindication screening before the session.',
  );
}

function screeningReason(
  code: EligibilityReasonCode,
  answer: EligibilityAnswer | null,
  message: string,
  advice: string,
): EligibilityReason {
  return { code, severity: EligibilitySeverity.ABSOLUTE, treatmentSlug: null, answer, message, advice, cleared: false, waitEndsOn: null };
}

/** The reason `rule` gives, or null when it does not apply (or cannot be judged without answers). */
function applyRule(
  rule: EligibilityRule,
  treatmentSlug: string,
  answers: ScreeningAnswers | null,
  input: EligibilityInput,
): EligibilityReason | null {
  const reason = (answer: EligibilityAnswer, waitEndsOn: string | null = null, code = rule.code): EligibilityReason => ({
    code,
    severity: rule.severity,
    treatmentSlug,
    answer,
    message: rule.message,
    advice: rule.advice,
    waitEndsOn,
    cleared:
      rule.severity === EligibilitySeverity.RELATIVE && input.clearances.some((c) => c.code === code && c.treatmentSlug === treatmentSlug),
  });
  const when = rule.when;
  if ('skinTypes' in when) {
    // An unknown skin type is not a silent pass: it is reported with the rule's weight.
    if (input.skinType === null) return reason({ field: 'fitzpatrickType', value: null }, null, EligibilityReasonCode.SKIN_TYPE_UNKNOWN);
    return when.skinTypes.includes(input.skinType) ? reason({ field: 'fitzpatrickType', value: input.skinType }) : null;
  }
  if (!answers) return null;
  if (isFlagCondition(when)) return answers[when.flag] ? reason({ field: when.flag, value: true }) : null;
  const field = isWithinMonthsCondition(when) ? when.withinMonthsOf : when.withinDaysOf;
  const since = answers[field];
  if (since === null) return null;
  const length = input.settings[settingKey(when.setting)];
  // The waiting period ends on the first day it no longer applies: last dose 2025-03-15
  // with 6 months -> 2025-09-15 (a session that day is fine; 2025-09-14 is not); last use
  // 2025-03-01 with 7 days -> 2025-03-08. A length of 0 never applies.
  const waitEndsOn = isWithinDaysCondition(when) ? addDays(since, length) : addCalendarMonths(since, length);
  return input.sessionOn < waitEndsOn ? reason({ field, value: since }, waitEndsOn) : null;
}

/** The settings field a waiting-period setting names (its enum value is that field's name). */
function settingKey(setting: WaitingPeriodSetting): keyof EligibilitySettings {
  return setting;
}
