/** Organizations (the tenants) and their clinics, with opening hours. */
import { defineModule } from '../module';
import { ClinicAdminResolver } from './clinic-admin.resolver';
import { ClinicResolver } from './clinic.resolver';
import { OrganizationAdminResolver } from './organization-admin.resolver';
import { OrganizationResolver } from './organization.resolver';
import { Clinic, Organization } from './organization.entity';
import { ClinicErrorCode } from './clinic-admin.inputs';
import { ClinicNode, OrganizationNode } from './organization.nodes';

export const organizationModule = defineModule({
  name: 'organization',
  resolvers: [OrganizationResolver, OrganizationAdminResolver, ClinicResolver, ClinicAdminResolver],
  entities: [Organization, Clinic],
  nodeTypes: [OrganizationNode, ClinicNode],
  tenantTables: {
    clinics: { clinicOf: (a, c) => `${a}.id = ANY(${c})`, public: true },
    clinic_opening_hours: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})`, public: true },
  },
  userFacingConstraints: {
    clinics_organization_id_slug_key: {
      code: ClinicErrorCode.TAKEN,
      field: ['input', 'slug'],
      message: 'Another clinic of your organization has this slug.',
    },
  },
});
