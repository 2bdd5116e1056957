import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Isolation in the database itself. The application connects as `clinicgraph_app`
 * (neither owner, superuser nor BYPASSRLS); every tenant table, and organizations, has
 * FORCE ROW LEVEL SECURITY and policies keyed on the transaction-local setting
 * app.organization_id. Catalog tables also show the shared library (organization_id
 * NULL) but never let the application write it. Anonymous requests set
 * app.public_catalog = 'on' to read the public tables (clinics, their opening hours and
 * offerings) of an organization.
 *
 * Policies that keep their indexes: one policy per command (a FOR ALL policy would also
 * apply to SELECT and be OR'ed into every read), and settings read through a scalar
 * subquery, which the planner evaluates once per statement (an InitPlan) instead of
 * calling current_setting for every row; each policy's column has an index leading with
 * it (organization_id on every tenant table, organizations' primary key).
 */
const APP_ROLE = 'clinicgraph_app';

const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_SUBJECT = `(SELECT NULLIF(current_setting('app.subject', true), ''))`;
const PUBLIC_CATALOG = `(SELECT current_setting('app.public_catalog', true) = 'on')`;

const TENANT_TABLES = [
  'clinics',
  'clinic_opening_hours',
  'practitioners',
  'practitioner_clinics',
  'practitioner_qualifications',
  'offering_settings',
  'memberships',
  'membership_clinics',
  'audit_events',
];
const PUBLIC_TABLES = new Set(['clinics', 'clinic_opening_hours', 'offering_settings']);
const CATALOG_TABLES = ['treatments', 'treatment_pairings', 'protocols', 'protocol_steps'];
/** The audit trail is append-only for the application. */
const APPEND_ONLY = new Set(['audit_events']);

/** Policies per command, each named <table>_<command>; `own` is the condition on rows the organization may write. */
async function writePolicies(q: QueryRunner, table: string, own: string, commands: string[]): Promise<void> {
  for (const command of commands) {
    const clauses =
      command === 'insert' ? `WITH CHECK (${own})` : command === 'update' ? `USING (${own}) WITH CHECK (${own})` : `USING (${own})`;
    await q.query(`CREATE POLICY ${table}_${command} ON ${table} FOR ${command.toUpperCase()} ${clauses}`);
  }
}

export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON platform_admins TO ${APP_ROLE}`);

    // Organizations: the directory is public (anonymous clients look one up by slug, the
    // platform lists them all), but a row is created and changed only as that
    // organization: a platform admin's request sets app.organization_id to the
    // organization it creates or changes, an ORG_ADMIN's is set to their own.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON organizations TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE organizations ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE organizations FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY organizations_select ON organizations FOR SELECT USING (true)`);
    await writePolicies(q, 'organizations', `id = ${CURRENT_ORG}`, ['insert', 'update']);

    for (const table of [...TENANT_TABLES, ...CATALOG_TABLES]) {
      const privileges = APPEND_ONLY.has(table) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await q.query(`GRANT ${privileges} ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    const own = `organization_id = ${CURRENT_ORG}`;
    for (const table of TENANT_TABLES) {
      const read = PUBLIC_TABLES.has(table) ? `${own} OR ${PUBLIC_CATALOG}` : own;
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (${read})`);
      await writePolicies(q, table, own, APPEND_ONLY.has(table) ? ['insert'] : ['insert', 'update', 'delete']);
    }
    // A person's own memberships are readable before their organization is known.
    await q.query(`CREATE POLICY memberships_select_own ON memberships FOR SELECT
      USING (revoked_at IS NULL AND subject = ${CURRENT_SUBJECT})`);
    await q.query(`CREATE POLICY membership_clinics_select_own ON membership_clinics FOR SELECT
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.id = membership_id AND m.organization_id = membership_clinics.organization_id
        AND m.revoked_at IS NULL AND m.subject = ${CURRENT_SUBJECT}))`);
    for (const table of CATALOG_TABLES) {
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (organization_id IS NULL OR ${own})`);
      await writePolicies(q, table, own, ['insert', 'update', 'delete']);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const policies = (await q.query(`SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'`)) as Array<{
      policyname: string;
      tablename: string;
    }>;
    for (const { policyname, tablename } of policies) await q.query(`DROP POLICY ${policyname} ON ${tablename}`);
    for (const table of ['organizations', ...TENANT_TABLES, ...CATALOG_TABLES]) {
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
    }
    await q.query(`REVOKE ALL ON platform_admins FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
