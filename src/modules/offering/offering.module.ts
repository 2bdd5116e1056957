/** What each clinic offers at what price: organization defaults and per-clinic overrides. */
import { defineModule } from '../module';
import { OfferingAdminResolver } from './offering-admin.resolver';
import { OfferingNode } from './offering.nodes';
import { ClinicOfferingsResolver, OfferingResolver, OrganizationOfferingDefaultsResolver } from './offering.resolver';

export const offeringModule = defineModule({
  name: 'offering',
  resolvers: [OfferingResolver, ClinicOfferingsResolver, OrganizationOfferingDefaultsResolver, OfferingAdminResolver],
  entities: [],
  nodeTypes: [OfferingNode],
  tenantTables: {
    // Organization-wide defaults (clinic_id NULL) apply to every clinic.
    offering_settings: { clinicOf: (a, c) => `(${a}.clinic_id IS NULL OR ${a}.clinic_id = ANY(${c}))`, public: true },
  },
});
