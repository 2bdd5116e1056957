/** Pure rules of calendars: bounded ranges and non-overlapping weekly intervals. */

/** Slots start on this grid, counted from the start of each working window: 15 minutes is the smallest step clinics book in. */
export const SLOT_GRANULARITY_MINUTES = 15;

/** One availability query covers at most a month, so its work (and answer) stays bounded. */
export const MAX_AVAILABILITY_DAYS = 31;

/** Leave read or added in one go spans at most a year. */
export const MAX_LEAVE_DAYS = 366;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a range [from, to) is refused, or null when it is fine. */
export function rangeProblem(from: Date, to: Date, maxDays: number, names: { from: string; to: string }): string | null {
  if (to.getTime() <= from.getTime()) return `"${names.to}" must be after "${names.from}".`;
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) return `"${names.from}" to "${names.to}" may span at most ${maxDays} days.`;
  return null;
}

export interface WeeklyInterval {
  dayOfWeek: string;
  starts: string;
  ends: string;
}

/** "9:00", "09:00" and "09:00:00" compare as one time: normalized to "HH:MM:SS". */
export function normalizedTime(value: string): string {
  return value.length === 5 ? `${value}:00` : value;
}

/** The days (in input order of first appearance) on which two intervals overlap; touching intervals do not. */
export function overlappingDays(intervals: WeeklyInterval[]): string[] {
  const byDay = new Map<string, WeeklyInterval[]>();
  for (const interval of intervals) byDay.set(interval.dayOfWeek, [...(byDay.get(interval.dayOfWeek) ?? []), interval]);
  const days: string[] = [];
  for (const [day, list] of byDay) {
    const sorted = [...list].sort((a, b) => normalizedTime(a.starts).localeCompare(normalizedTime(b.starts)));
    if (sorted.some((h, i) => i > 0 && normalizedTime(h.starts) < normalizedTime(sorted[i - 1].ends))) days.push(day);
  }
  return days;
}
