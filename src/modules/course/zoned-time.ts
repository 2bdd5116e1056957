/**
 * Wall-clock arithmetic in a clinic's IANA time zone, without a date library: the local
 * calendar day of an instant, and the instant of a local day's midnight. Course windows
 * are whole local days, so a window keeps its wall-clock meaning across daylight saving.
 */
import { addDays } from '../eligibility/local-date';

/** The local calendar day ("YYYY-MM-DD") of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a local day begins in `timeZone` (its first existing moment: where a zone
 * skips midnight, the first instant after the gap).
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`);
  let guess = naive - offsetMs(new Date(naive), timeZone);
  // A second pass settles days whose offset differs from the offset at naive UTC midnight.
  guess = naive - offsetMs(new Date(guess), timeZone);
  if (localDateOf(new Date(guess), timeZone) < date) guess += 3_600_000;
  return new Date(guess);
}

/** The instant `days` local days after the local day of `instant` begins. */
export function startOfDayAfter(instant: Date, days: number, timeZone: string): Date {
  return startOfLocalDay(addDays(localDateOf(instant, timeZone), days), timeZone);
}
