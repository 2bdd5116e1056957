/**
 * Who may ask what: no token reads the public catalog only; a bad token or a person
 * without membership is UNAUTHENTICATED; a known person's forbidden action is FORBIDDEN.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GraphQLClient } from 'graphql-request';
import { SignJWT } from 'jose';
import { Role } from '../../src/auth/roles';
import { getSdk } from '../generated/graphql';
import { graphQLErrors, startTestApp, TEST_AUTH, TestApp } from '../support/harness';
import { GraphQLBody } from '../support/graphql-body';
import { APP_PASSWORD } from '../support/test-database';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const secret = new TextEncoder().encode(TEST_AUTH.secret);

function token(claims: { sub?: string; iss?: string; aud?: string; expiresIn?: number }, key = secret): Promise<string> {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(claims.iss ?? TEST_AUTH.issuer)
    .setAudience(claims.aud ?? TEST_AUTH.audience)
    .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.expiresIn ?? 600));
  if (claims.sub) jwt.setSubject(claims.sub);
  return jwt.sign(key);
}

function apiWith(bearer: string) {
  return getSdk(new GraphQLClient(app.url, { headers: { authorization: `Bearer ${bearer}` } }));
}

async function httpStatusWith(authorization: string): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: '{ treatments { totalCount } }' }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

describe('without a token', () => {
  test('the treatment library and an organization chosen by slug are readable', async () => {
    const { treatments } = await app.api.Treatments({});
    expect(treatments.totalCount).toBeGreaterThanOrEqual(6);
    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin' } });
    expect(clinics.totalCount).toBe(3);
  });

  test('clinics must be asked for by organization', async () => {
    const [error] = await graphQLErrors(app.api.Clinics({}));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argument).toEqual(['filter', 'organizationSlug']);
  });

  test('staff data and the viewer need a token', async () => {
    // Each request starts only when its turn comes: started together and awaited one by one,
    // a later one could reject before it is awaited (an unhandled rejection fails the run).
    for (const send of [() => app.api.Practitioners({}), () => app.api.Viewer(), () => app.api.Organizations({})]) {
      const [error] = await graphQLErrors(send());
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('a token that is not good enough', () => {
  test.each([
    ['a malformed header', 'Token abc'],
    ['garbage', 'Bearer not.a.jwt'],
  ])('%s gives HTTP 401 UNAUTHENTICATED', async (_name, header) => {
    const { status, body } = await httpStatusWith(header);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|stack/);
  });

  test('wrong signature, expiry, issuer, audience or no subject: UNAUTHENTICATED', async () => {
    await app.as({ role: Role.ORG_ADMIN });
    const subject = 'dev|lumiere-skin|org_admin';
    const bad = [
      await token({ sub: subject }, new TextEncoder().encode('another-secret-that-is-long-enough-0123456789')),
      await token({ sub: subject, expiresIn: -120 }),
      await token({ sub: subject, iss: 'someone-else' }),
      await token({ sub: subject, aud: 'another-api' }),
      await token({}),
    ];
    for (const bearer of bad) {
      const { status, body } = await httpStatusWith(`Bearer ${bearer}`);
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  test('a valid token of a person without membership: UNAUTHENTICATED', async () => {
    const [error] = await graphQLErrors(apiWith(await token({ sub: 'nobody-we-know' })).Viewer());
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('revoking a membership takes effect on the very next request', async () => {
    const { api } = await app.as({ role: Role.ANALYST });
    expect((await api.Viewer()).viewer.role).toBe('ANALYST');
    await app.sql.query(`UPDATE memberships SET revoked_at = now() WHERE subject = 'dev|lumiere-skin|analyst'`);
    const [error] = await graphQLErrors(api.Viewer());
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signed in', () => {
  test('viewer tells who I am: role, organization and clinics', async () => {
    const { api } = await app.as({ role: Role.CLINIC_MANAGER, clinics: ['new-york-soho'] });
    const { viewer } = await api.Viewer();
    expect(viewer).toEqual({
      subject: 'dev|lumiere-skin|clinic_manager|new-york-soho',
      role: 'CLINIC_MANAGER',
      organization: { slug: 'lumiere-skin' },
      clinics: [{ slug: 'new-york-soho' }],
    });
  });

  test('an organization-wide role sees every clinic and its practitioners', async () => {
    const api = await app.asDemoAdmin();
    const { viewer } = await api.Viewer();
    expect(viewer.clinics).toHaveLength(3);
    const { practitioners } = await api.Practitioners({});
    expect(practitioners.totalCount).toBe(4);
  });

  test('a clinic-scoped role sees only its clinics and their practitioners', async () => {
    const { api } = await app.as({ role: Role.FRONT_DESK, clinics: ['los-angeles-west-hollywood'] });
    const { clinics } = await api.Clinics({});
    expect(clinics.edges.map((e) => e.node.slug)).toEqual(['los-angeles-west-hollywood']);
    const { practitioners } = await api.Practitioners({});
    expect(practitioners.edges.map((e) => e.node.slug).sort()).toEqual(['priya-nair', 'sofia-alvarez']);
  });

  test('a patient asking for staff data is FORBIDDEN', async () => {
    const { api } = await app.as({ role: Role.PATIENT });
    const [error] = await graphQLErrors(api.Practitioners({}));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  test('the platform admin lists organizations but reads no tenant rows', async () => {
    const { api } = await app.as({ role: Role.PLATFORM_ADMIN });
    const { organizations } = await api.Organizations({});
    expect(organizations.edges.map((e) => e.node.slug)).toContain('lumiere-skin');
    const [error] = await graphQLErrors(api.Practitioners({}));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the bearer scheme and the token's lifetime", () => {
  const subject = 'dev|lumiere-skin|org_admin';
  const signed = (claims: { iat?: number; exp: number }) => {
    const jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(TEST_AUTH.issuer)
      .setAudience(TEST_AUTH.audience)
      .setExpirationTime(claims.exp);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    return jwt.sign(secret);
  };
  const now = () => Math.floor(Date.now() / 1000);

  test.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('the scheme "%s" is accepted (auth schemes are case-insensitive)', async (scheme) => {
    await app.as({ role: Role.ORG_ADMIN });
    const { status, body } = await httpStatusWith(`${scheme} ${await token({ sub: subject })}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  test('a token that lives 24 hours (the default maximum) is accepted', async () => {
    await app.as({ role: Role.ORG_ADMIN });
    const issued = now();
    const { status } = await httpStatusWith(`Bearer ${await signed({ iat: issued, exp: issued + 24 * 3600 })}`);
    expect(status).toBe(200);
  });

  test.each([
    ['lives for years', () => signed({ iat: now(), exp: now() + 5 * 365 * 24 * 3600 })],
    ['lives a little over 24 hours', () => signed({ iat: now(), exp: now() + 25 * 3600 })],
    ['has no iat, so its lifetime is unknown', () => signed({ exp: now() + 600 })],
    ['claims to be issued in the future', () => signed({ iat: now() + 30 * 24 * 3600, exp: now() + 30 * 24 * 3600 + 600 })],
  ])('a token that %s is UNAUTHENTICATED (401)', async (_case, make) => {
    await app.as({ role: Role.ORG_ADMIN });
    const { status, body } = await httpStatusWith(`Bearer ${await make()}`);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

test('npm run token prints a working token for the role and clinics asked for', async () => {
  const root = path.join(__dirname, '..', '..');
  const ownerUrl = (app.sql.options as { url: string }).url;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'scripts/token.ts', '--role', 'PRACTITIONER', '--clinic', 'chicago-river-north', '--ttl', '10m'],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: ownerUrl,
        DATABASE_APP_PASSWORD: APP_PASSWORD,
        AUTH_SECRET: TEST_AUTH.secret,
        NODE_ENV: 'development',
      },
    },
  );
  const { viewer } = await apiWith(stdout.trim()).Viewer();
  expect(viewer.role).toBe('PRACTITIONER');
  expect(viewer.clinics).toEqual([{ slug: 'chicago-river-north' }]);
}, 60000);

describe('npm run token', () => {
  const root = path.join(__dirname, '..', '..');
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'scripts/token.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', AUTH_SECRET: TEST_AUTH.secret, NODE_ENV: 'development' },
    });

  test('--help prints the usage', async () => {
    const { stdout } = await run(['--help']);
    expect(stdout).toMatch(/^usage: npm run token -- /);
    expect(stdout).toContain('--ttl');
  }, 60000);

  test('--ttl beyond the maximum token lifetime is refused before anything is written', async () => {
    await expect(run(['--role', 'ORG_ADMIN', '--ttl', '3d'])).rejects.toMatchObject({
      stderr: expect.stringContaining('AUTH_MAX_TOKEN_LIFETIME_SECONDS'),
    });
  }, 60000);
});
