import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Patients and their health data: patients of an organization, dated screening
 * questionnaires, consents (per treatment, or for photos) and the health-data access
 * trail (patient_access_events).
 *
 * Keys follow CatalogFoundation1764000000000: primary keys (id, organization_id),
 * composite foreign keys carrying organization_id, and a consent's treatment as a
 * catalog reference with its owner column (the library or the patient's organization).
 *
 * Patients are a third scoping dimension: a PATIENT's request sets app.patient_id, and
 * the read and write policies of these tables then also require the row's patient to
 * be that one. The setting is read through a scalar subquery (an InitPlan, once per
 * statement) like app.organization_id; the added condition is an AND, so every policy
 * keeps its organization_id index.
 *
 * The access trail is append-only for the application (SELECT, INSERT), and its actor
 * and time are stamped by the database as audit_events' are. It holds field names,
 * never values: the column for them is a text[] of names checked against a pattern.
 */
const APP_ROLE = 'clinicgraph_app';
const LIBRARY = `'00000000-0000-0000-0000-000000000000'::uuid`;
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_PATIENT = `(SELECT NULLIF(current_setting('app.patient_id', true), '')::uuid)`;

/** The patient column of each table; `patients` is keyed by its own id. */
const PATIENT_TABLES: Record<string, string> = {
  patients: 'id',
  screenings: 'patient_id',
  consents: 'patient_id',
  patient_access_events: 'patient_id',
};
const APPEND_ONLY = new Set(['patient_access_events']);

export class Patients1765000000000 implements MigrationInterface {
  name = 'Patients1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram indexes serve the patients search (a substring of a name, e-mail or phone).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // The renewal age: 90 days (180 was a placeholder). Organizations that kept the
    // old default get the new one; those that chose their own keep it.
    await q.query(`ALTER TABLE organizations ALTER COLUMN screening_valid_days SET DEFAULT 90`);
    await q.query(`UPDATE organizations SET screening_valid_days = 90 WHERE screening_valid_days = 180`);

    await q.query(`
      CREATE TABLE patients (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
        date_of_birth date NOT NULL,
        email text CHECK (length(email) <= 254),
        phone text CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$'),
        skin_type text CHECK (skin_type IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
        preferred_clinic_id uuid,
        search_text text GENERATED ALWAYS AS (
          lower(given_name || ' ' || family_name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, preferred_clinic_id) REFERENCES clinics (organization_id, id)
      )`);
    // The list's order (family name, given name, id) within the organization.
    await q.query(`CREATE INDEX patients_organization_name_idx ON patients (organization_id, (family_name || ' ' || given_name), id)`);
    await q.query(`CREATE INDEX patients_search_idx ON patients USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE screenings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        screened_on date NOT NULL,
        answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id)
      )`);
    await q.query(`CREATE INDEX screenings_organization_idx ON screenings (organization_id)`);
    await q.query(`CREATE INDEX screenings_patient_idx ON screenings (patient_id, screened_on DESC, id DESC)`);

    await q.query(`
      CREATE TABLE consents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TREATMENT', 'PHOTOS')),
        treatment_owner_id uuid,
        treatment_id uuid,
        content_version text NOT NULL CHECK (length(content_version) BETWEEN 1 AND 50),
        signed_at timestamptz NOT NULL,
        withdrawn_at timestamptz CHECK (withdrawn_at IS NULL OR withdrawn_at >= signed_at),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id),
        CHECK ((kind = 'TREATMENT') = (treatment_id IS NOT NULL) AND (treatment_id IS NULL) = (treatment_owner_id IS NULL)),
        CONSTRAINT consents_treatment_owner_check CHECK (treatment_owner_id IN (${LIBRARY}, organization_id)),
        CONSTRAINT consents_treatment_fkey FOREIGN KEY (treatment_owner_id, treatment_id) REFERENCES treatments (owner_id, id)
      )`);
    await q.query(`CREATE INDEX consents_organization_idx ON consents (organization_id)`);
    await q.query(`CREATE INDEX consents_patient_idx ON consents (patient_id, signed_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE patient_access_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        actor_subject text NOT NULL,
        actor_role text NOT NULL CHECK (actor_role IN ('ORG_ADMIN', 'CLINIC_MANAGER', 'PRACTITIONER', 'FRONT_DESK', 'ANALYST', 'PATIENT')),
        action text NOT NULL CHECK (action IN ('READ', 'REGISTER', 'UPDATE', 'SCREENING_RECORD', 'CONSENT_RECORD', 'CONSENT_WITHDRAW')),
        -- Names of fields (e.g. "screenings", "screening.answers"), never their values.
        fields text[] NOT NULL CHECK (cardinality(fields) BETWEEN 1 AND 50
          AND array_to_string(fields, ',') ~ '^[A-Za-z][A-Za-z.]{0,60}(,[A-Za-z][A-Za-z.]{0,60})*$'),
        request_id text NOT NULL CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$'),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id)
      )`);
    await q.query(`CREATE INDEX patient_access_events_organization_idx ON patient_access_events (organization_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX patient_access_events_patient_idx ON patient_access_events (patient_id, occurred_at DESC)`);
    // As audit_events: the time is the transaction's and the actor the request's subject,
    // whatever the insert says; without a subject the row is refused (NOT NULL).
    await q.query(`
      CREATE FUNCTION patient_access_events_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.occurred_at := now();
        NEW.actor_subject := NULLIF(current_setting('app.subject', true), '');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER patient_access_events_stamp BEFORE INSERT ON patient_access_events
      FOR EACH ROW EXECUTE FUNCTION patient_access_events_stamp()`);

    // A PATIENT membership names a patient of its own organization.
    await q.query(`ALTER TABLE memberships ADD CONSTRAINT memberships_patient_fkey
      FOREIGN KEY (organization_id, patient_id) REFERENCES patients (organization_id, id)`);

    for (const [table, patientColumn] of Object.entries(PATIENT_TABLES)) {
      const appendOnly = APPEND_ONLY.has(table);
      await q.query(`GRANT ${appendOnly ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE'} ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      // Staff requests leave app.patient_id empty (NULL): the organization alone applies.
      const own = `organization_id = ${CURRENT_ORG} AND ${patientColumn} = coalesce(${CURRENT_PATIENT}, ${patientColumn})`;
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (${own})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${own})`);
      if (!appendOnly) {
        await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${own}) WITH CHECK (${own})`);
        await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${own})`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE memberships DROP CONSTRAINT memberships_patient_fkey`);
    for (const table of ['patient_access_events', 'consents', 'screenings', 'patients']) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION patient_access_events_stamp()`);
    await q.query(`ALTER TABLE organizations ALTER COLUMN screening_valid_days SET DEFAULT 180`);
  }
}
