/**
 * Screenings are dated questionnaires whose age decides when they must be renewed (the
 * organization's renewal age, 90 days by default); consents name a treatment (or photos)
 * and the version of the text signed, and can be withdrawn.
 */
import { Role } from '../../src/auth/roles';
import { ConsentRecordInput } from '../generated/graphql';
import { Api, startTestApp, TestApp } from '../support/harness';
import { clearAnswers, daysAgo, ownOrganization, patientRowCounts, register, unknownId } from './fixtures';

let app: TestApp;
let admin: Api;
let orgId: string;
beforeAll(async () => {
  app = await startTestApp();
  const own = await ownOrganization(app);
  admin = own.admin;
  orgId = own.org.id;
});
afterAll(() => app.close());

async function treatmentId(slug: string): Promise<string> {
  const [row] = await app.sql.query(`SELECT id FROM treatments WHERE organization_id IS NULL AND slug = $1`, [slug]);
  return Buffer.from(`Treatment:${row.id}`).toString('base64url');
}

describe('screening', () => {
  test('a practitioner records the questionnaire; it is read back as given, newest first', async () => {
    const patient = await register(admin);
    const answers = {
      ...clearAnswers(),
      pregnantOrBreastfeeding: true,
      isotretinoinLastDoseOn: daysAgo(300),
      allergies: ['lidocaine'],
      previousProcedures: [{ procedure: 'chemical peel', performedOn: daysAgo(400) }],
    };

    const older = await admin.ScreeningRecord({ input: { patientId: patient.id, screenedOn: daysAgo(40), answers: clearAnswers() } });
    const newer = await admin.ScreeningRecord({ input: { patientId: patient.id, screenedOn: daysAgo(2), answers } });

    expect(older.screeningRecord.userErrors).toEqual([]);
    expect(newer.screeningRecord).toMatchObject({
      userErrors: [],
      screening: { screenedOn: daysAgo(2), answers, patient: { id: patient.id } },
    });
    const { patient: read } = await admin.PatientHealth({ id: patient.id });
    expect(read!.screenings.edges.map((e) => e.node.screenedOn)).toEqual([daysAgo(2), daysAgo(40)]);
    expect(read!.latestScreening).toEqual(read!.screenings.edges[0].node);
  });

  test("renewal: valid for the organization's renewal age (default 90 days) after the screening day, then due", async () => {
    const [{ screening_valid_days: days }] = await app.sql.query(`SELECT screening_valid_days FROM organizations WHERE id = $1`, [orgId]);
    expect(days).toBe(90);
    const [{ screening_valid_days: demoDays }] = await app.sql.query(
      `SELECT screening_valid_days FROM organizations WHERE slug = 'lumiere-skin'`,
    );
    expect(demoDays).toBe(90);
    const never = await register(admin);
    const fresh = await register(admin);
    const stale = await register(admin);
    await admin.ScreeningRecord({ input: { patientId: fresh.id, screenedOn: daysAgo(89), answers: clearAnswers() } });
    await admin.ScreeningRecord({ input: { patientId: stale.id, screenedOn: daysAgo(120), answers: clearAnswers() } });

    const renewal = async (id: string) => (await admin.PatientRenewal({ id })).patient!;
    expect(await renewal(never.id)).toMatchObject({ screeningValidUntil: null, screeningNeedsRenewal: true, latestScreening: null });
    expect(await renewal(fresh.id)).toMatchObject({ screeningNeedsRenewal: false, screeningValidUntil: daysAgo(89 - 90) });
    expect(await renewal(stale.id)).toMatchObject({ screeningNeedsRenewal: true, screeningValidUntil: daysAgo(30) });

    // An organization that renews every 180 days keeps the stale one valid.
    await app.sql.query(`UPDATE organizations SET screening_valid_days = 180 WHERE id = $1`, [orgId]);
    try {
      expect(await renewal(stale.id)).toMatchObject({ screeningNeedsRenewal: false, screeningValidUntil: daysAgo(120 - 180) });
    } finally {
      await app.sql.query(`UPDATE organizations SET screening_valid_days = 90 WHERE id = $1`, [orgId]);
    }
  });

  test.each([
    ['a screening day in the future', { screenedOn: '2999-01-01' }, ['input', 'screenedOn']],
    ["a screening day before the patient's birth", { screenedOn: '1980-01-01' }, ['input', 'screenedOn']],
    [
      'an isotretinoin dose after the screening',
      { answers: { ...clearAnswers(), isotretinoinLastDoseOn: '2999-01-01' } },
      ['input', 'answers', 'isotretinoinLastDoseOn'],
    ],
    [
      'a malformed procedure date',
      { answers: { ...clearAnswers(), previousProcedures: [{ procedure: 'peel', performedOn: '2020-13-01' }] } },
      ['input', 'answers', 'previousProcedures', '0', 'performedOn'],
    ],
    ['a blank allergy', { answers: { ...clearAnswers(), allergies: [' '] } }, ['input', 'answers', 'allergies', '0']],
  ])('%s is a userError at its field and writes nothing', async (_case, change, field) => {
    const patient = await register(admin);
    const before = await patientRowCounts(app);

    const { screeningRecord } = await admin.ScreeningRecord({
      input: { patientId: patient.id, screenedOn: daysAgo(1), answers: clearAnswers(), ...change },
    });

    expect(screeningRecord.screening).toBeNull();
    expect(screeningRecord.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field })]);
    expect(await patientRowCounts(app)).toEqual(before);
  });

  test("for an unknown or another organization's patient: NOT_FOUND", async () => {
    const other = await ownOrganization(app);
    const theirs = await register(other.admin);
    for (const patientId of [unknownId('Patient'), theirs.id]) {
      const { screeningRecord } = await admin.ScreeningRecord({ input: { patientId, screenedOn: daysAgo(1), answers: clearAnswers() } });
      expect(screeningRecord.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'patientId'] })]);
    }
  });
});

describe('consent', () => {
  test('to a treatment and to photos, with the version signed; withdrawing keeps it as history', async () => {
    const patient = await register(admin);
    const microneedling = await treatmentId('microneedling');

    const treatment = await admin.ConsentRecord({
      input: { patientId: patient.id, kind: 'TREATMENT', treatmentId: microneedling, contentVersion: 'mn-2025-03' },
    });
    const photos = await admin.ConsentRecord({
      input: { patientId: patient.id, kind: 'PHOTOS', contentVersion: 'photos-v2', signedAt: '2025-01-02T10:00:00Z' },
    });

    expect(treatment.consentRecord).toMatchObject({
      userErrors: [],
      consent: { kind: 'TREATMENT', contentVersion: 'mn-2025-03', isActive: true, withdrawnAt: null, treatment: { slug: 'microneedling' } },
    });
    expect(photos.consentRecord.consent).toMatchObject({ kind: 'PHOTOS', treatment: null, signedAt: '2025-01-02T10:00:00.000Z' });

    const { consentWithdraw } = await admin.ConsentWithdraw({ input: { id: photos.consentRecord.consent!.id } });
    expect(consentWithdraw.consent).toMatchObject({ isActive: false, withdrawnAt: expect.any(String) });
    const again = await admin.ConsentWithdraw({ input: { id: photos.consentRecord.consent!.id } });
    expect(again.consentWithdraw.consent!.withdrawnAt).toBe(consentWithdraw.consent!.withdrawnAt);

    const { patient: read } = await admin.PatientHealth({ id: patient.id });
    expect(read!.consents.edges.map((e) => [e.node.kind, e.node.isActive])).toEqual([
      ['TREATMENT', true],
      ['PHOTOS', false],
    ]);
  });

  test.each([
    ['a treatment consent without its treatment', { kind: 'TREATMENT' as const }, ['input', 'treatmentId'], 'INVALID'],
    ['a photo consent naming a treatment', { kind: 'PHOTOS' as const, treatmentId: 'microneedling' }, ['input', 'treatmentId'], 'INVALID'],
    ['an unknown treatment', { kind: 'TREATMENT' as const, treatmentId: unknownId('Treatment') }, ['input', 'treatmentId'], 'NOT_FOUND'],
    ['a clinic id as treatment', { kind: 'TREATMENT' as const, treatmentId: unknownId('Clinic') }, ['input', 'treatmentId'], 'INVALID'],
    ['a blank version', { kind: 'PHOTOS' as const, contentVersion: '  ' }, ['input', 'contentVersion'], 'INVALID'],
    ['a signature in the future', { kind: 'PHOTOS' as const, signedAt: '2999-01-01T00:00:00Z' }, ['input', 'signedAt'], 'INVALID'],
  ])('%s is a userError and writes nothing', async (_case, change, field, code) => {
    const patient = await register(admin);
    const input: ConsentRecordInput = { patientId: patient.id, contentVersion: 'v1', ...change };
    if (input.treatmentId === 'microneedling') input.treatmentId = await treatmentId('microneedling');
    const before = await patientRowCounts(app);

    const { consentRecord } = await admin.ConsentRecord({ input });

    expect(consentRecord.consent).toBeNull();
    expect(consentRecord.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(await patientRowCounts(app)).toEqual(before);
  });

  test('a PATIENT signs their own consent and records their own screening', async () => {
    const patient = await register(admin);
    const [{ id: uuid }] = await app.sql.query(`SELECT id FROM patients WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`, [
      orgId,
    ]);
    const [{ slug }] = await app.sql.query(`SELECT slug FROM organizations WHERE id = $1`, [orgId]);
    const self = (await app.as({ role: Role.PATIENT, organization: slug, patientId: uuid })).api;

    const consent = await self.ConsentRecord({ input: { patientId: patient.id, kind: 'PHOTOS', contentVersion: 'photos-v2' } });
    const screening = await self.ScreeningRecord({ input: { patientId: patient.id, screenedOn: daysAgo(0), answers: clearAnswers() } });

    expect(consent.consentRecord.userErrors).toEqual([]);
    expect(screening.screeningRecord.userErrors).toEqual([]);
  });
});
