/**
 * Patients are a scoping dimension beside organization and clinic: a PATIENT reads only
 * their own record, screenings and consents (typed queries, node, lists), and row-level
 * security enforces the same with app.patient_id. ANALYST never reads patients.
 */
import { ensureDevMembership, DevTokenError } from '../../src/auth/dev-tokens';
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { clearAnswers, daysAgo, ownOrganization } from './fixtures';

let app: TestApp;
let staff: Api;
/** Demo patients by family name: uuid and global id. */
const demo: Record<string, { uuid: string; id: string }> = {};
const named: string[] = [];
const gid = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64url');

beforeAll(async () => {
  app = await startTestApp();
  staff = (await app.as({ role: Role.FRONT_DESK, clinics: ['new-york-soho'] })).api;
  const rows: Array<{ id: string; family_name: string; email: string | null }> = await app.sql.query(
    `SELECT p.id, p.family_name, p.email FROM patients p JOIN organizations o ON o.id = p.organization_id WHERE o.slug = 'lumiere-skin'`,
  );
  for (const row of rows) demo[row.family_name] = { uuid: row.id, id: gid('Patient', row.id) };
  // The named demo patients have e-mail addresses; the outcome cohort (demo-outcomes.json) has none.
  named.push(...rows.filter((r) => r.email !== null).map((r) => r.family_name));
});
afterAll(() => app.close());

const asPatient = async (familyName: string) => (await app.as({ role: Role.PATIENT, patientId: demo[familyName].uuid })).api;

test('the demo organization has patients with screenings and consents, staff of any clinic read them', async () => {
  expect(named.sort()).toEqual(['Brennan', 'Hart', 'Lindqvist', 'Marquez', 'Okafor']);
  const { patient: okafor } = await staff.PatientHealth({ id: demo.Okafor.id });
  expect(okafor).toMatchObject({ screeningNeedsRenewal: true });
  const { patient: marquez } = await staff.PatientHealth({ id: demo.Marquez.id });
  expect(marquez!.latestScreening!.answers.isotretinoinLastDoseOn).toBe(daysAgo(300));
  const { patient: lindqvist } = await staff.PatientHealth({ id: demo.Lindqvist.id });
  expect(lindqvist!.latestScreening!.answers.pregnantOrBreastfeeding).toBe(true);
  expect(marquez!.consents.edges.map((e) => e.node.kind).sort()).toEqual(['PHOTOS', 'TREATMENT']);
});

describe('a PATIENT', () => {
  test("reads their own record, screenings and consents, and no one else's", async () => {
    const hart = await asPatient('Hart');

    const own = (await hart.PatientHealth({ id: demo.Hart.id })).patient!;
    expect(own.screenings.totalCount).toBe(1);
    expect(own.consents.totalCount).toBe(2);
    expect((await hart.PatientHealth({ id: demo.Okafor.id })).patient).toBeNull();
    const { patients } = await hart.Patients({});
    expect(patients.edges.map((e) => e.node.id)).toEqual([demo.Hart.id]);
    expect(patients.totalCount).toBe(1);

    // node answers like the typed queries: own objects visible, others' null.
    const okafor = (await staff.PatientHealth({ id: demo.Okafor.id })).patient!;
    for (const [id, visible] of [
      [demo.Hart.id, true],
      [own.screenings.edges[0].node.id, true],
      [own.consents.edges[0].node.id, true],
      [demo.Okafor.id, false],
      [okafor.screenings.edges[0].node.id, false],
      [okafor.consents.edges[0].node.id, false],
    ] as const) {
      expect({ id, found: (await hart.PatientNode({ id })).node?.id ?? null }).toEqual({ id, found: visible ? id : null });
    }
  });

  test('changes only their own contact, never their skin type, and registers no one', async () => {
    const hart = await asPatient('Hart');

    const other = await hart.PatientUpdate({ input: { id: demo.Okafor.id, phone: '+12125550000' } });
    const skin = await hart.PatientUpdate({ input: { id: demo.Hart.id, skinType: 'VI' } });
    const screening = await hart.ScreeningRecord({ input: { patientId: demo.Okafor.id, screenedOn: daysAgo(0), answers: clearAnswers() } });

    expect(other.patientUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    expect(skin.patientUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'skinType'] })]);
    expect(screening.screeningRecord.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'patientId'] })]);
    const register = await graphQLErrors(hart.PatientRegister({ input: { givenName: 'A', familyName: 'B', dateOfBirth: '1990-01-01' } }));
    expect(register.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await hart.PatientUpdate({ input: { id: demo.Hart.id, phone: '+12125550999' } })).patientUpdate.patient!.phone).toBe(
      '+12125550999',
    );
  });

  test('without a patient on the membership, sees no patient at all', async () => {
    const nobody = (await app.as({ role: Role.PATIENT })).api;
    expect((await nobody.Patients({})).patients.edges).toEqual([]);
    expect((await nobody.PatientById({ id: demo.Hart.id })).patient).toBeNull();
  });
});

test('ANALYST and anonymous clients never read patients', async () => {
  const analyst = (await app.as({ role: Role.ANALYST })).api;
  expect((await graphQLErrors(analyst.Patients({}))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect((await graphQLErrors(analyst.PatientById({ id: demo.Hart.id }))).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect((await graphQLErrors(app.api.PatientById({ id: demo.Hart.id }))).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect((await analyst.PatientNode({ id: demo.Hart.id })).node).toBeNull();
  const { patientRegister } = await analyst
    .PatientRegister({ input: { givenName: 'A', familyName: 'B', dateOfBirth: '1990-01-01' } })
    .catch((error: { response: { errors: Array<{ extensions: { code: string } }> } }) => ({
      patientRegister: error.response.errors[0].extensions.code,
    }));
  expect(patientRegister).toBe('FORBIDDEN');
});

test("row-level security shows the application role only app.patient_id's rows when it is set", async () => {
  const [{ id: organizationId }] = await app.sql.query(`SELECT id FROM organizations WHERE slug = 'lumiere-skin'`);
  const counts = async (patientId: string) => {
    const runner = app.appSql.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.patient_id', $2, true)`, [
        organizationId,
        patientId,
      ]);
      const result: Record<string, number> = {};
      for (const table of ['patients', 'screenings', 'consents']) {
        result[table] = (await runner.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
        const foreign = `SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'patients' ? 'id' : 'patient_id'} <> $1`;
        result[`${table} of others`] = patientId ? (await runner.query(foreign, [patientId]))[0].n : -1;
      }
      // A PATIENT's request cannot write another patient's rows either.
      if (patientId) {
        const [{ n }] = await runner.query(
          `WITH updated AS (UPDATE patients SET family_name = 'Hijacked' WHERE id = $1 RETURNING id) SELECT count(*)::int AS n FROM updated`,
          [demo.Okafor.uuid],
        );
        result.updatedOthers = n;
      }
      return result;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  const [{ n: all }] = await app.sql.query(`SELECT count(*)::int AS n FROM patients WHERE organization_id = $1`, [organizationId]);

  expect(await counts(demo.Hart.uuid)).toEqual({
    patients: 1,
    'patients of others': 0,
    screenings: 1,
    'screenings of others': 0,
    consents: 2,
    'consents of others': 0,
    updatedOthers: 0,
  });
  expect((await counts('')).patients).toBe(all);
});

test('development tokens refuse a patient id that is not a patient of the organization', async () => {
  const other = await ownOrganization(app);
  const [{ id: theirs }] = await app.sql.query(
    `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth) VALUES ($1, 'T', 'Theirs', '1990-01-01') RETURNING id`,
    [other.org.id],
  );
  for (const patientId of ['00000000-0000-4000-8000-000000000000', theirs]) {
    await expect(
      ensureDevMembership(app.sql, { role: Role.PATIENT, organization: 'lumiere-skin', clinics: [], patientId }),
    ).rejects.toThrow(DevTokenError);
  }
  await expect(
    ensureDevMembership(app.sql, { role: Role.PATIENT, organization: 'lumiere-skin', clinics: [], patientId: demo.Hart.uuid }),
  ).resolves.toContain('patient');
});
