/**
 * Inputs that used to become internal errors are bad input: a NUL written as the GraphQL
 * escape `\u0000` in the query text, variables nested 10,000 deep. Neither reaches
 * PostgreSQL, and nothing is logged as unexpected.
 */
import 'reflect-metadata';
import { Role } from '../../src/auth/roles';
import { startTestApp, TestApp } from '../support/harness';
import { GraphQLBody } from '../support/graphql-body';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: GraphQLBody }> {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, json: (await response.json()) as GraphQLBody };
}

test.each([
  ['an argument of a query', '{ organization(slug: "lumiere\\u0000skin") { id } }'],
  ['the unicode brace escape', '{ treatment(slug: "micro\\u{0}needling") { id } }'],
  ['a filter inside an input object', '{ clinics(filter: { organizationSlug: "lumiere-skin", city: "new\\u0000york" }) { totalCount } }'],
  [
    'a later field, which must not run in an aborted transaction',
    '{ a: treatment(slug: "microneedling") { slug } b: organization(slug: "x\\u0000") { id } }',
  ],
])('a NUL escaped in %s is BAD_USER_INPUT (400), not an internal error', async (_case, query) => {
  const { status, json } = await post(JSON.stringify({ query }));
  expect(status).toBe(400);
  expect(json.errors).toEqual([
    expect.objectContaining({ message: expect.stringContaining('NUL'), extensions: { code: 'BAD_USER_INPUT' } }),
  ]);
  expect(json.data).toBeUndefined();
  expect(app.loggedErrors).toEqual([]);
});

test("a NUL in a mutation input's literal is refused before anything is written", async () => {
  const { token } = await app.as({ role: Role.ORG_ADMIN });
  const [{ count: before }] = await app.sql.query('SELECT count(*)::int AS count FROM practitioners');
  const { status, json } = await post(
    JSON.stringify({
      query:
        'mutation { practitionerCreate(input: { slug: "nul-person", givenName: "A\\u0000", familyName: "B", profession: "Nurse" }) { userErrors { code } } }',
    }),
    { authorization: `Bearer ${token}` },
  );
  expect(status).toBe(400);
  expect(json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const [{ count: after }] = await app.sql.query('SELECT count(*)::int AS count FROM practitioners');
  expect(after).toBe(before);
});

test('variables nested 10,000 deep (a 20 KB anonymous body) are BAD_USER_INPUT, not a stack overflow', async () => {
  const deep = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
  const body = `{"query":"query ($slug: String!) { organization(slug: $slug) { id } }","variables":{"slug":${deep}}}`;
  expect(body.length).toBeLessThan(25_000);
  const { status, json } = await post(body);
  expect(status).toBe(400);
  expect(json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(app.loggedErrors).toEqual([]);
});

test('a NUL nested deep in the variables is still found', async () => {
  const deep = `${'['.repeat(5_000)}"x\\u0000"${']'.repeat(5_000)}`;
  const { status, json } = await post(
    `{"query":"query ($slug: String!) { organization(slug: $slug) { id } }","variables":{"slug":${deep}}}`,
  );
  expect(status).toBe(400);
  expect(json.errors?.[0]).toEqual(
    expect.objectContaining({ message: expect.stringContaining('NUL'), extensions: { code: 'BAD_USER_INPUT' } }),
  );
});
