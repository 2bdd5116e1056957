/**
 * Tenant-safe keys, read from PostgreSQL's catalog so that every future table is checked
 * too: a tenant table is any table with an organization_id column. Its keys include the
 * organization (the keys Citus distributes by), its foreign keys to other tenant tables
 * carry it, and references into the catalog reach the shared library or the row's own
 * organization only: the database refuses the rest even when the application role
 * writes it with SQL.
 */
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/harness';
import { createOrganization } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const LIBRARY = '00000000-0000-0000-0000-000000000000';

/**
 * Per tenant table, the columns that carry the organization: organization_id and columns
 * generated from it (a catalog table's owner_id, the organization or the library).
 */
async function organizationColumns(sql: DataSource): Promise<Map<string, Set<string>>> {
  const rows: Array<{ table: string; column: string }> = await sql.query(`
    SELECT c.relname AS table, a.attname AS column
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       AND (a.attname = 'organization_id' OR (a.attgenerated = 's' AND pg_get_expr(d.adbin, d.adrelid) ~ '\\morganization_id\\M'))`);
  const columns = new Map<string, Set<string>>();
  for (const { table, column } of rows) columns.set(table, (columns.get(table) ?? new Set()).add(column));
  return columns;
}

/** The columns of a constraint or index, in order (`keys` names the int2 array in `source`). */
const columnsOf = (keys: string, relation: string) =>
  `ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY AS k(num, pos)
           JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.num ORDER BY k.pos)`;

test('every primary key and unique constraint or index of a tenant table includes the organization', async () => {
  const tenant = await organizationColumns(app.sql);
  expect([...tenant.keys()]).toEqual(
    expect.arrayContaining(['clinics', 'practitioner_clinics', 'treatments', 'protocol_steps', 'audit_events']),
  );
  const keys: Array<{ table: string; key: string; columns: string[] }> = await app.sql.query(`
    SELECT c.relname AS table, i.indexrelid::regclass::text AS key, ${columnsOf('i.indkey::int2[]', 'i.indrelid')} AS columns
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND i.indisunique`);
  const tenantKeys = keys.filter((k) => tenant.has(k.table));
  expect(tenantKeys.length).toBeGreaterThanOrEqual(13);
  const offenders = tenantKeys.filter((k) => !k.columns.some((column) => tenant.get(k.table)!.has(column)));
  expect(offenders).toEqual([]);
});

test('every foreign key between tenant tables carries the organization, or reaches the library or the own organization only', async () => {
  const tenant = await organizationColumns(app.sql);
  const foreignKeys: Array<{ name: string; table: string; referenced: string; columns: string[]; referencedColumns: string[] }> = await app
    .sql.query(`
    SELECT con.conname AS name, src.relname AS table, dst.relname AS referenced,
           ${columnsOf('con.conkey', 'con.conrelid')} AS columns, ${columnsOf('con.confkey', 'con.confrelid')} AS "referencedColumns"
      FROM pg_constraint con
      JOIN pg_class src ON src.oid = con.conrelid
      JOIN pg_class dst ON dst.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE con.contype = 'f' AND n.nspname = 'public'`);
  // CHECK (<column> IN (library, <organization column>)), as PostgreSQL prints it: a reference to the library or the row's own organization.
  const checks: Array<{ table: string; definition: string }> = await app.sql.query(`
    SELECT src.relname AS table, pg_get_constraintdef(con.oid) AS definition
      FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_namespace n ON n.oid = src.relnamespace
     WHERE con.contype = 'c' AND n.nspname = 'public'`);
  const libraryOrOwn = (table: string, column: string) =>
    [...tenant.get(table)!].some((own) =>
      checks.some((c) => c.table === table && c.definition === `CHECK (((${column} = '${LIBRARY}'::uuid) OR (${column} = ${own})))`),
    );

  const betweenTenants = foreignKeys.filter((fk) => tenant.has(fk.referenced));
  expect(betweenTenants.length).toBeGreaterThanOrEqual(14);
  // A table that references tenant rows holds tenant data: it is a tenant table itself.
  expect(betweenTenants.filter((fk) => !tenant.has(fk.table)).map((fk) => fk.name)).toEqual([]);
  const offenders = betweenTenants.filter(
    (fk) =>
      !fk.columns.some(
        (column, i) =>
          tenant.get(fk.referenced)!.has(fk.referencedColumns[i]) && (tenant.get(fk.table)!.has(column) || libraryOrOwn(fk.table, column)),
      ),
  );
  expect(offenders).toEqual([]);
  // The references into the catalog are the library-or-own kind.
  const catalogReferences = betweenTenants
    .filter((fk) => fk.columns.some((column) => libraryOrOwn(fk.table, column)))
    .map((fk) => fk.name)
    .sort();
  expect(catalogReferences).toEqual([
    'consents_treatment_fkey',
    'courses_protocol_fkey',
    'eligibility_clearances_treatment_fkey',
    'offering_settings_protocol_fkey',
    'practitioner_qualifications_treatment_fkey',
    'protocol_steps_treatment_fkey',
    'treatment_pairings_paired_treatment_fkey',
    'treatment_pairings_treatment_fkey',
  ]);
});

test('the application role writes no table without forced row-level security, and truncates none', async () => {
  // Tables the application may write without FORCE ROW LEVEL SECURITY, each with its reason. None today.
  const exceptions: Record<string, string> = {};
  const tables: Array<{ table: string; forced: boolean; writes: boolean; truncates: boolean }> = await app.sql.query(`
    SELECT c.relname AS table, c.relrowsecurity AND c.relforcerowsecurity AS forced,
           has_table_privilege('clinicgraph_app', c.oid, 'INSERT') OR has_table_privilege('clinicgraph_app', c.oid, 'UPDATE')
             OR has_table_privilege('clinicgraph_app', c.oid, 'DELETE') AS writes,
           has_table_privilege('clinicgraph_app', c.oid, 'TRUNCATE') AS truncates
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`);
  const writable = tables.filter((t) => t.writes).map((t) => t.table);
  expect(writable).toEqual(expect.arrayContaining(['organizations', 'clinics', 'treatments', 'audit_events']));
  expect(tables.filter((t) => t.writes && !t.forced && !(t.table in exceptions)).map((t) => t.table)).toEqual([]);
  // TRUNCATE ignores row-level security altogether.
  expect(tables.filter((t) => t.truncates).map((t) => t.table)).toEqual([]);
});

// ---------------------------------------------------------------------------------------
// References into the catalog, written directly as the application role

/** Runs one statement; rows are typed by the caller, with unknown columns by default. */
type Run = <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;

/** Runs `fn` as the application role of `organizationId`, in a transaction that is rolled back. */
async function asApplication(organizationId: string, fn: (run: Run) => Promise<unknown>): Promise<void> {
  const runner = app.appSql.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.subject', 'tenant-keys-test', true)`, [
      organizationId,
    ]);
    await fn((sql, params) => runner.query(sql, params));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

const TREATMENT = `INSERT INTO treatments (organization_id, slug, name, category, invasiveness, summary, description,
                                           duration_min_minutes, duration_max_minutes, recovery, comfort)
                   VALUES ($1, $2, 'House facial', 'CHEMICAL_PEEL', 'NON_INVASIVE', 'Signature facial.', 'The chain''s own.', 45, 60, '{}', '{}')
                   RETURNING id`;
const PROTOCOL = `INSERT INTO protocols (organization_id, slug, name, summary, kind, session_count_min, session_count_max, interval_min_days, interval_max_days)
                  VALUES ($1, $2, 'Signature facial', 'House protocol.', 'SINGLE', 1, 3, 14, 42) RETURNING id`;

describe("a reference into another organization's catalog is refused by the database", () => {
  let ours: Awaited<ReturnType<typeof createOrganization>>;
  let theirs: Awaited<ReturnType<typeof createOrganization>>;
  const id = {
    ownTreatment: '',
    theirTreatment: '',
    libraryTreatment: '',
    ownProtocol: '',
    theirProtocol: '',
    libraryProtocol: '',
    practitioner: '',
  };

  beforeAll(async () => {
    ours = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
    theirs = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
    [{ id: id.ownTreatment }] = await app.sql.query(TREATMENT, [ours.id, 'house-facial']);
    [{ id: id.theirTreatment }] = await app.sql.query(TREATMENT, [theirs.id, 'house-facial']);
    [{ id: id.ownProtocol }] = await app.sql.query(PROTOCOL, [ours.id, 'signature-facial']);
    [{ id: id.theirProtocol }] = await app.sql.query(PROTOCOL, [theirs.id, 'signature-facial']);
    [{ id: id.libraryTreatment }] = await app.sql.query(
      `SELECT id FROM treatments WHERE organization_id IS NULL AND slug = 'microneedling'`,
    );
    [{ id: id.libraryProtocol }] = await app.sql.query(`SELECT id FROM protocols WHERE organization_id IS NULL AND slug = 'microneedling'`);
    // A practitioner without qualifications, so each accepted grant is the only standing one.
    [{ id: id.practitioner }] = await app.sql.query(
      `INSERT INTO practitioners (organization_id, slug, given_name, family_name, profession) VALUES ($1, 'learner', 'Lee', 'Learner', 'Nurse') RETURNING id`,
      [ours.id],
    );
  });

  /**
   * Each write is tried with the referenced row's true owner (refused by the CHECK: not the
   * library nor the own organization) and with each owner the writer could pretend (refused
   * by the foreign key: no such row of that owner); the same write of the own organization's
   * and of the library's row is accepted, so the refusals are about the reference alone.
   */
  async function expectOnlyLibraryOrOwn(
    write: (run: Run, owner: string, target: string) => Promise<unknown>,
    table: string,
    name: string,
    targets: { own: string; theirs: string; library: string },
  ): Promise<void> {
    const attempt = (owner: string, target: string) => asApplication(ours.id, (run) => write(run, owner, target));
    await expect(attempt(theirs.id, targets.theirs)).rejects.toMatchObject({ code: '23514', constraint: `${table}_${name}_owner_check` });
    await expect(attempt(ours.id, targets.theirs)).rejects.toMatchObject({ code: '23503', constraint: `${table}_${name}_fkey` });
    await expect(attempt(LIBRARY, targets.theirs)).rejects.toMatchObject({ code: '23503', constraint: `${table}_${name}_fkey` });
    await expect(attempt(ours.id, targets.own)).resolves.toBeUndefined();
    await expect(attempt(LIBRARY, targets.library)).resolves.toBeUndefined();
    // A library row named as the organization's own (or the reverse) is no such row either.
    await expect(attempt(ours.id, targets.library)).rejects.toMatchObject({ code: '23503', constraint: `${table}_${name}_fkey` });
    await expect(attempt(LIBRARY, targets.own)).rejects.toMatchObject({ code: '23503', constraint: `${table}_${name}_fkey` });
  }

  const treatments = () => ({ own: id.ownTreatment, theirs: id.theirTreatment, library: id.libraryTreatment });

  test("a practitioner's qualification", async () => {
    await expectOnlyLibraryOrOwn(
      (run, owner, treatment) =>
        run(
          `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on)
       VALUES ($1, $2, $3, $4, '2024-01-01')`,
          [ours.id, id.practitioner, owner, treatment],
        ),
      'practitioner_qualifications',
      'treatment',
      treatments(),
    );
  });

  test("a protocol's step", async () => {
    await expectOnlyLibraryOrOwn(
      (run, owner, treatment) =>
        run(
          `INSERT INTO protocol_steps (organization_id, protocol_id, position, treatment_owner_id, treatment_id) VALUES ($1, $2, 9, $3, $4)`,
          [ours.id, id.ownProtocol, owner, treatment],
        ),
      'protocol_steps',
      'treatment',
      treatments(),
    );
  });

  test("a step of another organization's protocol, or of the library's", async () => {
    for (const protocol of [id.theirProtocol, id.libraryProtocol]) {
      await expect(
        asApplication(ours.id, (run) =>
          run(
            `INSERT INTO protocol_steps (organization_id, protocol_id, position, treatment_owner_id, treatment_id) VALUES ($1, $2, 9, $3, $4)`,
            [ours.id, protocol, LIBRARY, id.libraryTreatment],
          ),
        ),
      ).rejects.toMatchObject({ code: '23503', constraint: 'protocol_steps_protocol_fkey' });
    }
  });

  test("an offering setting's protocol", async () => {
    await expectOnlyLibraryOrOwn(
      (run, owner, protocol) =>
        run(
          `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       VALUES ($1, $2, $3, true, 1000, 'EUR', 30, true)`,
          [ours.id, owner, protocol],
        ),
      'offering_settings',
      'protocol',
      { own: id.ownProtocol, theirs: id.theirProtocol, library: id.libraryProtocol },
    );
  });

  test('a treatment pairing, on either side', async () => {
    const pairing = (run: Run, owners: [string, string], pair: [string, string]) =>
      run(
        `INSERT INTO treatment_pairings (organization_id, treatment_owner_id, treatment_id, paired_treatment_owner_id, paired_treatment_id, note)
       VALUES ($1, $2, $3, $4, $5, 'Pairs well.')`,
        [ours.id, owners[0], pair[0], owners[1], pair[1]],
      );
    const [{ id: otherOwn }] = await app.sql.query(TREATMENT, [ours.id, 'second-facial']);
    await expectOnlyLibraryOrOwn(
      (run, owner, treatment) => pairing(run, [owner, ours.id], [treatment, otherOwn]),
      'treatment_pairings',
      'treatment',
      treatments(),
    );
    await expectOnlyLibraryOrOwn(
      (run, owner, treatment) => pairing(run, [ours.id, owner], [otherOwn, treatment]),
      'treatment_pairings',
      'paired_treatment',
      treatments(),
    );
  });
});
