/** Node types of the patient area: patients, screenings and consents, read by the same rule (patient.readers.ts). */
import { NodeType } from '../../common/relay/node-type';
import { PATIENT_READERS } from './patient.readers';
import { consentById, patientById, screeningById } from './patient.service';

export const PatientNode: NodeType = {
  typename: 'Patient',
  keys: 1,
  readers: PATIENT_READERS,
  fetch: (ctx, [id]) => patientById(ctx, id),
};

export const ScreeningNode: NodeType = {
  typename: 'Screening',
  keys: 1,
  readers: PATIENT_READERS,
  fetch: (ctx, [id]) => screeningById(ctx, id),
};

export const ConsentNode: NodeType = {
  typename: 'Consent',
  keys: 1,
  readers: PATIENT_READERS,
  fetch: (ctx, [id]) => consentById(ctx, id),
};
