/** Treatment outcomes (measurements, adverse events, photo records) and privacy-safe outcome analytics. */
import { defineModule } from '../module';
import { AdverseEvent, OutcomeMeasurement, OutcomePhoto } from './outcome.entity';
import { AdverseEventNode, OutcomeMeasurementNode, OutcomePhotoNode } from './outcome.nodes';
import { AdverseEventResolver, CourseOutcomesResolver, OutcomeAnalyticsResolver, OutcomeMutationResolver } from './outcome.resolver';

const ofClinic = (a: string, c: string) => `${a}.clinic_id = ANY(${c})`;
const ofPatient = (a: string, p: string) => `${a}.patient_id = ${p}`;

const ALREADY_RECORDED = {
  code: 'ALREADY_RECORDED',
  field: ['input', 'scale'],
  message: 'A value of this scale, area and assessor is already recorded here.',
};

export const outcomeModule = defineModule({
  name: 'outcome',
  resolvers: [OutcomeMutationResolver, OutcomeAnalyticsResolver, CourseOutcomesResolver, AdverseEventResolver],
  entities: [OutcomeMeasurement, AdverseEvent, OutcomePhoto],
  nodeTypes: [OutcomeMeasurementNode, AdverseEventNode, OutcomePhotoNode],
  tenantTables: {
    outcome_measurements: { clinicOf: ofClinic, patientOf: ofPatient },
    adverse_events: { clinicOf: ofClinic, patientOf: ofPatient },
    outcome_photos: { clinicOf: ofClinic, patientOf: ofPatient },
    // Per-course summaries kept by triggers for analytics (migration AnalyticsRollups).
    course_session_tallies: { clinicOf: ofClinic, patientOf: ofPatient },
    course_outcome_summaries: { clinicOf: ofClinic, patientOf: ofPatient },
  },
  userFacingConstraints: {
    outcome_measurements_baseline_key: {
      ...ALREADY_RECORDED,
      message: 'This course already has a baseline of this scale, area and assessor.',
    },
    outcome_measurements_follow_up_key: {
      ...ALREADY_RECORDED,
      message: 'This session already has a value of this scale, area and assessor.',
    },
    outcome_photos_storage_key: {
      code: 'TAKEN',
      field: ['input', 'storageKey'],
      message: 'A photo with this storage key is already recorded.',
    },
  },
});
