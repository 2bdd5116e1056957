/**
 * Pure rules of the patient area: plausible dates of birth, the screening's validity
 * window, and the checks of a questionnaire's dates. Unit-tested in test/unit/patient-rules.test.ts.
 */
import { isLocalDate } from '../../common/validation';
import type { ScreeningAnswers } from './screening-answers';

/** Oldest age we accept for a date of birth: older is a typing error, not a patient. */
export const MAX_AGE_YEARS = 130;

/** `date` ("YYYY-MM-DD") plus `days` (negative for earlier). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` minus whole years (29 February falls back to 1 March, which is harmless for a bound). */
export function minusYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

/** Why a date of birth is not plausible, or null when it is: a real day, not after `today`, at most 130 years ago. */
export function dateOfBirthProblem(value: string, today: string): string | null {
  if (!isLocalDate(value)) return 'Give the date of birth as "YYYY-MM-DD".';
  if (value > today) return 'A date of birth cannot be in the future.';
  if (value < minusYears(today, MAX_AGE_YEARS)) return `A date of birth more than ${MAX_AGE_YEARS} years ago is not plausible.`;
  return null;
}

export interface ScreeningValidity {
  /** Last day the screening counts for a session; null without a screening. */
  validUntil: string | null;
  /** True when there is no screening or it is older than the organization's renewal age. */
  needsRenewal: boolean;
}

/**
 * A screening answered on `screenedOn` is valid for `validDays` days after it (a
 * screening of day D with 90 valid days covers sessions up to D + 90); after that, or
 * without one, it must be renewed before a session. `today` is the clinic's (or the
 * organization's) local day.
 */
export function screeningValidity(screenedOn: string | null, validDays: number, today: string): ScreeningValidity {
  if (screenedOn === null) return { validUntil: null, needsRenewal: true };
  const validUntil = addDays(screenedOn, validDays);
  return { validUntil, needsRenewal: today > validUntil };
}

export interface DateProblem {
  /** Path below the answers, e.g. ["isotretinoinLastDoseOn"] or ["previousProcedures", "0", "performedOn"]. */
  path: string[];
  message: string;
}

/** Most entries a list answer may hold. */
export const MAX_LIST_ANSWERS = 50;

/** The dates of the answers that are malformed or after the screening day. */
export function answerDateProblems(answers: ScreeningAnswers, screenedOn: string): DateProblem[] {
  const problems: DateProblem[] = [];
  const check = (value: string | null, path: string[]) => {
    if (value === null) return;
    if (!isLocalDate(value)) problems.push({ path, message: 'Give the day as "YYYY-MM-DD".' });
    else if (isLocalDate(screenedOn) && value > screenedOn) problems.push({ path, message: 'This day is after the screening.' });
  };
  check(answers.isotretinoinLastDoseOn, ['isotretinoinLastDoseOn']);
  check(answers.retinoidOrAcidLastUsedOn, ['retinoidOrAcidLastUsedOn']);
  answers.previousProcedures.forEach((p, i) => check(p.performedOn, ['previousProcedures', String(i), 'performedOn']));
  return problems;
}

/**
 * The search text as patients.search_text holds it: lower case; a phone number typed
 * with spaces, dashes, dots or parentheses loses them ("+1 (212) 555-0134" finds "+12125550134").
 */
export function searchTerm(search: string): string {
  const term = search.trim().toLowerCase();
  return /^[+\d\s().-]+$/.test(term) && /\d/.test(term) ? term.replace(/[\s().-]/g, '') : term;
}
