import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practitioners' calendars: weekly working hours per clinic (local times in the clinic's
 * zone, like its opening hours) and leave (instants). Availability is computed from
 * them in SQL (src/modules/availability/availability.sql.ts).
 *
 * Working hours reference practitioner_clinics, so hours exist only where the
 * practitioner works (and go when they stop working there); an exclusion constraint
 * refuses overlapping intervals of one practitioner at one clinic on one day.
 *
 * `practitioner_busy_intervals` is the one place busy time comes from: today leave only.
 * The courses area adds its sessions there (one UNION ALL branch), and availability
 * follows. It is a security_invoker view, so the row-level security of the tables it
 * reads applies to the application role as if it read them itself.
 */
const APP_ROLE = 'clinicgraph_app';
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const TABLES = ['practitioner_working_hours', 'practitioner_leave'];

export class PractitionerAvailability1765200000000 implements MigrationInterface {
  name = 'PractitionerAvailability1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practitioner_working_hours (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
        starts time NOT NULL,
        ends time NOT NULL,
        CONSTRAINT practitioner_working_hours_order_check CHECK (ends > starts),
        PRIMARY KEY (id, organization_id),
        CONSTRAINT practitioner_working_hours_membership_fkey FOREIGN KEY (organization_id, practitioner_id, clinic_id)
          REFERENCES practitioner_clinics (organization_id, practitioner_id, clinic_id) ON DELETE CASCADE,
        -- Times of day as ranges on a fixed date: no two intervals of one practitioner,
        -- clinic and day overlap (touching is fine: 09:00-12:00 and 12:00-17:00).
        CONSTRAINT practitioner_working_hours_no_overlap EXCLUDE USING gist (
          organization_id WITH =, practitioner_id WITH =, clinic_id WITH =, day_of_week WITH =,
          tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&)
      )`);
    await q.query(
      `CREATE INDEX practitioner_working_hours_clinic_idx ON practitioner_working_hours (organization_id, clinic_id, day_of_week)`,
    );

    await q.query(`
      CREATE TABLE practitioner_leave (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text CHECK (length(reason) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT practitioner_leave_order_check CHECK (ends_at > starts_at),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX practitioner_leave_practitioner_idx ON practitioner_leave (organization_id, practitioner_id, starts_at)`);
    // Serves "does anything busy overlap this slot" in the availability statement.
    await q.query(
      `CREATE INDEX practitioner_leave_period_idx ON practitioner_leave USING gist (practitioner_id, tstzrange(starts_at, ends_at))`,
    );

    const own = `organization_id = ${CURRENT_ORG}`;
    for (const table of TABLES) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (${own})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${own})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${own}) WITH CHECK (${own})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${own})`);
    }

    await q.query(`
      CREATE VIEW practitioner_busy_intervals WITH (security_invoker = true) AS
        SELECT l.organization_id, l.practitioner_id, tstzrange(l.starts_at, l.ends_at) AS period
          FROM practitioner_leave l
        -- Sessions of courses join here, e.g.:
        -- UNION ALL SELECT s.organization_id, s.practitioner_id, tstzrange(s.starts_at, s.ends_at) FROM course_sessions s WHERE s.status <> 'CANCELLED'
      `);
    await q.query(`GRANT SELECT ON practitioner_busy_intervals TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW practitioner_busy_intervals`);
    await q.query(`DROP TABLE practitioner_leave`);
    await q.query(`DROP TABLE practitioner_working_hours`);
  }
}
