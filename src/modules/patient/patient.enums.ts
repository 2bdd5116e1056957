import { registerEnumType } from 'type-graphql';

/** What a consent covers. */
export enum ConsentKind {
  TREATMENT = 'TREATMENT',
  PHOTOS = 'PHOTOS',
}
registerEnumType(ConsentKind, {
  name: 'ConsentKind',
  description: 'What a patient consents to.',
  valuesConfig: {
    TREATMENT: { description: "A treatment (named by the consent's `treatment`)." },
    PHOTOS: { description: 'Clinical photographs (before/after) being taken and kept.' },
  },
});

/** What a row of the health-data access trail records (the CHECK of patient_access_events.action). */
export enum PatientAccessAction {
  READ = 'READ',
  REGISTER = 'REGISTER',
  UPDATE = 'UPDATE',
  SCREENING_RECORD = 'SCREENING_RECORD',
  CONSENT_RECORD = 'CONSENT_RECORD',
  CONSENT_WITHDRAW = 'CONSENT_WITHDRAW',
  CLEARANCE_RECORD = 'CLEARANCE_RECORD',
  COURSE_START = 'COURSE_START',
  COURSE_CANCEL = 'COURSE_CANCEL',
  SESSION_RECORD = 'SESSION_RECORD',
  OUTCOME_RECORD = 'OUTCOME_RECORD',
  ADVERSE_EVENT_RECORD = 'ADVERSE_EVENT_RECORD',
  PHOTO_RECORD = 'PHOTO_RECORD',
}
registerEnumType(PatientAccessAction, {
  name: 'PatientAccessAction',
  description: "What was done with a patient's data, as the health-data access trail records it.",
  valuesConfig: {
    READ: { description: 'Health data was read (the fields say which).' },
    REGISTER: { description: 'The patient was registered.' },
    UPDATE: { description: "The patient's record was changed." },
    SCREENING_RECORD: { description: 'A screening questionnaire was recorded.' },
    CONSENT_RECORD: { description: 'A consent was recorded.' },
    CONSENT_WITHDRAW: { description: 'A consent was withdrawn.' },
    CLEARANCE_RECORD: { description: 'A practitioner recorded a clearance of a relative contraindication.' },
    COURSE_START: { description: 'A course was started for the patient.' },
    COURSE_CANCEL: { description: "The patient's course was cancelled." },
    SESSION_RECORD: { description: 'What was done in a session (areas, depths, products, adverse events) was recorded.' },
    OUTCOME_RECORD: { description: 'An outcome measurement (baseline or follow-up) was recorded.' },
    ADVERSE_EVENT_RECORD: { description: 'An adverse event was recorded or its resolution noted.' },
    PHOTO_RECORD: { description: 'A photo record (metadata) was added.' },
  },
});
