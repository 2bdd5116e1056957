/**
 * In production a caller learns nothing of the schema it did not already know: no
 * introspection, and no "Did you mean ...?" in errors (from validation or from the
 * coercion of variables). Outside production both stay, for developers.
 */
import { startTestApp, TestApp } from '../support/harness';

let production: TestApp;
let development: TestApp;
beforeAll(async () => {
  [production, development] = await Promise.all([startTestApp({ nodeEnv: 'production' }), startTestApp({ nodeEnv: 'development' })]);
});
afterAll(() => Promise.all([production.close(), development.close()]));

async function post(app: TestApp, body: { query: string; variables?: Record<string, unknown> }) {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: response.status, json };
}

const misspelled: Array<[string, { query: string; variables?: Record<string, unknown> }, string]> = [
  ['a field', { query: '{ treatmnt(slug: "x") { slug } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ['an argument', { query: '{ treatments(filtr: {}) { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ['an enum value in the query', { query: '{ treatments(filter: { concern: ACNE_SCAR }) { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  [
    'an input field in a variable',
    {
      query: 'query Treatments($filter: TreatmentFilter) { treatments(filter: $filter) { totalCount } }',
      variables: { filter: { concren: 'ACNE_SCARS' } },
    },
    'BAD_USER_INPUT',
  ],
  [
    'an enum value in a variable',
    {
      query: 'query Treatments($filter: TreatmentFilter) { treatments(filter: $filter) { totalCount } }',
      variables: { filter: { concern: 'ACNE_SCAR' } },
    },
    'BAD_USER_INPUT',
  ],
];

describe.each(misspelled)('misspelling %s', (_what, body, code) => {
  test('is refused in production without suggesting the real name', async () => {
    const { status, json } = await post(production, body);

    expect(status).toBe(400);
    expect(json.errors).toHaveLength(1);
    expect(json.errors![0].extensions).toEqual({ code });
    expect(json.errors![0].message).not.toMatch(/did you mean/i);
    expect(json.errors![0].message.length).toBeGreaterThan(10);
  });

  test('suggests the real name in development', async () => {
    const { status, json } = await post(development, body);

    expect(status).toBe(400);
    expect(json.errors![0].extensions).toEqual({ code });
    expect(json.errors![0].message).toMatch(/Did you mean .+\?$/);
  });
});

test('introspection is refused in production and answered in development', async () => {
  const query = '{ __type(name: "Clinic") { fields { name } } }';

  const refused = await post(production, { query });
  const answered = await post(development, { query });

  expect(refused.status).toBe(400);
  expect(refused.json.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  expect(refused.json.errors![0].message).toMatch(/introspection is not allowed/);
  expect(refused.json.data).toBeUndefined();
  expect(answered.status).toBe(200);
  expect(answered.json.data).toMatchObject({ __type: { fields: expect.arrayContaining([{ name: 'timeZone' }]) } });
});

test('production still answers correct queries', async () => {
  const { status, json } = await post(production, { query: '{ treatment(slug: "microneedling") { name } }' });

  expect(status).toBe(200);
  expect(json.data).toEqual({ treatment: { name: 'Microneedling' } });
});
