import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Treatment outcomes: measurements on validated scales, adverse events and photo records,
 * plus the indexes that outcome analytics filters by.
 *
 * - `outcome_measurements`: one value on one scale for one area of a course, either at
 *   baseline (`session_id` NULL) or after a session of that course. Who assessed it: a
 *   clinician (then `practitioner_id` names them) or the patient. The scale's range, the
 *   order baseline -> follow-up and the fit with the course's concerns are rules of the
 *   application (src/modules/outcome/outcome.rules.ts); the database keeps the vocabulary,
 *   one baseline per course, scale, area and assessor, and one value per session, scale,
 *   area and assessor.
 * - `adverse_events`: an event noted on a session, with kind, severity, onset and
 *   (once known) resolution.
 * - `outcome_photos`: metadata of a photo taken at a session (the image itself lives in
 *   object storage under `storage_key`), tied to the patient's photo consent it was taken
 *   under.
 *
 * Keys follow Courses1765400000000: (id, organization_id) primary keys, and the course's
 * patient and clinic copied onto each row and held true by composite foreign keys:
 * courses (organization_id, id, patient_id, clinic_id) and, through a new unique key of
 * course_sessions, (organization_id, id, course_id, patient_id, clinic_id), so a row can
 * name only a session of its own course; a photo's consent through a new unique key of
 * consents (organization_id, id, patient_id), so it can only be the same patient's.
 * Policies: one per command, organization (and, for PATIENT requests, patient) read once
 * per statement.
 *
 * Analytics indexes: courses by (organization, clinic | protocol | lead practitioner,
 * created_at), beside the existing (organization, created_at); measurements and adverse
 * events by course.
 */
const APP_ROLE = 'clinicgraph_app';
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_PATIENT = `(SELECT NULLIF(current_setting('app.patient_id', true), '')::uuid)`;
const TABLES = ['outcome_measurements', 'adverse_events', 'outcome_photos'];

const SCALES = [
  'GOODMAN_BARON_QUALITATIVE',
  'GOODMAN_BARON_QUANTITATIVE',
  'GAIS',
  'SATISFACTION',
  'PAIN_VAS',
  'DLQI',
  'MASI',
  'MMASI',
  'GLOGAU',
];
const AREAS = [
  'FACE',
  'FOREHEAD',
  'AROUND_EYES',
  'CHEEKS',
  'NOSE',
  'CHIN',
  'NECK',
  'DECOLLETAGE',
  'HANDS',
  'ABDOMEN',
  'THIGHS',
  'SCALP',
  'OTHER',
];
const ADVERSE_EVENT_KINDS = ['ERYTHEMA', 'OEDEMA', 'PAIN', 'PEELING', 'PIH', 'TRAM_TRACK_SCARRING', 'INFECTION', 'GRANULOMA'];
const PHOTO_ANGLES = ['FRONT', 'LEFT_45', 'RIGHT_45', 'LEFT_90', 'RIGHT_90', 'CLOSE_UP', 'OTHER'];

const ACCESS_ACTIONS = [
  'READ',
  'REGISTER',
  'UPDATE',
  'SCREENING_RECORD',
  'CONSENT_RECORD',
  'CONSENT_WITHDRAW',
  'CLEARANCE_RECORD',
  'COURSE_START',
  'SESSION_RECORD',
];
const OUTCOME_ACTIONS = ['OUTCOME_RECORD', 'ADVERSE_EVENT_RECORD', 'PHOTO_RECORD'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

export class Outcomes1765500000000 implements MigrationInterface {
  name = 'Outcomes1765500000000';

  async up(q: QueryRunner): Promise<void> {
    // The targets of the composite foreign keys below.
    await q.query(
      `ALTER TABLE course_sessions ADD CONSTRAINT course_sessions_outcome_key UNIQUE (organization_id, id, course_id, patient_id, clinic_id)`,
    );
    await q.query(`ALTER TABLE consents ADD CONSTRAINT consents_patient_key UNIQUE (organization_id, id, patient_id)`);

    await q.query(`
      CREATE TABLE outcome_measurements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        session_id uuid,
        scale text NOT NULL CHECK (scale IN (${list(SCALES)})),
        scale_version text NOT NULL CHECK (length(scale_version) BETWEEN 1 AND 50),
        value numeric NOT NULL CHECK (value >= 0),
        area text NOT NULL CHECK (area IN (${list(AREAS)})),
        assessed_by text NOT NULL CHECK (assessed_by IN ('CLINICIAN', 'PATIENT')),
        practitioner_id uuid,
        assessed_at timestamptz NOT NULL,
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        CONSTRAINT outcome_measurements_assessor_check CHECK ((assessed_by = 'CLINICIAN') = (practitioner_id IS NOT NULL)),
        FOREIGN KEY (organization_id, course_id, patient_id, clinic_id) REFERENCES courses (organization_id, id, patient_id, clinic_id),
        FOREIGN KEY (organization_id, session_id, course_id, patient_id, clinic_id)
          REFERENCES course_sessions (organization_id, id, course_id, patient_id, clinic_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX outcome_measurements_baseline_key ON outcome_measurements
      (organization_id, course_id, scale, area, assessed_by) WHERE session_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX outcome_measurements_follow_up_key ON outcome_measurements
      (organization_id, session_id, scale, area, assessed_by) WHERE session_id IS NOT NULL`);
    // The course's timeline and analytics' pairing of baseline and latest follow-up.
    await q.query(`CREATE INDEX outcome_measurements_course_idx ON outcome_measurements
      (organization_id, course_id, scale, area, assessed_by, assessed_at)`);

    await q.query(`
      CREATE TABLE adverse_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        session_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${list(ADVERSE_EVENT_KINDS)})),
        severity text NOT NULL CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE')),
        onset_at timestamptz NOT NULL,
        resolved_at timestamptz,
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        CONSTRAINT adverse_events_resolution_check CHECK (resolved_at IS NULL OR resolved_at >= onset_at),
        FOREIGN KEY (organization_id, session_id, course_id, patient_id, clinic_id)
          REFERENCES course_sessions (organization_id, id, course_id, patient_id, clinic_id)
      )`);
    await q.query(`CREATE INDEX adverse_events_course_idx ON adverse_events (organization_id, course_id, kind)`);
    await q.query(`CREATE INDEX adverse_events_session_idx ON adverse_events (organization_id, session_id, onset_at)`);

    await q.query(`
      CREATE TABLE outcome_photos (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        session_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        consent_id uuid NOT NULL,
        storage_key text NOT NULL CHECK (length(storage_key) <= 500 AND storage_key ~ '^[A-Za-z0-9][A-Za-z0-9._/-]*$'),
        angle text NOT NULL CHECK (angle IN (${list(PHOTO_ANGLES)})),
        area text CHECK (area IN (${list(AREAS)})),
        taken_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        CONSTRAINT outcome_photos_storage_key UNIQUE (organization_id, storage_key),
        FOREIGN KEY (organization_id, session_id, course_id, patient_id, clinic_id)
          REFERENCES course_sessions (organization_id, id, course_id, patient_id, clinic_id),
        FOREIGN KEY (organization_id, consent_id, patient_id) REFERENCES consents (organization_id, id, patient_id)
      )`);
    await q.query(`CREATE INDEX outcome_photos_session_idx ON outcome_photos (organization_id, session_id, taken_at)`);

    // Analytics filters: one organization, a date range of course starts, and optionally
    // clinics, protocols or lead practitioners.
    await q.query(`CREATE INDEX courses_clinic_started_idx ON courses (organization_id, clinic_id, created_at)`);
    await q.query(`CREATE INDEX courses_protocol_started_idx ON courses (organization_id, protocol_id, created_at)`);
    await q.query(`CREATE INDEX courses_practitioner_started_idx ON courses (organization_id, lead_practitioner_id, created_at)`);

    for (const table of TABLES) {
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      const own = `organization_id = ${CURRENT_ORG} AND patient_id = coalesce(${CURRENT_PATIENT}, patient_id)`;
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (${own})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${own})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${own}) WITH CHECK (${own})`);
    }

    await q.query(`ALTER TABLE patient_access_events DROP CONSTRAINT patient_access_events_action_check`);
    await q.query(`ALTER TABLE patient_access_events ADD CONSTRAINT patient_access_events_action_check
      CHECK (action IN (${list([...ACCESS_ACTIONS, ...OUTCOME_ACTIONS])}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE patient_access_events DROP CONSTRAINT patient_access_events_action_check`);
    await q.query(`ALTER TABLE patient_access_events ADD CONSTRAINT patient_access_events_action_check
      CHECK (action IN (${list(ACCESS_ACTIONS)}))`);
    for (const index of ['courses_clinic_started_idx', 'courses_protocol_started_idx', 'courses_practitioner_started_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
    for (const table of ['outcome_photos', 'adverse_events', 'outcome_measurements']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE consents DROP CONSTRAINT consents_patient_key`);
    await q.query(`ALTER TABLE course_sessions DROP CONSTRAINT course_sessions_outcome_key`);
  }
}
