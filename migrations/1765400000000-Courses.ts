import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses, their sessions and eligibility clearances.
 *
 * - `courses`: a patient's plan of a protocol at a clinic with a lead practitioner.
 * - `course_sessions`: one visit each. The patient and clinic are copied from the course
 *   (a composite foreign key to the course's (organization_id, id, patient_id, clinic_id)
 *   keeps them true), so that the exclusion constraints can read them: no practitioner
 *   and no patient has two overlapping sessions that are not cancelled
 *   (`tstzrange(starts_at, ends_at, '[)')`: back-to-back sessions touch, they do not overlap).
 *   The database enforces it whatever the application checked before.
 * - `eligibility_clearances`: a practitioner's recorded clearance of one RELATIVE reason
 *   for one treatment, tied to the screening it was judged on (new answers need a new
 *   clearance).
 *
 * Keys and policies follow Patients1765000000000: (id, organization_id) keys, composite
 * foreign keys, catalog references with an owner column, one policy per command with
 * the organization and (for PATIENT requests) the patient read once per statement.
 *
 * Busy time: `practitioner_busy_intervals` gains the sessions, through a function that
 * returns only organization, practitioner and period. The view is security_invoker, so
 * for a PATIENT request row-level security would hide other patients' sessions and
 * availability would offer their booked times. The function clears app.patient_id for
 * its own execution (a function-level SET): it sees the organization's sessions (still
 * bounded by app.organization_id) and reveals nothing of them but the busy periods.
 */
const APP_ROLE = 'clinicgraph_app';
const LIBRARY = `'00000000-0000-0000-0000-000000000000'::uuid`;
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_PATIENT = `(SELECT NULLIF(current_setting('app.patient_id', true), '')::uuid)`;
const TABLES = ['courses', 'course_sessions', 'eligibility_clearances'];
const ACCESS_ACTIONS = ['READ', 'REGISTER', 'UPDATE', 'SCREENING_RECORD', 'CONSENT_RECORD', 'CONSENT_WITHDRAW'];
const COURSE_ACTIONS = ['CLEARANCE_RECORD', 'COURSE_START', 'SESSION_RECORD'];

export class Courses1765400000000 implements MigrationInterface {
  name = 'Courses1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE courses (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        protocol_owner_id uuid NOT NULL,
        protocol_id uuid NOT NULL,
        lead_practitioner_id uuid NOT NULL,
        target_concerns text[] NOT NULL DEFAULT '{}',
        planned_sessions integer NOT NULL CHECK (planned_sessions BETWEEN 1 AND 50),
        override_reason text CHECK (length(override_reason) BETWEEN 1 AND 2000),
        override_practitioner_id uuid,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        CONSTRAINT courses_session_key UNIQUE (organization_id, id, patient_id, clinic_id),
        CHECK ((override_reason IS NULL) = (override_practitioner_id IS NULL)),
        FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id),
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id),
        FOREIGN KEY (organization_id, lead_practitioner_id) REFERENCES practitioners (organization_id, id),
        FOREIGN KEY (organization_id, override_practitioner_id) REFERENCES practitioners (organization_id, id),
        CONSTRAINT courses_protocol_owner_check CHECK (protocol_owner_id IN (${LIBRARY}, organization_id)),
        CONSTRAINT courses_protocol_fkey FOREIGN KEY (protocol_owner_id, protocol_id) REFERENCES protocols (owner_id, id)
      )`);
    await q.query(`CREATE INDEX courses_organization_idx ON courses (organization_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX courses_patient_idx ON courses (organization_id, patient_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE course_sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
        cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 2000),
        checked_in_at timestamptz,
        completed_at timestamptz,
        record jsonb,
        aftercare jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT course_sessions_order_check CHECK (ends_at > starts_at),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, course_id, patient_id, clinic_id) REFERENCES courses (organization_id, id, patient_id, clinic_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id),
        CONSTRAINT course_sessions_practitioner_no_overlap EXCLUDE USING gist (
          organization_id WITH =, practitioner_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED'),
        CONSTRAINT course_sessions_patient_no_overlap EXCLUDE USING gist (
          organization_id WITH =, patient_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED')
      )`);
    await q.query(`CREATE INDEX course_sessions_course_idx ON course_sessions (organization_id, course_id, starts_at)`);

    await q.query(`
      CREATE TABLE eligibility_clearances (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        screening_id uuid NOT NULL,
        treatment_owner_id uuid NOT NULL,
        treatment_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Z_]{1,60}$'),
        note text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
        practitioner_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id),
        FOREIGN KEY (organization_id, screening_id) REFERENCES screenings (organization_id, id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id),
        CONSTRAINT eligibility_clearances_treatment_owner_check CHECK (treatment_owner_id IN (${LIBRARY}, organization_id)),
        CONSTRAINT eligibility_clearances_treatment_fkey FOREIGN KEY (treatment_owner_id, treatment_id) REFERENCES treatments (owner_id, id)
      )`);
    await q.query(`CREATE INDEX eligibility_clearances_patient_idx ON eligibility_clearances (organization_id, patient_id, screening_id)`);

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
      CHECK (action IN (${[...ACCESS_ACTIONS, ...COURSE_ACTIONS].map((a) => `'${a}'`).join(', ')}))`);

    // Not inlined (a function with SET never is): the SET applies while it runs only.
    await q.query(`
      CREATE FUNCTION course_session_busy_periods() RETURNS TABLE (organization_id uuid, practitioner_id uuid, period tstzrange)
        LANGUAGE sql STABLE SET app.patient_id = '' AS $$
        SELECT s.organization_id, s.practitioner_id, tstzrange(s.starts_at, s.ends_at, '[)')
          FROM course_sessions s WHERE s.status <> 'CANCELLED'
      $$`);
    // Whether a practitioner or a patient already has a session overlapping a period (other
    // than one being moved): a booking's pre-check, the same for a PATIENT as for staff,
    // answering yes or no only.
    await q.query(`
      CREATE FUNCTION course_session_taken(p_practitioner uuid, p_patient uuid, p_period tstzrange, p_except uuid) RETURNS boolean
        LANGUAGE sql STABLE SET app.patient_id = '' AS $$
        SELECT EXISTS (
          SELECT 1 FROM course_sessions s
           WHERE s.status <> 'CANCELLED' AND s.id IS DISTINCT FROM p_except
             AND (s.practitioner_id = p_practitioner OR s.patient_id = p_patient)
             AND tstzrange(s.starts_at, s.ends_at, '[)') && p_period)
      $$`);
    for (const fn of ['course_session_busy_periods()', 'course_session_taken(uuid, uuid, tstzrange, uuid)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
    await q.query(`
      CREATE OR REPLACE VIEW practitioner_busy_intervals WITH (security_invoker = true) AS
        SELECT l.organization_id, l.practitioner_id, tstzrange(l.starts_at, l.ends_at) AS period
          FROM practitioner_leave l
        UNION ALL
        SELECT b.organization_id, b.practitioner_id, b.period FROM course_session_busy_periods() b
      `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW practitioner_busy_intervals WITH (security_invoker = true) AS
        SELECT l.organization_id, l.practitioner_id, tstzrange(l.starts_at, l.ends_at) AS period FROM practitioner_leave l`);
    await q.query(`DROP FUNCTION course_session_busy_periods()`);
    await q.query(`DROP FUNCTION course_session_taken(uuid, uuid, tstzrange, uuid)`);
    await q.query(`ALTER TABLE patient_access_events DROP CONSTRAINT patient_access_events_action_check`);
    await q.query(`ALTER TABLE patient_access_events ADD CONSTRAINT patient_access_events_action_check
      CHECK (action IN (${ACCESS_ACTIONS.map((a) => `'${a}'`).join(', ')}))`);
    for (const table of ['eligibility_clearances', 'course_sessions', 'courses']) await q.query(`DROP TABLE ${table}`);
  }
}
