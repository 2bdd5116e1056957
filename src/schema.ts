/**
 * Builds the executable GraphQL schema from the resolvers, and prints it as SDL for
 * schema/schema.graphql (committed; a test fails when the two drift apart).
 */
import 'reflect-metadata';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { checkInputLimits, reportInputFailuresAsUserErrors } from './common/input-limits';
import { NodeResolver } from './modules/node/node.resolver';
import { ViewerResolver } from './modules/identity/viewer.resolver';
import { MembershipResolver } from './modules/membership/membership.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { ClinicResolver } from './modules/organization/clinic.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { ClinicAdminResolver } from './modules/organization/clinic-admin.resolver';
import { OrganizationAdminResolver } from './modules/organization/organization-admin.resolver';
import {
  ClinicPractitionersResolver, PractitionerResolver, QualificationResolver, TreatmentPractitionersResolver,
} from './modules/practitioner/practitioner.resolver';
import { PractitionerAdminResolver } from './modules/practitioner/practitioner-admin.resolver';
import {
  ProtocolResolver, ProtocolStepResolver, TreatmentPairingResolver, TreatmentResolver,
} from './modules/catalog/catalog.resolver';
import { CatalogAdminResolver } from './modules/catalog/catalog-admin.resolver';
import { ClinicOfferingsResolver, OfferingResolver, OrganizationOfferingDefaultsResolver } from './modules/offering/offering.resolver';
import { OfferingAdminResolver } from './modules/offering/offering-admin.resolver';

export const SCHEMA_FILE = path.join(__dirname, '..', 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql metadata is global). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver, ViewerResolver, MembershipResolver, AuditResolver,
      OrganizationResolver, OrganizationAdminResolver, ClinicResolver, ClinicAdminResolver,
      PractitionerResolver, PractitionerAdminResolver, QualificationResolver, ClinicPractitionersResolver, TreatmentPractitionersResolver,
      TreatmentResolver, TreatmentPairingResolver, ProtocolResolver, ProtocolStepResolver, CatalogAdminResolver,
      OfferingResolver, ClinicOfferingsResolver, OrganizationOfferingDefaultsResolver, OfferingAdminResolver,
    ],
    // Length limits of string inputs (declared with @TextField), checked before resolvers run.
    validateFn: checkInputLimits,
    authChecker,
  }).then((schema) => {
    // type-graphql has no option for the root types' descriptions.
    schema.getQueryType()!.description = 'Entry points for reading clinicgraph: the treatment catalog, organizations, clinics, practitioners, and any object by id.';
    schema.getMutationType()!.description = 'Changes to clinicgraph. Each takes one `input`, runs in one transaction, and returns a payload whose `userErrors` say why it failed (nothing is written then).';
    reportInputFailuresAsUserErrors(schema);
    return schema;
  });
  return built;
}

/** The SDL as committed: sorted, so the file changes only when the schema does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
