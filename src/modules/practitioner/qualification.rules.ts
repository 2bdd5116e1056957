/**
 * The rules of practitioners' qualifications, pure (no I/O, no request context; the clock
 * is a parameter). A qualification is granted on a day and may expire on a later day
 * (its last valid day); revoking ends it for good and keeps it as history. A
 * practitioner has at most one standing (unrevoked) qualification per treatment, so a
 * new grant replaces the standing one: renewing is one grant with a later expiry.
 */
import { Checks, COMMON_ERROR_CODES } from '../../common/user-errors';
import { isLocalDate, isPastOrToday } from '../../common/validation';

// A common code (every area's error enum has it); importing the practitioner inputs here
// would make a cycle, as the entity's isValid reads isValidOn.
const { INVALID } = COMMON_ERROR_CODES;

/** The days of a grant, "YYYY-MM-DD". */
export interface GrantDates {
  grantedOn: string;
  expiresOn?: string | null;
}

/** What validity depends on. */
export interface QualificationStanding {
  revokedAt: Date | null;
  /** Last valid day, "YYYY-MM-DD"; null when it does not expire. */
  expiresOn: string | null;
}

/**
 * A grant's days: granted on a real day not in the future anywhere (judged in UTC+14,
 * where the day begins first: see latestToday), expiring on a real day not before it.
 * Expiring on the day it is granted is allowed (a one-day qualification).
 */
export function checkGrantDates(checks: Checks, grant: GrantDates, now = Date.now()): void {
  checks.check(
    isPastOrToday(grant.grantedOn, now),
    INVALID,
    ['input', 'grantedOn'],
    'Give the day the qualification was granted as "YYYY-MM-DD", not in the future (judged in UTC+14, where the day begins first).',
  );
  if (grant.expiresOn != null) {
    if (!isLocalDate(grant.expiresOn)) checks.fail(INVALID, ['input', 'expiresOn'], 'Give the day as "YYYY-MM-DD".');
    else if (isLocalDate(grant.grantedOn)) {
      checks.check(
        grant.expiresOn >= grant.grantedOn,
        INVALID,
        ['input', 'expiresOn'],
        'The qualification cannot expire before it is granted.',
      );
    }
  }
}

/**
 * The qualification a new grant replaces among the practitioner's qualifications for
 * the treatment (rows as PostgreSQL returns them): the standing one, that is the one
 * not revoked, expired or not; undefined when there is none.
 */
export function replacedByGrant<R extends { revoked_at: unknown }>(qualificationsForTreatment: readonly R[]): R | undefined {
  return qualificationsForTreatment.find((q) => q.revoked_at == null);
}

/** "YYYY-MM-DD" of the day in UTC at `now`. */
export function utcDay(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/**
 * Whether the qualification allows treating on `day` ("YYYY-MM-DD"): not revoked, and
 * `day` not after its expiry (the expiry day itself is still valid). The same condition
 * as VALID_QUALIFICATION in practitioner.loaders.ts, which judges today in UTC.
 */
export function isValidOn(q: QualificationStanding, day: string): boolean {
  return !q.revokedAt && (q.expiresOn === null || q.expiresOn >= day);
}
