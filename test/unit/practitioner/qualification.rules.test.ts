/** Qualifications: the days of a grant, which standing qualification a grant replaces, validity on a day. */
import { checkGrantDates, GrantDates, isValidOn, replacedByGrant, utcDay } from '../../../src/modules/practitioner/qualification.rules';
import { userErrorsOf } from '../../support/user-errors-of';

/** 2026-06-15 10:00 UTC: it is already 2026-06-16 in UTC+14 (from 10:00 UTC on). */
const NOW = Date.parse('2026-06-15T10:00:00Z');
const grant = (dates: GrantDates) => userErrorsOf((checks) => checkGrantDates(checks, dates, NOW));
const fields = (dates: GrantDates) => grant(dates).map((e) => e.field?.join('.'));

describe('the days of a grant', () => {
  test('granted in the past, without expiry', () => {
    expect(grant({ grantedOn: '2024-01-10' })).toEqual([]);
  });

  test('granted today (UTC)', () => {
    expect(grant({ grantedOn: '2026-06-15' })).toEqual([]);
  });

  test('granted on the day that has begun in UTC+14 only, judged not in the future', () => {
    expect(grant({ grantedOn: '2026-06-16' })).toEqual([]);
  });

  test('granted on a day that has begun nowhere is INVALID', () => {
    const errors = grant({ grantedOn: '2026-06-17' });

    expect(errors).toEqual([{ code: 'INVALID', field: ['input', 'grantedOn'], message: expect.stringContaining('not in the future') }]);
  });

  test('a granted day that does not exist is INVALID', () => {
    expect(fields({ grantedOn: '2026-02-30' })).toEqual(['input.grantedOn']);
  });

  test('expiring the day it is granted is allowed', () => {
    expect(grant({ grantedOn: '2026-01-01', expiresOn: '2026-01-01' })).toEqual([]);
  });

  test('expiring in the future is allowed', () => {
    expect(grant({ grantedOn: '2026-01-01', expiresOn: '2030-12-31' })).toEqual([]);
  });

  test('expiring the day before it is granted is INVALID', () => {
    expect(grant({ grantedOn: '2026-01-01', expiresOn: '2025-12-31' })).toEqual([
      { code: 'INVALID', field: ['input', 'expiresOn'], message: 'The qualification cannot expire before it is granted.' },
    ]);
  });

  test('an expiry that is not a day is INVALID', () => {
    expect(fields({ grantedOn: '2026-01-01', expiresOn: '2026-13-01' })).toEqual(['input.expiresOn']);
  });

  test('with a malformed granted day, the expiry is not compared with it', () => {
    expect(fields({ grantedOn: 'soon', expiresOn: '2020-01-01' })).toEqual(['input.grantedOn']);
  });
});

describe('the qualification a grant replaces', () => {
  const revoked = { id: 'old', revoked_at: new Date('2025-01-01T00:00:00Z') };

  test('none when the practitioner has none for the treatment', () => {
    expect(replacedByGrant([])).toBeUndefined();
  });

  test('none when every earlier one is revoked (history stays as it is)', () => {
    expect(replacedByGrant([revoked])).toBeUndefined();
  });

  test('the standing one, among revoked ones', () => {
    const standing = { id: 'current', revoked_at: null, expires_on: null };

    expect(replacedByGrant([revoked, standing])).toBe(standing);
  });

  test('the standing one even when it has expired (renewal)', () => {
    const expired = { id: 'expired', revoked_at: null, expires_on: '2020-01-01' };

    expect(replacedByGrant([expired])).toBe(expired);
  });
});

describe('validity on a day', () => {
  test('without expiry, valid', () => {
    expect(isValidOn({ revokedAt: null, expiresOn: null }, '2026-06-15')).toBe(true);
  });

  test('valid on its expiry day', () => {
    expect(isValidOn({ revokedAt: null, expiresOn: '2026-06-15' }, '2026-06-15')).toBe(true);
  });

  test('not valid the day after its expiry', () => {
    expect(isValidOn({ revokedAt: null, expiresOn: '2026-06-14' }, '2026-06-15')).toBe(false);
  });

  test('revoked: not valid, whatever its expiry', () => {
    expect(isValidOn({ revokedAt: new Date('2026-06-01T00:00:00Z'), expiresOn: null }, '2026-06-15')).toBe(false);
  });

  test('today is judged in UTC', () => {
    expect(utcDay(Date.parse('2026-06-15T23:59:59Z'))).toBe('2026-06-15');
    expect(utcDay(Date.parse('2026-06-16T00:00:00Z'))).toBe('2026-06-16');
  });
});
