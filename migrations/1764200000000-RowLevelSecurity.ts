import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Isolation in the database itself. The application connects as `clinicgraph_app`
 * (neither owner, superuser nor BYPASSRLS); every tenant table has FORCE ROW LEVEL
 * SECURITY and a policy keyed on the transaction-local setting app.organization_id.
 * Catalog tables also show the shared library (organization_id NULL) but never let the
 * application write it. Anonymous requests set app.public_catalog = 'on' to read the
 * public tables (clinics, their opening hours and offerings) of an organization.
 */
const APP_ROLE = 'clinicgraph_app';

const CURRENT_ORG = `NULLIF(current_setting('app.organization_id', true), '')::uuid`;
const PUBLIC_CATALOG = `current_setting('app.public_catalog', true) = 'on'`;

const TENANT_TABLES = [
  'clinics', 'clinic_opening_hours', 'practitioners', 'practitioner_clinics', 'practitioner_qualifications',
  'offering_settings', 'memberships', 'membership_clinics', 'audit_events',
];
const PUBLIC_TABLES = new Set(['clinics', 'clinic_opening_hours', 'offering_settings']);
const CATALOG_TABLES = ['treatments', 'treatment_pairings', 'protocols', 'protocol_steps'];

export class RowLevelSecurity1764200000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON organizations, platform_admins TO ${APP_ROLE}`);
    await q.query(`GRANT INSERT, UPDATE ON organizations TO ${APP_ROLE}`);
    for (const table of [...TENANT_TABLES, ...CATALOG_TABLES]) {
      // The audit trail is append-only for the application.
      const privileges = table === 'audit_events' ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
      await q.query(`GRANT ${privileges} ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of TENANT_TABLES) {
      const read = PUBLIC_TABLES.has(table) ? `organization_id = ${CURRENT_ORG} OR ${PUBLIC_CATALOG}` : `organization_id = ${CURRENT_ORG}`;
      await q.query(`CREATE POLICY tenant_read ON ${table} FOR SELECT USING (${read})`);
      await q.query(`CREATE POLICY tenant_write ON ${table} FOR ALL USING (organization_id = ${CURRENT_ORG}) WITH CHECK (organization_id = ${CURRENT_ORG})`);
    }
    // A person's own memberships are readable before their organization is known.
    await q.query(`CREATE POLICY own_memberships ON memberships FOR SELECT
      USING (revoked_at IS NULL AND subject = NULLIF(current_setting('app.subject', true), ''))`);
    await q.query(`CREATE POLICY own_membership_clinics ON membership_clinics FOR SELECT
      USING (EXISTS (SELECT 1 FROM memberships m WHERE m.id = membership_id AND m.revoked_at IS NULL
        AND m.subject = NULLIF(current_setting('app.subject', true), '')))`);
    for (const table of CATALOG_TABLES) {
      await q.query(`CREATE POLICY catalog_read ON ${table} FOR SELECT USING (organization_id IS NULL OR organization_id = ${CURRENT_ORG})`);
      await q.query(`CREATE POLICY catalog_write ON ${table} FOR ALL USING (organization_id = ${CURRENT_ORG}) WITH CHECK (organization_id = ${CURRENT_ORG})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, ...CATALOG_TABLES]) {
      await q.query(`DROP POLICY IF EXISTS tenant_read ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS tenant_write ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS catalog_read ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS catalog_write ON ${table}`);
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await q.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
    }
    await q.query(`DROP POLICY IF EXISTS own_memberships ON memberships`);
    await q.query(`DROP POLICY IF EXISTS own_membership_clinics ON membership_clinics`);
    await q.query(`REVOKE ALL ON organizations, platform_admins FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
  }
}
