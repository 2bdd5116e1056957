/**
 * Calendar arithmetic on LocalDate strings ("YYYY-MM-DD"), free of time zones: the
 * caller has already chosen the day in the clinic's zone. Dates are handled as UTC
 * midnights internally, where every day has 24 hours.
 */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  const match = LOCAL_DATE.exec(date);
  const utc = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!utc || utc.toISOString().slice(0, 10) !== date) throw new RangeError(`Not a LocalDate: ${JSON.stringify(date).slice(0, 40)}`);
  return utc;
}

function fromUtc(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/**
 * The same day `months` calendar months later; when that month is shorter, its last day
 * (31 August + 6 months = 28 or 29 February), never a day of the month after.
 */
export function addCalendarMonths(date: string, months: number): string {
  const utc = toUtc(date);
  const firstOfTarget = new Date(Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth() + months, 1));
  const lastDayOfTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(utc.getUTCDate(), lastDayOfTarget));
  return fromUtc(firstOfTarget);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** Whether `date` is a real calendar day written as "YYYY-MM-DD". */
export function isLocalDate(date: string): boolean {
  try {
    toUtc(date);
    return true;
  } catch {
    return false;
  }
}
