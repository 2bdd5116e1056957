/** Pure checks of input values, shared by every area's validation. */

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
TIME_ZONES.add('UTC');
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isTimeZone(value: string): boolean {
  return TIME_ZONES.has(value);
}

export function isCurrency(value: string): boolean {
  return CURRENCIES.has(value);
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 80;
}

/** "HH:MM" or "HH:MM:SS", 24-hour. */
export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);
}

/** "YYYY-MM-DD" that names a real day. */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}

/** E.164: "+" then 8 to 15 digits. */
export function isPhone(value: string): boolean {
  return /^\+[1-9]\d{7,14}$/.test(value);
}

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** A non-blank string of at most `max` characters. */
export function isText(value: string, max = 200): boolean {
  return value.trim().length > 0 && value.length <= max;
}
