/** Practitioners' working hours and leave, and the bookable slots computed from them. */
import { defineModule } from '../module';
import { AvailabilityAdminResolver } from './availability-admin.resolver';
import { PractitionerLeave } from './availability.entity';
import { PractitionerLeaveNode } from './availability.nodes';
import { AvailabilityResolver, PractitionerCalendarResolver, WorkingHoursResolver } from './availability.resolver';

/** A practitioner's row belongs to a clinic-scoped viewer's world when they work at one of its clinics. */
const worksAtClinic = (practitionerId: string, clinics: string): string =>
  `EXISTS (SELECT 1 FROM practitioner_clinics s_pc WHERE s_pc.practitioner_id = ${practitionerId} AND s_pc.clinic_id = ANY(${clinics}))`;

export const availabilityModule = defineModule({
  name: 'availability',
  resolvers: [AvailabilityResolver, PractitionerCalendarResolver, WorkingHoursResolver, AvailabilityAdminResolver],
  entities: [PractitionerLeave],
  nodeTypes: [PractitionerLeaveNode],
  tenantTables: {
    practitioner_working_hours: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})` },
    practitioner_leave: { clinicOf: (a, c) => worksAtClinic(`${a}.practitioner_id`, c) },
  },
  userFacingConstraints: {
    // Checked before writing; these answer the same when a concurrent change slips between.
    practitioner_working_hours_no_overlap: { code: 'INVALID', field: ['input', 'hours'], message: 'Working intervals on one day overlap.' },
    practitioner_working_hours_membership_fkey: {
      code: 'NOT_AT_CLINIC',
      field: ['input', 'clinicId'],
      message: 'This practitioner does not work at this clinic.',
    },
  },
});
