/**
 * Verifies bearer JWTs with jose: HS256 with a shared secret, or RS256/ES256 keys from
 * a JWKS URL. Issuer, audience and expiry are checked with a bounded clock skew.
 * Only the subject is taken from the token.
 */
import { createRemoteJWKSet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { AuthConfig } from '../config';
import { UnauthenticatedError } from './auth-errors';

export type VerifyToken = (token: string) => Promise<string>;

export function createTokenVerifier(config: AuthConfig & { secret: string | undefined }): VerifyToken {
  const options = { issuer: config.issuer, audience: config.audience, clockTolerance: config.clockSkewSeconds, requiredClaims: ['sub', 'exp'] };
  let verify: (token: string) => Promise<{ payload: { sub?: string } }>;
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
      return payload.sub;
    } catch {
      throw new UnauthenticatedError();
    }
  };
}
