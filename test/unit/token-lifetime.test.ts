/** The token lifetime rule and the bearer header, as pure functions. */
import { withinLifetime } from '../../src/auth/token-verifier';
import { bearerToken } from '../../src/context';
import { loadConfig } from '../../src/config';

const now = 1_800_000_000;
const day = 24 * 3600;

test('a token may live at most the maximum (plus the clock skew), and must have been issued', () => {
  expect(withinLifetime({ iat: now, exp: now + day }, day, 60, now)).toBe(true);
  expect(withinLifetime({ iat: now, exp: now + day + 60 }, day, 60, now)).toBe(true);
  expect(withinLifetime({ iat: now, exp: now + day + 61 }, day, 60, now)).toBe(false);
  expect(withinLifetime({ exp: now + 60 }, day, 60, now)).toBe(false);
  expect(withinLifetime({ iat: now + 3600, exp: now + 7200 }, day, 60, now)).toBe(false);
});

test('the maximum comes from AUTH_MAX_TOKEN_LIFETIME_SECONDS, 24 hours by default', () => {
  expect(loadConfig({}).auth.maxTokenLifetimeSeconds).toBe(day);
  expect(loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }).auth.maxTokenLifetimeSeconds).toBe(3600);
  expect(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: '0' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
});

test('the Bearer scheme is case-insensitive; other schemes are refused', () => {
  expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
  expect(bearerToken('BEARER  abc.def.ghi')).toBe('abc.def.ghi');
  expect(bearerToken(undefined)).toBeNull();
  expect(() => bearerToken('Token abc')).toThrow();
  expect(() => bearerToken('Bearerabc')).toThrow();
});
