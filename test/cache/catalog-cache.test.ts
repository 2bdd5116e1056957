/**
 * The anonymous catalog cache (in-process): a repeated anonymous catalog read is answered
 * without SQL; authenticated requests, non-catalog fields, mutations and answers with
 * errors are never served from it; a committed catalog change is visible to the very
 * next anonymous read, a change that fails to commit invalidates nothing; answers expire
 * after the configured seconds; 0 seconds turns the cache off; an unreachable Redis
 * degrades to uncached answers.
 */
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/query-limits';
import { Role } from '../../src/auth/roles';
import { createOrganization } from '../support/factories';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import {
  AvailabilityDocument,
  AvailabilityQuery,
  ClinicPractitionersDocument,
  ClinicPractitionersQuery,
  ClinicsDocument,
  ClinicsQuery,
  ClinicsQueryVariables,
  OrganizationBySlugDocument,
  OrganizationBySlugQuery,
} from '../generated/graphql';
import { Answer, Instance, lastStatements, post, startInstance } from './cache-support';

const ORG = 'lumiere-skin';
const TTL = 60;
/** Clinics(first: N) costs 5N + 2: pages of up to 59 pass, 100 is refused. */
const MAX_COST = 300;

let app: TestApp;
let admin: Api;
let soho: { id: string; name: string };

/** A page size no other test uses, so that a test's cache entries are its own (3 clinics fit any of them). */
let pageSize = 10;
const ownPageSize = () => ++pageSize;

function clinics(url: string, variables: ClinicsQueryVariables, headers?: Record<string, string>) {
  return post<ClinicsQuery, ClinicsQueryVariables>(url, ClinicsDocument, variables, headers);
}

/** The clinics' names of an answer; an answer without data fails with its errors, so that a failure says why. */
function names(answer: Answer<ClinicsQuery>): string[] {
  if (!answer.body.data) throw new Error(`no data: ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data.clinics.edges.map((e) => e.node.name);
}

beforeAll(async () => {
  app = await startTestApp({
    catalogCache: { ttlSeconds: TTL, maxBytes: 16 * 1024 * 1024 },
    queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: MAX_COST },
  });
  admin = await app.asDemoAdmin();
  const { clinics: list } = await app.api.Clinics({ filter: { organizationSlug: ORG } });
  const node = list.edges.find((e) => e.node.slug === 'new-york-soho')!.node;
  soho = { id: node.id, name: node.name };
});
afterAll(() => app.close());

test('the second identical anonymous read is a hit: the same data and cost, no SQL', async () => {
  const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
  // when
  const first = await clinics(app.url, variables);
  const firstStatements = lastStatements(app.requests);
  const second = await clinics(app.url, variables);
  // then
  expect([first.status, first.cache, first.cacheControl]).toEqual([200, 'miss', `public, max-age=${TTL}`]);
  expect(firstStatements).toBeGreaterThan(0);
  expect([second.status, second.cache]).toEqual([200, 'hit']);
  expect(second.cacheControl).toMatch(/^public, max-age=(59|60)$/);
  expect(lastStatements(app.requests)).toBe(0);
  expect(second.body.data).toEqual(first.body.data);
  expect(names(second)).toHaveLength(3);
  expect(second.body.extensions).toEqual(first.body.extensions);
  expect(second.body.extensions?.cost).toEqual({ requested: 5 * variables.first + 2, limit: MAX_COST });
});

test('authenticated requests neither read nor fill the cache, whatever their Authorization header', async () => {
  // given an anonymous answer in the cache
  const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
  await clinics(app.url, variables);
  const anonymous = await clinics(app.url, variables);
  expect(anonymous.cache).toBe('hit');
  const { token } = await app.as({ role: Role.ANALYST });
  // when
  const authenticated = [];
  const statements = [];
  for (let i = 0; i < 2; i++) {
    authenticated.push(await clinics(app.url, variables, { authorization: `Bearer ${token}` }));
    statements.push(lastStatements(app.requests));
  }
  const badToken = await clinics(app.url, variables, { authorization: 'Bearer not-a-token' });
  const anonymousAgain = await clinics(app.url, variables);
  // then
  for (const answer of authenticated) {
    expect([answer.status, answer.cache]).toEqual([200, 'bypass']);
    expect(answer.cacheControl).not.toMatch(/public/);
    expect(names(answer)).toEqual(names(anonymous));
  }
  expect(statements.every((count) => count > 0)).toBe(true);
  // a refused token ends the request before the operation is looked at: no cache involved
  expect([badToken.status, badToken.cache]).toEqual([401, null]);
  expect(anonymousAgain.cache).toBe('hit');
});

test('different variables, organizations and X-Organization headers are different entries', async () => {
  const other = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 0, protocols: [] });
  const first = ownPageSize();
  const ours = { filter: { organizationSlug: ORG }, first };
  const theirs = { filter: { organizationSlug: other.slug }, first };
  // when
  const misses = [
    await clinics(app.url, ours),
    await clinics(app.url, theirs),
    await clinics(app.url, ours, { 'x-organization': other.slug }),
  ];
  const hits = [
    await clinics(app.url, ours),
    await clinics(app.url, theirs),
    await clinics(app.url, ours, { 'x-organization': other.slug }),
  ];
  // then
  expect(misses.map((a) => a.cache)).toEqual(['miss', 'miss', 'miss']);
  expect(hits.map((a) => a.cache)).toEqual(['hit', 'hit', 'hit']);
  expect(names(hits[0])).toContain('Lumière SoHo');
  expect(names(hits[1])).toEqual(['Clinic 0001', 'Clinic 0002']);
  expect(names(hits[2])).toEqual(names(hits[0]));
});

test("an admin's committed change is seen by the very next anonymous read", async () => {
  // given cached answers naming the clinic
  const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
  await clinics(app.url, variables);
  await post<OrganizationBySlugQuery>(app.url, OrganizationBySlugDocument, { slug: ORG });
  expect((await clinics(app.url, variables)).cache).toBe('hit');
  expect((await post<OrganizationBySlugQuery>(app.url, OrganizationBySlugDocument, { slug: ORG })).cache).toBe('hit');
  // when
  const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: soho.id, name: 'Lumière SoHo (renamed)' } });
  expect(clinicUpdate.userErrors).toEqual([]);
  // then
  const after = await clinics(app.url, variables);
  expect(after.cache).toBe('miss');
  expect(names(after)).toContain('Lumière SoHo (renamed)');
  expect((await clinics(app.url, variables)).cache).toBe('hit');
  // one generation for the whole catalog: every other cached answer is dropped too
  expect((await post<OrganizationBySlugQuery>(app.url, OrganizationBySlugDocument, { slug: ORG })).cache).toBe('miss');
  // and back
  await admin.ClinicUpdate({ input: { id: soho.id, name: soho.name } });
  expect(names(await clinics(app.url, variables))).toContain(soho.name);
});

test('a change that fails to commit, or is refused, drops nothing', async () => {
  // given a clinic update that writes, queues its event, and then fails at COMMIT
  await app.sql.query(`CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
  await app.sql.query(`CREATE CONSTRAINT TRIGGER clinics_refuse_at_commit AFTER UPDATE ON clinics
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.name = 'Refused at commit') EXECUTE FUNCTION refuse_at_commit()`);
  try {
    const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
    await clinics(app.url, variables);
    const eventsBefore = app.events.length;
    // when
    const errors = await graphQLErrors(admin.ClinicUpdate({ input: { id: soho.id, name: 'Refused at commit' } }));
    const { clinicUpdate } = await admin.ClinicUpdate({
      input: {
        id: soho.id,
        openingHours: [
          { dayOfWeek: 'FRIDAY', opens: '09:00', closes: '13:00' },
          { dayOfWeek: 'FRIDAY', opens: '12:00', closes: '18:00' },
        ],
      },
    });
    // then
    expect(errors[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(clinicUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_OPENING_HOURS' })]);
    expect(app.events.length).toBe(eventsBefore);
    const after = await clinics(app.url, variables);
    expect(after.cache).toBe('hit');
    expect(names(after)).toContain(soho.name);
  } finally {
    await app.sql.query('DROP TRIGGER clinics_refuse_at_commit ON clinics');
    await app.sql.query('DROP FUNCTION refuse_at_commit()');
  }
});

test("changes of patients (and bookings, courses, memberships) keep the catalog's entries", async () => {
  const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
  await clinics(app.url, variables);
  // when
  const { patientRegister } = await admin.PatientRegister({
    input: { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1990-05-17', email: 'ada@example.com' },
  });
  // then
  expect(patientRegister.userErrors).toEqual([]);
  expect(app.events[app.events.length - 1].action).toBe('patient.register');
  expect((await clinics(app.url, variables)).cache).toBe('hit');
});

test('answers with errors, availability and refused queries are never served from the cache', async () => {
  const { protocol } = await app.api.ProtocolBySlug({ slug: 'microneedling' });
  // when: a field that needs a role (null with an error for anonymous readers)
  const withErrors = [
    await post<ClinicPractitionersQuery>(app.url, ClinicPractitionersDocument, { id: soho.id }),
    await post<ClinicPractitionersQuery>(app.url, ClinicPractitionersDocument, { id: soho.id }),
  ];
  // when: bookable slots, which move with every booking and with the clock
  const slots = { clinicId: soho.id, protocolId: protocol!.id, from: '2030-03-04T00:00:00Z', to: '2030-03-05T00:00:00Z' };
  const availability = [await post<AvailabilityQuery>(app.url, AvailabilityDocument, slots)];
  availability.push(await post<AvailabilityQuery>(app.url, AvailabilityDocument, slots));
  const availabilityStatements = lastStatements(app.requests);
  // when: a query over the cost limit, twice
  const refused = [
    await clinics(app.url, { filter: { organizationSlug: ORG }, first: 100 }),
    await clinics(app.url, { filter: { organizationSlug: ORG }, first: 100 }),
  ];
  // then
  for (const answer of withErrors) {
    expect(answer.cache).toBe('miss');
    expect(answer.cacheControl).not.toMatch(/public/);
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }
  expect(availability.map((a) => [a.status, a.cache])).toEqual([
    [200, 'bypass'],
    [200, 'bypass'],
  ]);
  expect(availabilityStatements).toBeGreaterThan(0);
  for (const answer of refused) {
    expect([answer.status, answer.cache]).toEqual([400, 'bypass']);
    expect(answer.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  }
});

describe('configured otherwise (more instances on the same database)', () => {
  let instance: Instance | undefined;
  afterEach(async () => {
    await instance?.stop();
    instance = undefined;
  });

  test('answers expire after CATALOG_CACHE_SECONDS', async () => {
    instance = await startInstance(app, { ttlSeconds: 1, maxBytes: 1024 * 1024 });
    const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
    // when
    const before = [await clinics(instance.url, variables), await clinics(instance.url, variables)];
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await clinics(instance.url, variables);
    // then
    expect(before.map((a) => [a.cache, a.cacheControl])).toEqual([
      ['miss', 'public, max-age=1'],
      ['hit', expect.stringMatching(/^public, max-age=[01]$/)],
    ]);
    expect(after.cache).toBe('miss');
    expect(lastStatements(instance.requests)).toBeGreaterThan(0);
  });

  test('0 seconds turns the cache off', async () => {
    instance = await startInstance(app, { ttlSeconds: 0, maxBytes: 1024 * 1024 });
    const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
    // when
    const answers = [await clinics(instance.url, variables), await clinics(instance.url, variables)];
    // then
    expect(answers.map((a) => [a.status, a.cache])).toEqual([
      [200, null],
      [200, null],
    ]);
    expect(answers[1].cacheControl).not.toMatch(/public/);
    expect(instance.requests.map((r) => r.statements.length > 0)).toEqual([true, true]);
  });

  test('an unreachable Redis serves every read uncached and is logged once', async () => {
    instance = await startInstance(app, { ttlSeconds: TTL, maxBytes: 1024 * 1024, redisUrl: 'redis://127.0.0.1:1' });
    const variables = { filter: { organizationSlug: ORG }, first: ownPageSize() };
    // when
    const answers = [await clinics(instance.url, variables), await clinics(instance.url, variables)];
    // then
    expect(answers.map((a) => [a.status, a.cache])).toEqual([
      [200, 'bypass'],
      [200, 'bypass'],
    ]);
    expect(answers.map((a) => a.body.errors)).toEqual([undefined, undefined]);
    expect(names(answers[1])).toHaveLength(3);
    // the outage, once, and nothing else went wrong
    expect(instance.logs).toEqual([
      expect.stringMatching(/^catalog cache: Redis does not answer; catalog reads are served uncached until it does: .*ECONNREFUSED/),
    ]);
  });
});
