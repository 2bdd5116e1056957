/**
 * Isolation in the database: the application role sees nothing of a tenant table
 * without an organization, and every tenant table has RLS, FORCE and a policy.
 */
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app.close());

/** Tables of the public schema with an organization_id column (tenant and catalog tables). */
async function tablesWithOrganization(): Promise<Array<{ table: string; nullable: boolean }>> {
  const rows = await app.sql.query(
    `SELECT table_name AS table, is_nullable = 'YES' AS nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`);
  return rows;
}

test('the application role is neither owner, superuser nor BYPASSRLS', async () => {
  const [role] = await app.appSql.query(
    `SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
  expect(role).toEqual({ name: 'clinicgraph_app', rolsuper: false, rolbypassrls: false });
  const owned = await app.appSql.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
  expect(owned).toEqual([]);
});

test('no tenant table lacks ROW LEVEL SECURITY, FORCE or a policy', async () => {
  const offenders = await app.sql.query(`
    SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
           (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r'
       AND EXISTS (SELECT 1 FROM information_schema.columns col
                    WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'organization_id')
       AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname))`);
  expect(offenders).toEqual([]);
  expect((await tablesWithOrganization()).length).toBeGreaterThanOrEqual(13);
});

test('with no organization set, the application role reads 0 rows of every tenant table', async () => {
  const tables = await tablesWithOrganization();
  const tenantTables = tables.filter((t) => !t.nullable).map((t) => t.table);
  expect(tenantTables).toEqual(expect.arrayContaining(['clinics', 'practitioners', 'offering_settings', 'memberships', 'audit_events']));
  // The owner sees the demo organization's rows, so the zeros below are RLS at work.
  const [{ count: ownerCount }] = await app.sql.query('SELECT count(*)::int AS count FROM clinics');
  expect(ownerCount).toBeGreaterThan(0);
  for (const table of tenantTables) {
    const [{ count }] = await app.appSql.query(`SELECT count(*)::int AS count FROM ${table}`);
    expect({ table, count }).toEqual({ table, count: 0 });
  }
  // Catalog tables show only the shared library (organization_id NULL).
  for (const table of tables.filter((t) => t.nullable).map((t) => t.table)) {
    const [{ count }] = await app.appSql.query(`SELECT count(*)::int AS count FROM ${table} WHERE organization_id IS NOT NULL`);
    expect({ table, count }).toEqual({ table, count: 0 });
  }
});

test('the application role cannot write another organization\'s rows nor the shared library, even with SQL', async () => {
  const [clinic] = await app.sql.query(`SELECT id FROM clinics LIMIT 1`);
  const runner = app.appSql.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.organization_id', gen_random_uuid()::text, true)`);
    await runner.query(`UPDATE clinics SET name = 'hijacked' WHERE id = $1`, [clinic.id]);
    await runner.query(`UPDATE treatments SET name = 'hijacked' WHERE slug = 'microneedling'`);
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
  const [{ name: clinicName }] = await app.sql.query(`SELECT name FROM clinics WHERE id = $1`, [clinic.id]);
  expect(clinicName).not.toBe('hijacked');
  const [{ name }] = await app.sql.query(`SELECT name FROM treatments WHERE slug = 'microneedling' AND organization_id IS NULL`);
  expect(name).toBe('Microneedling');
});

test('the audit trail is append-only for the application role', async () => {
  await expect(app.appSql.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/permission denied/);
  await expect(app.appSql.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
});
