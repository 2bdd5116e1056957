/** Treatment outcomes (measurements, adverse events, photo records) and privacy-safe outcome analytics. */
import { defineModule } from '../module';

const ofClinic = (a: string, c: string) => `${a}.clinic_id = ANY(${c})`;
const ofPatient = (a: string, p: string) => `${a}.patient_id = ${p}`;

export const outcomeModule = defineModule({
  name: 'outcome',
  resolvers: [],
  entities: [],
  nodeTypes: [],
  tenantTables: {
    outcome_measurements: { clinicOf: ofClinic, patientOf: ofPatient },
    adverse_events: { clinicOf: ofClinic, patientOf: ofPatient },
    outcome_photos: { clinicOf: ofClinic, patientOf: ofPatient },
  },
});
