/**
 * The catalog cache's pure parts: which operations it may hold, its keys, which changes
 * drop it, and the in-process store's bounds (size, generation, expiry) on a fake clock.
 */
import { getOperationAST, parse } from 'graphql';
import { cacheKey, readsOnlyCatalog, touchesPublicCatalog } from '../../src/cache/catalog-cache.rules';
import { MemoryCatalogCacheStore } from '../../src/cache/catalog-cache-store';
import { ConfigError, loadConfig } from '../../src/config';

function catalogOnly(query: string): boolean {
  const document = parse(query);
  return readsOnlyCatalog(getOperationAST(document)!, document);
}

describe('cacheable operations', () => {
  test.each([
    ['{ treatments { totalCount } }', true],
    ['query { treatment(slug: "microneedling") { name } protocols { totalCount } __typename }', true],
    ['{ clinics(filter: { organizationSlug: "x" }) { totalCount } organization(slug: "x") { name } }', true],
    ['{ node(id: "x") { id } nodes(ids: ["x"]) { id } }', true],
    ['{ ...Catalog } fragment Catalog on Query { treatments { totalCount } ... on Query { clinic(id: "x") { name } } }', true],
    ['{ availability(clinicId: "c", protocolId: "p", from: "a", to: "b") { startsAt } }', false],
    ['{ treatments { totalCount } viewer { role } }', false],
    ['{ ...Mixed } fragment Mixed on Query { treatments { totalCount } patients { totalCount } }', false],
    ['{ __schema { queryType { name } } }', false],
    ['mutation { clinicUpdate(input: { id: "x" }) { userErrors { code } } }', false],
  ])('%s → %s', (query, expected) => {
    expect(catalogOnly(query)).toBe(expected);
  });
});

describe('cache keys', () => {
  const base: { schemaHash: string; operationName: string; variables: Record<string, unknown>; organization: string | null } = {
    schemaHash: 's',
    operationName: 'Q',
    variables: { a: 1, b: 2 },
    organization: null,
  };
  const key = (overrides: Partial<typeof base> & { query?: string }) =>
    cacheKey({ ...base, ...overrides, document: parse(overrides.query ?? 'query Q($a: Int) { treatments(first: $a) { totalCount } }') });

  test('the same request written differently has the same key', () => {
    expect(key({ query: 'query Q($a:Int){treatments(first:$a){totalCount}} # a comment' })).toBe(key({}));
    expect(key({ variables: { b: 2, a: 1 } })).toBe(key({}));
  });

  test('anything that may change the answer changes the key', () => {
    const keys = [
      key({}),
      key({ variables: { a: 2, b: 2 } }),
      key({ organization: 'glow-london' }),
      key({ operationName: 'Other' }),
      key({ schemaHash: 't' }),
      key({ query: 'query Q($a: Int) { treatments(first: $a) { totalCount pageInfo { hasNextPage } } }' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('which changes drop the cache', () => {
  test.each([
    'treatment.update',
    'protocol.create',
    'clinic.update',
    'offering.override.set',
    'offering.default.set',
    'organization.update',
    'practitioner.assignClinic',
    'something.new',
  ])('%s drops it', (action) => expect(touchesPublicCatalog(action)).toBe(true));

  test.each([
    'patient.register',
    'screening.record',
    'consent.withdraw',
    'session.book',
    'course.start',
    'clearance.record',
    'membership.create',
  ])('%s keeps it', (action) => expect(touchesPublicCatalog(action)).toBe(false));
});

describe('the in-process store', () => {
  let now = 1_000_000;
  const clock = () => now;
  const data = (size: number) => ({ text: 'x'.repeat(size) });

  test('keeps at most its size, dropping the least recently used first', async () => {
    // each answer of 100 characters weighs about 2 * 113 bytes: three fit in 700
    const store = new MemoryCatalogCacheStore(700, clock);
    const { generation } = await store.lookup('a');
    for (const key of ['a', 'b', 'c']) await store.save(key, generation!, data(100), 60);
    await store.lookup('a'); // a is now more recent than b
    // when
    await store.save('d', generation!, data(100), 60);
    // then
    expect((await store.lookup('b')).answer).toBeNull();
    expect((await store.lookup('a')).answer?.data).toEqual(data(100));
    expect((await store.lookup('d')).answer?.data).toEqual(data(100));
    expect(store.usage.entries).toBe(3);
    expect(store.usage.bytes).toBeLessThanOrEqual(700);
    // an answer larger than the whole store is not kept
    await store.save('huge', generation!, data(1000), 60);
    expect((await store.lookup('huge')).answer).toBeNull();
  });

  test('an answer computed before an invalidation is never stored nor served', async () => {
    const store = new MemoryCatalogCacheStore(1 << 20, clock);
    const before = (await store.lookup('k')).generation!;
    await store.save('k', before, data(1), 60);
    // when
    await store.invalidate();
    await store.save('late', before, data(1), 60);
    // then
    const after = await store.lookup('k');
    expect(after.answer).toBeNull();
    expect(after.generation).not.toBe(before);
    expect((await store.lookup('late')).answer).toBeNull();
  });

  test('answers expire after their seconds', async () => {
    const store = new MemoryCatalogCacheStore(1 << 20, clock);
    const { generation } = await store.lookup('k');
    await store.save('k', generation!, data(1), 2);
    now += 1999;
    expect((await store.lookup('k')).answer).not.toBeNull();
    now += 1;
    expect((await store.lookup('k')).answer).toBeNull();
    expect(store.usage).toEqual({ entries: 0, bytes: 0 });
  });
});

describe('configuration', () => {
  test('CATALOG_CACHE_SECONDS defaults to 30, REDIS_URL to none, CATALOG_CACHE_MAX_MB to 64', () => {
    expect(loadConfig({}).catalogCache).toEqual({ ttlSeconds: 30, redisUrl: undefined, maxBytes: 64 * 1024 * 1024 });
  });

  test('0 seconds, a Redis URL and a size are taken as given', () => {
    const { catalogCache } = loadConfig({ CATALOG_CACHE_SECONDS: '0', REDIS_URL: 'redis://cache:6379/2', CATALOG_CACHE_MAX_MB: '8' });
    expect(catalogCache).toEqual({ ttlSeconds: 0, redisUrl: 'redis://cache:6379/2', maxBytes: 8 * 1024 * 1024 });
  });

  test('invalid values are refused at start', () => {
    expect(() => loadConfig({ CATALOG_CACHE_SECONDS: '-1' })).toThrow(/CATALOG_CACHE_SECONDS/);
    expect(() => loadConfig({ CATALOG_CACHE_SECONDS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig({ CATALOG_CACHE_MAX_MB: '0' })).toThrow(/CATALOG_CACHE_MAX_MB/);
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
  });
});
