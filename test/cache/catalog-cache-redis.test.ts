/**
 * The catalog cache in Redis, shared by two instances of the API on one database (as
 * behind a load balancer): an answer computed by one is a hit on the other, and a change
 * committed through one is seen by the other's very next anonymous read. Runs against
 * Redis at 127.0.0.1:6379 (or TEST_REDIS_URL) when it answers, under a key prefix of its
 * own; skipped, saying so, when it does not.
 */
import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { CatalogCacheConfig } from '../../src/cache/catalog-cache-plugin';
import { Role } from '../../src/auth/roles';
import { Api, startTestApp, TestApp } from '../support/harness';
import { ClinicsDocument, ClinicsQuery, ClinicsQueryVariables } from '../generated/graphql';
import { Instance, lastStatements, post, REDIS_URL, redisAnswers, startInstance } from './cache-support';

const ORG = 'lumiere-skin';
const redisUp = redisAnswers();
if (!redisUp) {
  console.warn(`SKIPPED: the Redis-backed catalog cache tests need Redis at ${REDIS_URL}, which does not answer.`);
}
const describeWithRedis = redisUp ? describe : describe.skip;

describeWithRedis('the catalog cache shared through Redis by two instances', () => {
  // A hash tag like the default prefix's: on a cluster, all of the file's keys in one slot.
  const prefix = `{clinicgraph-test:${randomBytes(6).toString('hex')}}:`;
  const config: CatalogCacheConfig = { ttlSeconds: 60, maxBytes: 1024 * 1024, redisUrl: REDIS_URL, keyPrefix: prefix };
  let app: TestApp;
  let other: Instance;
  let admin: Api;
  let soho: { id: string; name: string };
  let pageSize = 10;

  const clinics = (url: string, first: number, headers?: Record<string, string>) =>
    post<ClinicsQuery, ClinicsQueryVariables>(url, ClinicsDocument, { filter: { organizationSlug: ORG }, first }, headers);
  const names = (answer: { body: { data?: ClinicsQuery | null } }) => answer.body.data!.clinics.edges.map((e) => e.node.name);

  beforeAll(async () => {
    app = await startTestApp({ catalogCache: config });
    other = await startInstance(app, config);
    admin = await app.asDemoAdmin();
    const { clinics: list } = await app.api.Clinics({ filter: { organizationSlug: ORG } });
    const node = list.edges.find((e) => e.node.slug === 'new-york-soho')!.node;
    soho = { id: node.id, name: node.name };
  });
  afterAll(async () => {
    await other?.stop();
    await app?.close();
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await redis.del(keys);
    await redis.close();
  });

  test('an answer computed by one instance is a hit on the other', async () => {
    const first = ++pageSize;
    // when
    const computed = await clinics(app.url, first);
    const shared = await clinics(other.url, first);
    // then
    expect(computed.cache).toBe('miss');
    expect(shared.cache).toBe('hit');
    expect(lastStatements(other.requests)).toBe(0);
    expect(shared.body.data).toEqual(computed.body.data);
  });

  test("a change committed through one instance is seen by the other's next anonymous read", async () => {
    // given the same answer cached for both
    const first = ++pageSize;
    await clinics(other.url, first);
    expect((await clinics(app.url, first)).cache).toBe('hit');
    // when (the other instance hears no in-process event: only the shared generation tells it)
    const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: soho.id, name: 'Lumière SoHo (shared)' } });
    expect(clinicUpdate.userErrors).toEqual([]);
    // then
    const after = await clinics(other.url, first);
    expect(after.cache).toBe('miss');
    expect(names(after)).toContain('Lumière SoHo (shared)');
    expect((await clinics(app.url, first)).cache).toBe('hit');
    await admin.ClinicUpdate({ input: { id: soho.id, name: soho.name } });
  });

  test('authenticated requests bypass the shared cache too', async () => {
    const first = ++pageSize;
    await clinics(app.url, first);
    const { token } = await app.as({ role: Role.ANALYST });
    // when
    const answer = await clinics(other.url, first, { authorization: `Bearer ${token}` });
    // then
    expect([answer.status, answer.cache]).toEqual([200, 'bypass']);
    expect(lastStatements(other.requests)).toBeGreaterThan(0);
  });
});
