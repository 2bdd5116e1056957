/**
 * The rules of a clinic's opening hours, pure (no I/O, no request context). Hours are
 * wall-clock times in the clinic's own time zone, "HH:MM" (24-hour; "HH:MM:SS" is
 * accepted too), so comparing the strings compares the times. A day may have several intervals (a lunch break), which
 * must not overlap; one interval ending when the next begins is fine.
 */
import { Checks } from '../../common/user-errors';
import { isLocalTime } from '../../common/validation';
import { ClinicErrorCode } from './clinic-admin.inputs';

const { INVALID_OPENING_HOURS } = ClinicErrorCode;

/** One opening interval as an input gives it. */
export interface OpeningInterval {
  dayOfWeek: string;
  opens: string;
  closes: string;
}

/** Both times are "HH:MM" (or "HH:MM:SS") and the interval closes after it opens (an interval never spans midnight). */
export function isOpeningInterval(h: OpeningInterval): boolean {
  return isLocalTime(h.opens) && isLocalTime(h.closes) && h.opens < h.closes;
}

/** Whether any two of one day's intervals overlap (touching ends do not). */
export function overlaps(intervals: OpeningInterval[]): boolean {
  const sorted = [...intervals].sort((a, b) => a.opens.localeCompare(b.opens));
  return sorted.some((h, i) => i > 0 && h.opens < sorted[i - 1].closes);
}

/** The days whose intervals overlap, in the order the days first appear. */
export function overlappingDays(hours: OpeningInterval[]): string[] {
  const byDay = new Map<string, OpeningInterval[]>();
  for (const h of hours) byDay.set(h.dayOfWeek, [...(byDay.get(h.dayOfWeek) ?? []), h]);
  return [...byDay].filter(([, list]) => overlaps(list)).map(([day]) => day);
}

/**
 * A clinic's opening hours: INVALID_OPENING_HOURS at `field`.i for each malformed
 * interval, and at `field` for each day whose intervals overlap.
 */
export function checkOpeningHours(checks: Checks, hours: OpeningInterval[], field: string[]): void {
  hours.forEach((h, i) => {
    checks.check(
      isOpeningInterval(h),
      INVALID_OPENING_HOURS,
      [...field, String(i)],
      'Each interval needs "HH:MM" times with closes after opens.',
    );
  });
  for (const day of overlappingDays(hours)) checks.fail(INVALID_OPENING_HOURS, field, `Opening intervals on ${day} overlap.`);
}
