/**
 * Production key material: tokens from an identity provider's JWKS (RS256/ES256) are
 * verified, and production refuses to start without real keys.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ConfigError, loadConfig } from '../../src/config';
import { createTokenVerifier } from '../../src/auth/token-verifier';

describe('a JWKS identity provider', () => {
  let server: http.Server;
  let jwksUrl: string;
  let sign: (claims: { sub: string; iss?: string; aud?: string }, keyId?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES256', use: 'sig' };
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    sign = (claims, keyId = 'key-1') =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid: keyId })
        .setSubject(claims.sub)
        .setIssuer(claims.iss ?? 'https://idp.example')
        .setAudience(claims.aud ?? 'clinicgraph-api')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const verifier = () =>
    createTokenVerifier({
      secret: undefined,
      jwksUrl,
      issuer: 'https://idp.example',
      audience: 'clinicgraph-api',
      clockSkewSeconds: 30,
    });

  test("a token signed by the provider's key gives its subject", async () => {
    await expect(verifier()(await sign({ sub: 'auth0|12345' }))).resolves.toBe('auth0|12345');
  });

  test('a wrong issuer or audience, or an HS256 token, is refused', async () => {
    const verify = verifier();
    await expect(verify(await sign({ sub: 'x', iss: 'https://evil.example' }))).rejects.toThrow(/bearer token/);
    await expect(verify(await sign({ sub: 'x', aud: 'another-api' }))).rejects.toThrow(/bearer token/);
    const hs256 = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('https://idp.example')
      .setAudience('clinicgraph-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a'.repeat(40)));
    await expect(verify(hs256)).rejects.toThrow(/bearer token/);
  });
});

describe('configuration of keys', () => {
  test('production refuses to start without AUTH_JWKS_URL or AUTH_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    const database = { DATABASE_URL: 'postgres://db.internal/clinicgraph', DATABASE_APP_PASSWORD: 'not-the-default-0123' };
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks.json', ...database })).not.toThrow();
  });

  test('a short secret is refused; development needs none (one is generated)', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig({}).auth.secret).toBeUndefined();
  });
});
