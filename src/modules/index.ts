/**
 * The registry of clinicgraph's areas: adding an area is its folder plus one line here.
 */
import 'reflect-metadata';
import { ClinicgraphModule, ModuleCatalog } from './module';
import { auditModule } from './audit/audit.module';
import { availabilityModule } from './availability/availability.module';
import { catalogModule } from './catalog/catalog.module';
import { courseModule } from './course/course.module';
import { eligibilityModule } from './eligibility/eligibility.module';
import { idempotencyModule } from './idempotency/idempotency.module';
import { identityModule } from './identity/identity.module';
import { membershipModule } from './membership/membership.module';
import { nodeModule } from './node/node.module';
import { outcomeModule } from './outcome/outcome.module';
import { offeringModule } from './offering/offering.module';
import { organizationModule } from './organization/organization.module';
import { patientModule } from './patient/patient.module';
import { practitionerModule } from './practitioner/practitioner.module';

export const MODULES = [
  nodeModule,
  identityModule,
  organizationModule,
  practitionerModule,
  catalogModule,
  eligibilityModule,
  offeringModule,
  membershipModule,
  availabilityModule,
  auditModule,
  patientModule,
  idempotencyModule,
  courseModule,
  outcomeModule,
] as const;

type TablesOf<M> = M extends ClinicgraphModule<infer Table> ? Table : never;

/** The name of every tenant table some area declares. */
export type TenantTable = TablesOf<(typeof MODULES)[number]>;

let catalog: ModuleCatalog | undefined;

/** The registry, indexed once per process. */
export function moduleCatalog(): ModuleCatalog {
  catalog ??= new ModuleCatalog(MODULES);
  return catalog;
}
