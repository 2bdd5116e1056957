/**
 * Builds the executable GraphQL schema from the resolvers, and prints it as SDL for
 * schema/schema.graphql (committed; a test fails when the two drift apart).
 */
import 'reflect-metadata';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { moduleCatalog } from './modules';
import { checkInputLimits, reportInputFailuresAsUserErrors } from './common/input-limits';
import { resolveFieldsDirectly } from './graphql/lean-resolvers';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql metadata is global). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: moduleCatalog().resolvers,
    // Length limits of string inputs (declared with @TextField), checked before resolvers run.
    validateFn: checkInputLimits,
    authChecker,
  }).then((schema) => {
    // type-graphql has no option for the root types' descriptions.
    schema.getQueryType()!.description =
      'Entry points for reading clinicgraph: the treatment catalog, organizations, clinics, practitioners, and any object by id.';
    schema.getMutationType()!.description =
      'Changes to clinicgraph. Each takes one `input`, runs in one transaction, and returns a payload whose `userErrors` say why it failed (nothing is written then).';
    reportInputFailuresAsUserErrors(schema);
    resolveFieldsDirectly(schema);
    return schema;
  });
  return built;
}

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
