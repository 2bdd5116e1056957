/**
 * Query limits: depth, aliases and cost are measured before any resolver runs, the
 * shapes that stalled the server are refused quickly with HTTP 400 and the numbers, and
 * every answered operation reports its cost. The README's queries still pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../../src/auth/roles';
import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/query-limits';
import { RequestObservation } from '../../src/server';
import { startTestApp, TestApp } from '../support/harness';
import { GraphQLBody } from '../support/graphql-body';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Refusals must not wait for the database or the resolvers: a generous bound. */
const FAST_REFUSAL_MS = 1000;

interface Answer<Data> {
  status: number;
  /** The query-limits plugin reports the cost of every operation it measured in `extensions.cost`. */
  json: GraphQLBody<Data> & { extensions?: { cost: { requested: number; limit: number } } };
  ms: number;
}

/** Posts an operation; `Data` is the shape it selects, for the tests that read its data. */
async function post<Data = Record<string, unknown>>(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  token?: string,
): Promise<Answer<Data>> {
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Answer<Data>['json'];
  return { status: response.status, json, ms: Date.now() - started };
}

/** organization { clinics { edges { node { organization { clinics ... } } } } }, `levels` times. */
function organizationClinicsNesting(levels: number): string {
  let selection = 'name';
  for (let level = 0; level < levels; level++) {
    selection =
      level === levels - 1
        ? `organization(slug: "lumiere-skin") { clinics { edges { node { ${selection} } } } }`
        : `organization { clinics { edges { node { ${selection} } } } }`;
  }
  return `{ ${selection} }`;
}

/** The server records a request when its response has gone out: wait for it. */
async function nextObservation(countBefore: number): Promise<RequestObservation> {
  for (let waited = 0; app.requests.length <= countBefore && waited < 2000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return app.requests[countBefore];
}

describe('refused before any resolver runs', () => {
  test('9 levels of organization -> clinics is QUERY_TOO_DEEP, with its depth and cost', async () => {
    const query = organizationClinicsNesting(9);
    const observedBefore = app.requests.length;

    const { status, json, ms } = await post(app.url, { query });

    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors).toHaveLength(1);
    // 9 x (organization, clinics, edges, node) + name
    expect(json.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 37, limit: DEFAULT_QUERY_LIMITS.maxDepth });
    expect(json.errors![0].extensions!.cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    expect(json.errors![0].message).toContain('37');
    expect(ms).toBeLessThan(FAST_REFUSAL_MS);
    // No resolver ran: this anonymous request sent no SQL at all.
    expect((await nextObservation(observedBefore)).statements).toEqual([]);
  });

  test('1,000 aliases of nodes(ids:) with 100 ids each is TOO_MANY_ALIASES, with the count and the cost', async () => {
    const { data } = await post<{ clinics: { edges: Array<{ node: { id: string } }> } }>(app.url, {
      query: '{ clinics(filter: { organizationSlug: "lumiere-skin" }, first: 1) { edges { node { id } } } }',
    }).then((answer) => answer.json);
    const ids = Array.from({ length: 100 }, () => data!.clinics.edges[0].node.id);
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: nodes(ids: $ids) { id }`);
    const query = `query Many($ids: [ID!]!) { ${aliases.join(' ')} }`;

    // The first request of a 36 KB document also warms up the parser and validator's code.
    await post(app.url, { query, variables: { ids } });
    const { status, json, ms } = await post(app.url, { query, variables: { ids } });

    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors![0].extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      aliases: 1000,
      limit: DEFAULT_QUERY_LIMITS.maxAliases,
      // 1,000 lists of 100 objects (the ids come from a variable)
      cost: 100_000,
    });
    expect(json.extensions?.cost).toEqual({ requested: 100_000, limit: DEFAULT_QUERY_LIMITS.maxCost });
    expect(ms).toBeLessThan(FAST_REFUSAL_MS);
  });

  test('page sizes given in variables count: 4 nested connections of 100 are QUERY_TOO_COMPLEX, of 5 they pass', async () => {
    const query = `query Wide($first: Int) {
      clinics(filter: { organizationSlug: "lumiere-skin" }, first: $first) { edges { node {
        practitioners(first: $first) { edges { node {
          clinics { offerings(first: $first) { edges { node {
            protocol { steps { treatment { qualifiedPractitioners(first: $first) { edges { node { slug } } } } } }
          } } } }
        } } }
      } } }
    }`;
    // Per qualified-practitioners connection: 1 + n edges + n nodes; per offering: edge,
    // node, protocol, steps, treatment and that connection; and so on outwards.
    const costFor = (n: number) => {
      const qualified = 1 + n * 2;
      const offerings = 1 + n * (2 + 3 + qualified);
      const practitioners = 1 + n * (2 + 1 + offerings);
      return 1 + n * (2 + practitioners);
    };
    const { token } = await app.as({ role: Role.ORG_ADMIN });

    const refused = await post(app.url, { query, variables: { first: 100 } }, token);
    const small = await post<{ clinics: { edges: unknown[] } }>(app.url, { query, variables: { first: 5 } }, token);

    expect(refused.status).toBe(400);
    expect(refused.json.errors![0].extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      cost: costFor(100),
      limit: DEFAULT_QUERY_LIMITS.maxCost,
      depth: 17,
      aliases: 0,
    });
    expect(refused.json.errors![0].message).toContain(String(costFor(100)));
    expect(refused.ms).toBeLessThan(FAST_REFUSAL_MS);
    expect(small.status).toBe(200);
    expect(small.json.errors).toBeUndefined();
    expect(small.json.data!.clinics.edges.length).toBeGreaterThan(0);
    expect(small.json.extensions?.cost).toEqual({ requested: costFor(5), limit: DEFAULT_QUERY_LIMITS.maxCost });
  });

  test('a `first` larger than 100 counts as the 100 the resolvers return', async () => {
    const capped = await post(app.url, { query: '{ treatments(first: 100000) { edges { node { slug } } } }' });
    const hundred = await post(app.url, { query: '{ treatments(first: 100) { edges { node { slug } } } }' });

    expect(capped.json.extensions?.cost.requested).toBe(1 + 100 * 2);
    expect(hundred.json.extensions?.cost.requested).toBe(1 + 100 * 2);
  });

  test('fragments count wherever they are spread, and skipped selections do not count', async () => {
    const query = `query Twice($skip: Boolean!) {
      a: treatments(first: 10) { ...Page }
      b: treatments(first: 10) { ...Page }
      c: treatments(first: 100) @skip(if: $skip) { ...Page }
    }
    fragment Page on TreatmentConnection { edges { node { slug protocols { slug } } } }`;

    const answer = await post(app.url, { query, variables: { skip: true } });

    // Per connection of 10: itself, 10 edges, 10 nodes, 10 protocol lists.
    expect(answer.json.extensions?.cost.requested).toBe(2 * (1 + 10 * 3));
    expect(answer.json.errors).toBeUndefined();
  });
});

describe('answered operations report their cost', () => {
  test('a small query carries extensions.cost', async () => {
    const { status, json } = await post<{ treatment: { name: string } }>(app.url, {
      query: '{ treatment(slug: "microneedling") { name duration { minMinutes } } }',
    });

    expect(status).toBe(200);
    expect(json.data!.treatment.name).toBe('Microneedling');
    expect(json.extensions).toEqual({ cost: { requested: 2, limit: DEFAULT_QUERY_LIMITS.maxCost } });
  });

  test("the README's example query passes", async () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const query = /```graphql\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Example')))![1];

    const { status, json } = await post<{ clinics: { edges: unknown[] } }>(app.url, { query });

    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data!.clinics.edges.length).toBeGreaterThan(0);
    expect(json.extensions?.cost.requested).toBeLessThan(DEFAULT_QUERY_LIMITS.maxCost / 1000);
  });

  test('the deep catalog query (100 clinics, each with nested pages of 20) passes, with room', async () => {
    const query = fs.readFileSync(path.join(__dirname, '..', 'operations', 'nested.graphql'), 'utf8');
    const { token } = await app.as({ role: Role.ORG_ADMIN });

    const { status, json } = await post<{ organization: { clinics: { edges: unknown[] } } }>(
      app.url,
      { query, variables: { slug: 'lumiere-skin' } },
      token,
    );

    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data!.organization.clinics.edges.length).toBeGreaterThan(0);
    expect(json.extensions?.cost.requested).toBe(142_502);
    expect(json.extensions?.cost.requested).toBeLessThan(DEFAULT_QUERY_LIMITS.maxCost * 0.7);
  });
});

describe('limits configured by environment', () => {
  test('QUERY_MAX_DEPTH, QUERY_MAX_ALIASES and QUERY_MAX_COST replace the defaults', async () => {
    const { queryLimits } = loadConfig({ QUERY_MAX_DEPTH: '4', QUERY_MAX_ALIASES: '1', QUERY_MAX_COST: '20' });
    const strict = await startTestApp({ queryLimits });
    try {
      // treatments (1) + 10 edges + 10 nodes = 21 > 20; depth 5 > 4; 2 aliases > 1
      const tooComplex = await post(strict.url, { query: '{ treatments(first: 10) { edges { node { slug } } } }' });
      const tooDeep = await post(strict.url, { query: '{ treatments(first: 1) { edges { node { duration { minMinutes } } } } }' });
      const tooManyAliases = await post(strict.url, {
        query: '{ a: treatment(slug: "microneedling") { slug } b: treatment(slug: "x") { slug } }',
      });
      const fine = await post(strict.url, { query: '{ treatment(slug: "microneedling") { duration { minMinutes } } }' });

      expect(tooComplex.json.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 21, limit: 20 });
      expect(tooDeep.json.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4 });
      expect(tooManyAliases.json.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 2, limit: 1 });
      expect(fine.json.data).toEqual({ treatment: { duration: { minMinutes: 30 } } });
      expect(fine.json.extensions?.cost).toEqual({ requested: 2, limit: 20 });
    } finally {
      await strict.close();
    }
  });

  test('invalid values are refused at start', () => {
    expect(() => loadConfig({ QUERY_MAX_COST: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ QUERY_MAX_DEPTH: 'ten' })).toThrow(/QUERY_MAX_DEPTH/);
    expect(loadConfig({}).queryLimits).toEqual(DEFAULT_QUERY_LIMITS);
  });
});
