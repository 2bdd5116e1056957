/**
 * Verifies bearer JWTs with jose: HS256 with a shared secret, or RS256/ES256 keys from
 * a JWKS URL. Issuer, audience and expiry are checked with a bounded clock skew, and the
 * token's lifetime (exp - iat) must not exceed the configured maximum: a token that is
 * valid for years is refused even though it has not expired. Only the subject is taken
 * from the token.
 */
import { createRemoteJWKSet, jwtVerify, JWTPayload, JWTVerifyGetKey } from 'jose';
import { AuthConfig, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from '../config';
import { UnauthenticatedError } from './auth-errors';

export type VerifyToken = (token: string) => Promise<string>;

export function createTokenVerifier(config: AuthConfig & { secret: string | undefined }): VerifyToken {
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    clockTolerance: config.clockSkewSeconds,
    requiredClaims: ['sub', 'exp', 'iat'],
  };
  const maxLifetime = config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (config.jwksUrl) {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUrl));
    verify = (token) => jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'ES256'] });
  } else if (config.secret) {
    const key = new TextEncoder().encode(config.secret);
    verify = (token) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
  } else {
    throw new Error('No key material: set AUTH_SECRET or AUTH_JWKS_URL');
  }
  return async (token) => {
    try {
      const { payload } = await verify(token);
      if (!payload.sub || payload.sub.length > 255) throw new UnauthenticatedError();
      if (!withinLifetime(payload, maxLifetime, config.clockSkewSeconds)) throw new UnauthenticatedError();
      return payload.sub;
    } catch {
      throw new UnauthenticatedError();
    }
  };
}

/**
 * Whether a verified token (exp and iat present) lives at most `maxLifetime` seconds and
 * was not issued in the future (a future iat would stretch the lifetime it claims).
 */
export function withinLifetime(payload: JWTPayload, maxLifetime: number, skew: number, now = Date.now() / 1000): boolean {
  const { exp, iat } = payload;
  if (typeof exp !== 'number' || typeof iat !== 'number') return false;
  return iat <= now + skew && exp - iat <= maxLifetime + skew;
}
