/**
 * The HTTP surface as operators and clients meet it: health and readiness probes, and
 * errors that carry a code a client can act on but never the server's internals.
 */
import 'reflect-metadata';
import { createDataSource } from '../../src/db/data-source';
import { Database } from '../../src/db/database';
import { RunningServer, startServer } from '../../src/server';
import { graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { GraphQLBody } from '../support/graphql-body';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function postGraphQL(url: string, body: unknown): Promise<{ status: number; text: string; json: GraphQLBody }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as GraphQLBody };
}

/** What must never reach a client: stack frames, file paths, SQL, connection details. */
function expectNoInternals(body: string): void {
  expect(body).not.toMatch(/\bat \S+ \(|\bat (\/|node:)|<anonymous>/);
  expect(body).not.toMatch(/\.(ts|js):\d+/);
  expect(body).not.toMatch(/\/(work|src|node_modules|home|tmp)\//);
  expect(body).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE|FROM)\b/);
  expect(body).not.toMatch(/stack|stacktrace|ECONNREFUSED|postgres|127\.0\.0\.1|QueryRunner|TypeORM|DataSource/i);
}

describe('probes', () => {
  test('GET /healthz answers 200 {status: "ok"}', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz answers 200 when the database answers', async () => {
    const response = await fetch(`${app.baseUrl}/readyz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('a server whose database is unreachable', () => {
  let broken: RunningServer;
  let baseUrl: string;
  const logged: unknown[] = [];

  beforeAll(async () => {
    // Given a server whose database is a port nothing listens on (never initialized)
    broken = await startServer({
      config: { port: 0, readinessTimeoutMs: 1000 },
      db: new Database(createDataSource('postgres://postgres:x@127.0.0.1:1/none')),
      verifyToken: () => Promise.resolve('dev|nobody'),
      log: (_message, cause) => logged.push(cause),
    });
    baseUrl = broken.url.replace(/\/graphql$/, '');
  });
  afterAll(() => broken.stop());

  test('is alive (GET /healthz 200) but not ready (GET /readyz 503)', async () => {
    const health = await fetch(`${baseUrl}/healthz`);
    const ready = await fetch(`${baseUrl}/readyz`);

    expect(health.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unavailable' });
  });

  test('answers a query with INTERNAL_SERVER_ERROR and nothing of its internals', async () => {
    const loggedBefore = logged.length;

    // When an anonymous client asks for treatments
    const { text, json } = await postGraphQL(broken.url, { query: '{ treatments(first: 1) { totalCount edges { node { slug } } } }' });

    // Then it gets one generic error it can report, and nothing else
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0].message).toBe('Internal server error');
    expect(json.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(json.data ?? null).toBeNull();
    expectNoInternals(text);
    expect(text).not.toContain('at ');
    // And the cause went to the server's log instead
    expect(logged.length).toBeGreaterThan(loggedBefore);
  });

  test('answers a signed-in query (whose identity needs the database) the same way', async () => {
    const response = await fetch(broken.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer some.signed.token' },
      body: JSON.stringify({ query: '{ clinics(first: 1) { totalCount } }' }),
    });
    const text = await response.text();
    const json = JSON.parse(text) as GraphQLBody;

    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0].message).toBe('Internal server error');
    expect(json.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expectNoInternals(text);
    expect(text).not.toContain('at ');
  });
});

describe('client errors', () => {
  test('a query asking for a field that does not exist is GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, text, json } = await postGraphQL(app.url, { query: '{ clinics { edges { node { slug noSuchField } } } }' });

    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors?.[0].message).toContain('noSuchField');
    expectNoInternals(text);
  });

  test('a query that does not parse is GRAPHQL_PARSE_FAILED', async () => {
    const { status, json } = await postGraphQL(app.url, { query: '{ clinics { ' });

    expect(status).toBe(400);
    expect(json.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a variable of the wrong type (an unknown concern) is BAD_USER_INPUT', async () => {
    const { status, text, json } = await postGraphQL(app.url, {
      query: 'query Treatments($filter: TreatmentFilter) { treatments(filter: $filter) { totalCount } }',
      variables: { filter: { concern: 'NOT_A_CONCERN' } },
    });

    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(json.errors?.[0].message).toContain('NOT_A_CONCERN');
    expectNoInternals(text);
  });

  test('a variable of the wrong scalar type (`first: "ten"`) is BAD_USER_INPUT', async () => {
    const { json } = await postGraphQL(app.url, {
      query: 'query Clinics($first: Int) { clinics(first: $first) { totalCount } }',
      variables: { first: 'ten' },
    });

    expect(json.errors).toHaveLength(1);
    expect(json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a search of 201 characters is BAD_USER_INPUT naming filter.search', async () => {
    const errors = await graphQLErrors(app.api.Treatments({ filter: { search: 'a'.repeat(201) } }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('filter.search');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['filter', 'search'] });
  });

  test('a search of 200 characters is accepted', async () => {
    const { treatments } = await app.api.Treatments({ filter: { search: 'a'.repeat(200) } });

    expect(treatments.totalCount).toBe(0);
  });

  test('a body that is not JSON is a 400 BAD_REQUEST, as JSON, without internals', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(text).errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
    expectNoInternals(text);
  });

  test('a body over 256 kB is a 413 BAD_REQUEST, as JSON, without internals', async () => {
    const query = `{ treatments(filter: { search: "${'a'.repeat(300 * 1024)}" }) { totalCount } }`;
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();

    expect(response.status).toBe(413);
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expectNoInternals(text);
  });
});

test('a NUL character in any string argument is BAD_USER_INPUT, not an internal error', async () => {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($city: String) { clinics(filter: { organizationSlug: "lumiere-skin", city: $city }) { totalCount } }',
      variables: { city: 'New\u0000York' },
    }),
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as GraphQLBody;
  expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(app.loggedErrors).toEqual([]);
});
