/** Patients, their screening questionnaires and consents, and the health-data access trail. */
import { defineModule } from '../module';
import { PatientAdminResolver } from './patient-admin.resolver';
import { Consent, Patient, PatientAccessEvent, Screening } from './patient.entity';
import { ConsentNode, PatientNode, ScreeningNode } from './patient.nodes';
import { ConsentResolver, PatientResolver, ScreeningResolver } from './patient.resolver';

/** Rows of a patient's own: what a PATIENT viewer may read of these tables. */
const ofPatient = (alias: string, patientId: string): string => `${alias}.patient_id = ${patientId}`;

export const patientModule = defineModule({
  name: 'patient',
  resolvers: [PatientResolver, PatientAdminResolver, ScreeningResolver, ConsentResolver],
  entities: [Patient, Screening, Consent, PatientAccessEvent],
  nodeTypes: [PatientNode, ScreeningNode, ConsentNode],
  // Patients belong to the organization, not to one clinic: a patient of the chain may
  // be seen at any of its clinics, so clinic-scoped staff read them all (clinicOf null).
  tenantTables: {
    patients: { clinicOf: null, patientOf: (a, p) => `${a}.id = ${p}` },
    screenings: { clinicOf: null, patientOf: ofPatient },
    consents: { clinicOf: null, patientOf: ofPatient },
    patient_access_events: { clinicOf: null, patientOf: ofPatient },
  },
});
