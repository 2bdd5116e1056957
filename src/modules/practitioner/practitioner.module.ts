/** Practitioners, the clinics they work at, and their qualifications per treatment. */
import { defineModule } from '../module';
import { PractitionerAdminResolver } from './practitioner-admin.resolver';
import {
  ClinicPractitionersResolver,
  PractitionerResolver,
  QualificationResolver,
  TreatmentPractitionersResolver,
} from './practitioner.resolver';
import { Practitioner, Qualification } from './practitioner.entity';
import { PractitionerNode, QualificationNode } from './practitioner.nodes';

/** A practitioner belongs to a clinic-scoped viewer's world when they work at one of its clinics. */
const worksAtClinic = (practitionerId: string, clinics: string): string =>
  `EXISTS (SELECT 1 FROM practitioner_clinics s_pc WHERE s_pc.practitioner_id = ${practitionerId} AND s_pc.clinic_id = ANY(${clinics}))`;

export const practitionerModule = defineModule({
  name: 'practitioner',
  resolvers: [
    PractitionerResolver,
    PractitionerAdminResolver,
    QualificationResolver,
    ClinicPractitionersResolver,
    TreatmentPractitionersResolver,
  ],
  entities: [Practitioner, Qualification],
  nodeTypes: [PractitionerNode, QualificationNode],
  tenantTables: {
    practitioners: { clinicOf: (a, c) => worksAtClinic(`${a}.id`, c) },
    practitioner_clinics: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})` },
    practitioner_qualifications: { clinicOf: (a, c) => worksAtClinic(`${a}.practitioner_id`, c) },
  },
});
