/**
 * The eligibility rule format: what a treatment's `eligibility_rules` (jsonb) holds, one
 * JSON object per rule, so rules are data per treatment rather than code. A rule names
 * the reason it gives (`code`), what makes it apply (`when`), how much it weighs
 * (`severity`) and what to tell patient and practitioner (`message`, `advice`):
 *
 *   { "code": "RECENT_ISOTRETINOIN", "severity": "RELATIVE",
 *     "when": { "withinMonthsOf": "isotretinoinLastDoseOn", "setting": "isotretinoinWashoutMonths" },
 *     "message": "...", "advice": "..." }
 *
 * `parseEligibilityRules` (eligibility-rule-validation.ts) refuses anything else.
 */
import type { ScreeningAnswers, ScreeningFlag } from '../patient/screening-answers';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { EligibilityReasonCode, EligibilitySeverity, WaitingPeriodSetting, WaitingPeriodUnit } from './eligibility.enums';

/** The dated answers of a screening ("YYYY-MM-DD" or null), from which waiting periods run. */
export type ScreeningDateField = {
  [K in keyof ScreeningAnswers]: ScreeningAnswers[K] extends string | null ? (null extends ScreeningAnswers[K] ? K : never) : never;
}[keyof ScreeningAnswers];

/** Applies when the screening answered yes to `flag`. */
export interface FlagCondition {
  flag: ScreeningFlag;
}
/** Applies while the session day is less than `setting` calendar months after the answer's date. */
export interface WithinMonthsCondition {
  withinMonthsOf: ScreeningDateField;
  setting: WaitingPeriodSetting;
}
/** Applies while the session day is less than `setting` days after the answer's date. */
export interface WithinDaysCondition {
  withinDaysOf: ScreeningDateField;
  setting: WaitingPeriodSetting;
}
/** Applies when the patient's Fitzpatrick skin type is one of these. */
export interface SkinTypeCondition {
  skinTypes: FitzpatrickType[];
}

export type EligibilityCondition = FlagCondition | WithinMonthsCondition | WithinDaysCondition | SkinTypeCondition;

export interface EligibilityRule {
  /** The reason the rule gives; unique within a treatment (clearances name it). */
  code: EligibilityReasonCode;
  severity: EligibilitySeverity;
  when: EligibilityCondition;
  /** What applies, for patient and practitioner. */
  message: string;
  /** What to do about it. */
  advice: string;
}

/** Every yes/no answer a rule may test, checked against the questionnaire's type by the compiler. */
const FLAGS: Record<ScreeningFlag, true> = {
  activeInfectionAtSite: true,
  activeAcne: true,
  keloidTendency: true,
  immunosuppression: true,
  anticoagulants: true,
  bleedingOrPlateletDisorder: true,
  pregnantOrBreastfeeding: true,
  herpesHistory: true,
  recentSunburnOrTanning: true,
};
export const SCREENING_FLAGS: ReadonlySet<string> = new Set(Object.keys(FLAGS));

/** Every dated answer a waiting period may run from. */
const DATE_FIELDS: Record<ScreeningDateField, true> = { isotretinoinLastDoseOn: true, retinoidOrAcidLastUsedOn: true };
export const SCREENING_DATE_FIELDS: ReadonlySet<string> = new Set(Object.keys(DATE_FIELDS));

/** The unit each waiting-period setting is counted in: a months rule must name a months setting. */
export const SETTING_UNIT: Record<WaitingPeriodSetting, WaitingPeriodUnit> = {
  [WaitingPeriodSetting.ISOTRETINOIN_WASHOUT_MONTHS]: WaitingPeriodUnit.MONTHS,
  [WaitingPeriodSetting.RETINOID_WASHOUT_DAYS]: WaitingPeriodUnit.DAYS,
};

export function isFlagCondition(when: EligibilityCondition): when is FlagCondition {
  return 'flag' in when;
}
export function isWithinMonthsCondition(when: EligibilityCondition): when is WithinMonthsCondition {
  return 'withinMonthsOf' in when;
}
export function isWithinDaysCondition(when: EligibilityCondition): when is WithinDaysCondition {
  return 'withinDaysOf' in when;
}
