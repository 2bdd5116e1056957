/** Patients, their screening questionnaires and consents, and the health-data access trail. */
import { defineModule } from '../module';
import { Consent, Patient, PatientAccessEvent, Screening } from './patient.entity';

/** Rows of a patient's own: what a PATIENT viewer may read of these tables. */
const ofPatient = (alias: string, patientId: string): string => `${alias}.patient_id = ${patientId}`;

export const patientModule = defineModule({
  name: 'patient',
  resolvers: [],
  entities: [Patient, Screening, Consent, PatientAccessEvent],
  nodeTypes: [],
  // Patients belong to the organization, not to one clinic: a patient of the chain may
  // be seen at any of its clinics, so clinic-scoped staff read them all (clinicOf null).
  tenantTables: {
    patients: { clinicOf: null, patientOf: (a, p) => `${a}.id = ${p}` },
    screenings: { clinicOf: null, patientOf: ofPatient },
    consents: { clinicOf: null, patientOf: ofPatient },
    patient_access_events: { clinicOf: null, patientOf: ofPatient },
  },
});
