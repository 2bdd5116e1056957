/**
 * Isolation in the database: the application role sees nothing of a tenant table
 * without an organization, every tenant table has RLS, FORCE and a policy, organizations
 * are written only as themselves, audit rows are stamped by the database, and policies
 * read their settings once per statement.
 */
import { moduleCatalog } from '../../src/modules';
import { createOrganization } from '../support/factories';
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Tables of the public schema with an organization_id column (tenant and catalog tables). */
async function tablesWithOrganization(): Promise<Array<{ table: string; nullable: boolean }>> {
  const rows = await app.sql.query(
    `SELECT table_name AS table, is_nullable = 'YES' AS nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
  );
  return rows;
}

test('the application role is neither owner, superuser nor BYPASSRLS', async () => {
  const [role] = await app.appSql.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
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

test("the application role cannot write another organization's rows nor the shared library, even with SQL", async () => {
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

/** Runs one statement; rows are typed by the caller, with unknown columns by default. */
type Run = <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;

/** Runs `fn` as the application role in one transaction with the given settings; commits when it succeeds. */
async function asApplication<T>(settings: Record<string, string>, fn: (run: Run) => Promise<T>): Promise<T> {
  const runner = app.appSql.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    for (const [name, value] of Object.entries(settings)) await runner.query(`SELECT set_config($1, $2, true)`, [name, value]);
    const result = await fn(async (sql, params) => (await runner.query(sql, params, true)).records);
    await runner.commitTransaction();
    return result;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

test('the application role creates and changes an organization only as that organization', async () => {
  const [lumiere] = await app.sql.query(`SELECT id, name FROM organizations WHERE slug = 'lumiere-skin'`);
  const [glow] = await app.sql.query(`SELECT id, name FROM organizations WHERE slug = 'glow-london'`);
  // The directory stays readable to every request.
  const [{ count }] = await asApplication({}, (run) => run(`SELECT count(*)::int AS count FROM organizations`));
  expect(count).toBeGreaterThanOrEqual(2);

  const changed = await asApplication({ 'app.organization_id': glow.id }, (run) =>
    run(`UPDATE organizations SET name = 'hijacked' WHERE id = ANY($1::uuid[]) RETURNING slug`, [[lumiere.id, glow.id]]),
  );
  expect(changed.map((r) => r.slug)).toEqual(['glow-london']);
  const [after] = await app.sql.query(`SELECT name FROM organizations WHERE id = $1`, [lumiere.id]);
  expect(after.name).toBe(lumiere.name);
  await app.sql.query(`UPDATE organizations SET name = $2 WHERE id = $1`, [glow.id, glow.name]);

  // Nor can a row be moved to, or created as, another organization.
  await expect(
    asApplication({ 'app.organization_id': glow.id }, (run) =>
      run(`UPDATE organizations SET id = gen_random_uuid() WHERE id = $1`, [glow.id]),
    ),
  ).rejects.toMatchObject({ code: '42501' });
  await expect(
    asApplication({ 'app.organization_id': glow.id }, (run) =>
      run(`INSERT INTO organizations (slug, name, currency, default_time_zone) VALUES ('forged-org', 'Forged', 'EUR', 'Europe/Berlin')`),
    ),
  ).rejects.toMatchObject({ code: '42501' });
  const [{ forged }] = await app.sql.query(`SELECT count(*)::int AS forged FROM organizations WHERE slug = 'forged-org'`);
  expect(forged).toBe(0);
});

test("an audit row's time and actor are the database's, whatever the insert says", async () => {
  const [lumiere] = await app.sql.query(`SELECT id FROM organizations WHERE slug = 'lumiere-skin'`);
  const settings = { 'app.organization_id': lumiere.id, 'app.subject': 'dev|lumiere-skin|someone' };
  const [stored] = await asApplication(settings, (run) =>
    run(
      `INSERT INTO audit_events (organization_id, actor_subject, action, target_type, occurred_at)
     VALUES ($1, 'dev|lumiere-skin|somebody-else', 'clinic.update', 'Clinic', '2001-01-01T00:00:00Z')
     RETURNING id, now() AS transaction_time`,
      [lumiere.id],
    ),
  );
  const [row] = await app.sql.query(`SELECT actor_subject, occurred_at FROM audit_events WHERE id = $1`, [stored.id]);
  expect(row.actor_subject).toBe('dev|lumiere-skin|someone');
  expect(row.occurred_at).toEqual(stored.transaction_time);

  // Without a subject there is no actor, and no row.
  await expect(
    asApplication({ 'app.organization_id': lumiere.id }, (run) =>
      run(
        `INSERT INTO audit_events (organization_id, actor_subject, action, target_type) VALUES ($1, 'anyone', 'clinic.update', 'Clinic')`,
        [lumiere.id],
      ),
    ),
  ).rejects.toMatchObject({ code: '23502', column: 'actor_subject' });
});

test('policies keep their indexes: one per command, settings read once per statement', async () => {
  const forAll = await app.sql.query(`SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' AND cmd = 'ALL'`);
  expect(forAll).toEqual([]);
  // A setting read in a scalar subquery is an InitPlan, which a plain EXPLAIN does not spell
  // out; a setting read per row shows up in the scan's filter.
  const tables: Array<{ table: string; column: string; update: boolean; delete: boolean }> = await app.sql.query(`
    SELECT c.relname AS table, (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum = 1) AS column,
           has_table_privilege('clinicgraph_app', c.oid, 'UPDATE') AS update,
           has_table_privilege('clinicgraph_app', c.oid, 'DELETE') AS delete
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relrowsecurity`);
  expect(tables.length).toBeGreaterThanOrEqual(14);
  const perRow: string[] = [];
  await asApplication({}, async (run) => {
    for (const t of tables) {
      const statements = [
        `SELECT * FROM ${t.table}`,
        ...(t.update ? [`UPDATE ${t.table} SET ${t.column} = ${t.column}`] : []),
        ...(t.delete ? [`DELETE FROM ${t.table}`] : []),
      ];
      for (const statement of statements) {
        const plan = (await run(`EXPLAIN ${statement}`)).map((r) => r['QUERY PLAN']).join('\n');
        if (plan.includes('current_setting')) perRow.push(`${statement}:\n${plan}`);
      }
    }
  });
  expect(perRow).toEqual([]);
});

test("a staff read of a patient table is planned for the organization's rows, a PATIENT's read returns their own", async () => {
  // given an organization of 2,000 patients, analyzed
  const org = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  const patients: Array<{ id: string }> = await app.sql.query(
    `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth)
     SELECT $1, 'Estimate', 'Patient ' || n, DATE '1990-01-01' FROM generate_series(1, 2000) AS n RETURNING id`,
    [org.id],
  );
  await app.sql.query('ANALYZE patients');
  const estimate = (run: Run) =>
    run(`EXPLAIN (FORMAT JSON) SELECT id FROM patients`).then(
      (rows) => (rows[0]['QUERY PLAN'] as Array<{ Plan: { 'Plan Rows': number } }>)[0].Plan['Plan Rows'],
    );
  // when
  const staff = await asApplication({ 'app.organization_id': org.id }, async (run) => ({
    estimated: await estimate(run),
    rows: (await run('SELECT id FROM patients')).length,
  }));
  const patient = await asApplication({ 'app.organization_id': org.id, 'app.patient_id': patients[0].id }, (run) =>
    run('SELECT id FROM patients'),
  );
  // then: staff see all 2,000, planned as hundreds at least (a patient condition read as
  // "one patient's rows" was planned as 1, and every join above it with it)
  expect(staff.rows).toBe(2000);
  expect(staff.estimated).toBeGreaterThanOrEqual(500);
  expect(patient).toEqual([{ id: patients[0].id }]);
});

test('the module registry declares exactly the tenant tables the migrations create', async () => {
  // Given the areas' declarations, which the tenant scope reads
  const declared = [...moduleCatalog().tenantTables.keys()].sort();
  // Then every table with a required organization_id is declared by an area, and nothing else is
  const tenantTables = (await tablesWithOrganization())
    .filter((t) => !t.nullable)
    .map((t) => t.table)
    .sort();
  expect(declared).toEqual(tenantTables);
});
