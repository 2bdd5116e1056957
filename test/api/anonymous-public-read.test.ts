/**
 * The public catalog reads completely without a token. For every public root field (its
 * description does not say "Requires"), a query generated from the schema selects every
 * field to a bounded depth; anonymously it answers data for the root field, and the only
 * errors are UNAUTHENTICATED on fields documented as needing a role, each of which is
 * nullable, so the rest of its parent still comes back.
 */
import { GraphQLClient } from 'graphql-request';
import { getNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/query-limits';
import { createSchema } from '../../src/schema';
import { startTestApp, TestApp } from '../support/harness';
import { fieldNameOf, requiredArguments, selectEverything } from '../support/full-selection';

let app: TestApp;
let schema: GraphQLSchema;
let client: GraphQLClient;
/** Arguments of the public root fields, chosen from the demo data. */
let rootArguments: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  // The generated queries alias every field of every fragment (node, nodes): far more
  // aliases than the published limit, which test/api/query-limits.test.ts covers.
  app = await startTestApp({ queryLimits: { ...DEFAULT_QUERY_LIMITS, maxAliases: 10_000 } });
  schema = await createSchema();
  client = new GraphQLClient(app.url, { errorPolicy: 'all' });
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin' } });
  const { treatment } = await app.api.TreatmentBySlug({ slug: 'microneedling' });
  const { protocol } = await app.api.ProtocolBySlug({ slug: 'microneedling-prp' });
  const offerings = await app.api.ClinicOfferings({ id: clinics.edges[0].node.id });
  const clinicId = clinics.edges[0].node.id;
  rootArguments = {
    organization: { slug: 'lumiere-skin' },
    clinic: { id: clinicId },
    clinics: { filter: { organizationSlug: 'lumiere-skin' } },
    treatment: { slug: 'microneedling' },
    treatments: {},
    protocol: { slug: 'microneedling-prp' },
    protocols: {},
    node: { id: clinicId },
    nodes: { ids: [clinicId, treatment!.id, protocol!.id, protocol!.steps[0].id, offerings.clinic!.offerings.edges[0].node.id] },
    availability: { clinicId, protocolId: protocol!.id, from: '2027-03-01T00:00:00Z', to: '2027-03-08T00:00:00Z' },
  };
});
afterAll(() => app.close());

const needsRole = (description: string | null | undefined) => /\bRequires\b/.test(description ?? '');

function publicRootFields(s: GraphQLSchema): string[] {
  return Object.values(s.getQueryType()!.getFields())
    .filter((f) => !needsRole(f.description))
    .map((f) => f.name);
}

/** Names of the fields documented as needing a role. */
function fieldsNeedingRole(s: GraphQLSchema): Set<string> {
  const fields = new Set<string>();
  for (const type of Object.values(s.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__') || type === s.getQueryType() || type === s.getMutationType())
      continue;
    for (const field of Object.values(type.getFields())) if (needsRole(field.description)) fields.add(field.name);
  }
  return fields;
}

/** The value at `path` in `data`. */
function at(data: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null)?.[key], data);
}

test("the public root fields are the catalog's, each with arguments from the demo data", async () => {
  const names = publicRootFields(await createSchema());
  expect(names.sort()).toEqual(Object.keys(rootArguments).sort());
});

describe('anonymously, every field of', () => {
  const names = ['organization', 'clinic', 'clinics', 'treatment', 'treatments', 'protocol', 'protocols', 'node', 'nodes', 'availability'];

  test.each(names)('%s comes back, with errors only on fields that need a role', async (name) => {
    // Given a query generated from the schema selecting every field below the root field
    const field = schema.getQueryType()!.getFields()[name];
    const args = rootArguments[name];
    const missing = requiredArguments(field).filter((arg) => !(arg in args));
    expect(missing).toEqual([]);
    const variables = field.args.filter((arg) => arg.name in args);
    const declare = variables.length ? `(${variables.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')})` : '';
    const pass = variables.length ? `(${variables.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
    const query = `query Everything${declare} { ${name}${pass} ${selectEverything(schema, getNamedType(field.type), { maxDepth: 5 })} }`;

    // When an anonymous client sends it
    const { data, errors = [] } = await client.rawRequest<Record<string, unknown>>(query, args);

    // Then the root field answers, and every error is UNAUTHENTICATED on a nested field documented as needing a role
    expect(data?.[name]).toBeTruthy();
    const needingRole = fieldsNeedingRole(schema);
    for (const error of errors) {
      const path = (error.path ?? []) as Array<string | number>;
      const key = path[path.length - 1];
      // The field that needs a role is nullable: it alone is null, its parent object comes back.
      expect({ path, code: error.extensions?.code, documented: needingRole.has(fieldNameOf(String(key))), value: at(data, path) }).toEqual({
        path,
        code: 'UNAUTHENTICATED',
        documented: true,
        value: null,
      });
      expect(path.length).toBeGreaterThan(1);
      expect(at(data, path.slice(0, -1))).toEqual(expect.any(Object));
    }
  });

  test('treatment: qualifiedPractitioners is null with its error, the rest of the treatment comes back', async () => {
    const query = 'query { treatment(slug: "microneedling") { name slug qualifiedPractitioners { totalCount } } }';
    const { data, errors } = await client.rawRequest<{ treatment: Record<string, unknown> | null }>(query);
    expect(data?.treatment).toEqual({ name: 'Microneedling', slug: 'microneedling', qualifiedPractitioners: null });
    expect(errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['treatment', 'qualifiedPractitioners'], 'UNAUTHENTICATED']]);
  });
});
