/**
 * Pure checks of input values, shared by every area's validation.
 *
 * Every check bounds the length before it runs a pattern, and no pattern can backtrack
 * catastrophically (test/unit/validators-redos.test.ts times each on 50 KB adversarial
 * inputs): a long value costs one comparison, never a blocked event loop.
 */
import iso3166 from './iso-3166-1-alpha-2.json';

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
TIME_ZONES.add('UTC');
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const COUNTRY_CODES = new Set(iso3166.codes);

/** Longest IANA zone name we accept (the longest real one has 32 characters). */
const MAX_TIME_ZONE_LENGTH = 64;
const MAX_SLUG_LENGTH = 80;
const MAX_EMAIL_LENGTH = 254;

export function isTimeZone(value: string): boolean {
  return value.length <= MAX_TIME_ZONE_LENGTH && TIME_ZONES.has(value);
}

export function isCurrency(value: string): boolean {
  return value.length === 3 && CURRENCIES.has(value);
}

/** Lowercase letters and digits in runs joined by single dashes; the dashes delimit, so matching is linear. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

/** "HH:MM" or "HH:MM:SS", 24-hour. */
export function isLocalTime(value: string): boolean {
  return value.length <= 8 && /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(value);
}

/** "YYYY-MM-DD" that names a real day. */
export function isLocalDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The latest day that has begun anywhere on Earth (in UTC+14, the earliest zone): a
 * date after it is in the future for every clinic, whatever its time zone.
 */
export function latestToday(now = Date.now()): string {
  return new Date(now + 14 * 3600_000).toISOString().slice(0, 10);
}

/** A "YYYY-MM-DD" day that is not in the future anywhere (see latestToday). */
export function isPastOrToday(value: string, now = Date.now()): boolean {
  return isLocalDate(value) && value <= latestToday(now);
}

/**
 * One "@", a local part, and a domain of dot-separated labels. Labels exclude the dot,
 * so each character has one way to match (the former `[^\s@]+\.[^\s@]+` was quadratic
 * on "a@....@").
 */
export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** E.164: "+" then 8 to 15 digits. */
export function isPhone(value: string): boolean {
  return value.length <= 16 && /^\+[1-9]\d{7,14}$/.test(value);
}

/** An officially assigned ISO 3166-1 alpha-2 code ("US", "GB"; not "ZZ", "UK" or "EU"). */
export function isCountryCode(value: string): boolean {
  return value.length === 2 && COUNTRY_CODES.has(value);
}

/** Only white space (or nothing). */
export function isBlank(value: string): boolean {
  return value.trim().length === 0;
}

/** Longest part of a client's value an error message repeats. */
export const QUOTE_MAX = 40;

/**
 * A client's value as error messages quote it: in double quotes, cut to its first 40
 * characters with "…", so a 100 KB value is never echoed back (or logged) in full.
 */
export function quote(value: string): string {
  // 2 code units per character at most: this head holds more than QUOTE_MAX characters whenever the value does.
  const head = Array.from(value.slice(0, QUOTE_MAX * 2 + 2));
  return head.length > QUOTE_MAX ? `"${head.slice(0, QUOTE_MAX).join('')}…"` : `"${value}"`;
}
