/** Eligibility through the API, and courseStart refusing or requiring clearances from it. */
import { Role } from '../../src/auth/roles';
import { addCalendarMonths } from '../../src/modules/eligibility/local-date';
import { startTestApp, TestApp } from '../support/harness';
import { courseFixture, CourseFixture, registerScreened, today } from './course-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const start = (f: CourseFixture) =>
  f.admin
    .CourseStart({
      input: {
        patientId: f.patientId,
        protocolId: f.protocols.microneedling,
        clinicId: f.clinicId,
        leadPractitionerId: f.practitionerIds[0],
        targetConcerns: ['ACNE_SCARS'],
        plannedSessions: 4,
      },
    })
    .then((r) => r.courseStart);

test("a relative contraindication needs a practitioner's clearance with a note; then the course starts", async () => {
  const f = await courseFixture(app, { herpesHistory: true });
  const assessed = await f.admin.Eligibility({ patientId: f.patientId, protocolId: f.protocols.microneedling, clinicId: f.clinicId });
  expect(assessed.eligibility.verdict).toBe('NEEDS_CLEARANCE');
  expect(assessed.eligibility.reasons).toEqual([
    expect.objectContaining({
      code: 'HERPES_HISTORY',
      severity: 'RELATIVE',
      treatmentSlug: 'microneedling',
      answer: { field: 'herpesHistory', value: 'true' },
      cleared: false,
    }),
  ]);
  expect((await start(f)).userErrors.map((e) => e.code)).toEqual(['NEEDS_CLEARANCE']);

  // A practitioner records it as themselves (their membership is linked to their practitioner record).
  const { api: practitioner } = await app.as({ role: Role.PRACTITIONER, organization: f.org.slug, clinics: ['clinic-0001'] });
  await app.sql.query(`UPDATE memberships SET practitioner_id = $1 WHERE organization_id = $2 AND role = 'PRACTITIONER'`, [
    f.org.practitioners[0].id,
    f.org.id,
  ]);
  const { treatment } = await f.admin.TreatmentBySlug({ slug: 'microneedling' });
  const blank = await practitioner.ClearanceRecord({
    input: { patientId: f.patientId, treatmentId: treatment!.id, code: 'HERPES_HISTORY', note: '  ' },
  });
  expect(blank.clearanceRecord.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  const absolute = await practitioner.ClearanceRecord({
    input: { patientId: f.patientId, treatmentId: treatment!.id, code: 'ACTIVE_INFECTION', note: 'No' },
  });
  expect(absolute.clearanceRecord.userErrors.map((e) => e.code)).toEqual(['INVALID']);
  const { clearanceRecord } = await practitioner.ClearanceRecord({
    input: { patientId: f.patientId, treatmentId: treatment!.id, code: 'HERPES_HISTORY', note: 'Antiviral cover prescribed.' },
  });
  expect(clearanceRecord.userErrors).toEqual([]);
  expect(clearanceRecord.clearance).toMatchObject({ code: 'HERPES_HISTORY', practitionerId: f.practitionerIds[0] });

  const after = await f.admin.Eligibility({ patientId: f.patientId, protocolId: f.protocols.microneedling, clinicId: f.clinicId });
  expect(after.eligibility.verdict).toBe('ELIGIBLE');
  expect(after.eligibility.reasons[0].cleared).toBe(true);
  expect((await start(f)).userErrors).toEqual([]);
});

test('an absolute contraindication refuses the course with its reason', async () => {
  const f = await courseFixture(app, { activeInfectionAtSite: true });
  const refused = await start(f);
  expect(refused.userErrors).toEqual([
    { code: 'INELIGIBLE', field: ['input', 'patientId'], message: expect.stringContaining('ACTIVE_INFECTION') as string },
  ]);
  const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM courses WHERE organization_id = $1`, [f.org.id]);
  expect(count).toBe(0);
});

test("isotretinoin: the waiting period is the organization's setting, computed from the date", async () => {
  const lastDose = addCalendarMonths(today(), -5);
  const f = await courseFixture(app, { isotretinoinLastDoseOn: lastDose });
  const { eligibility } = await f.admin.Eligibility({
    patientId: f.patientId,
    protocolId: f.protocols.microneedling,
    clinicId: f.clinicId,
  });
  expect(eligibility.reasons).toEqual([
    expect.objectContaining({ code: 'RECENT_ISOTRETINOIN', waitEndsOn: addCalendarMonths(lastDose, 6) }),
  ]);
  await app.sql.query(`UPDATE organizations SET isotretinoin_washout_months = 3 WHERE id = $1`, [f.org.id]);
  expect(
    (await f.admin.Eligibility({ patientId: f.patientId, protocolId: f.protocols.microneedling, clinicId: f.clinicId })).eligibility
      .verdict,
  ).toBe('ELIGIBLE');
});

test('a peel warns for Fitzpatrick V without blocking; an expired screening is INELIGIBLE on the session day', async () => {
  const f = await courseFixture(app);
  const darker = await registerScreened(f.admin, {}, 'V');
  const peel = await f.admin.Eligibility({
    patientId: darker,
    protocolId: f.protocols['microneedling-alternating-glycolic-peel'],
    clinicId: f.clinicId,
  });
  expect(peel.eligibility.verdict).toBe('ELIGIBLE');
  expect(peel.eligibility.reasons).toEqual([
    expect.objectContaining({ code: 'SKIN_TYPE_PIGMENTATION_RISK', severity: 'WARNING', answer: { field: 'fitzpatrickType', value: 'V' } }),
  ]);
  const later = await f.admin.Eligibility({
    patientId: f.patientId,
    protocolId: f.protocols.microneedling,
    clinicId: f.clinicId,
    on: addCalendarMonths(today(), 4),
  });
  expect(later.eligibility.verdict).toBe('INELIGIBLE');
  expect(later.eligibility.reasons.map((r) => r.code)).toEqual(['SCREENING_EXPIRED']);
});

test('ANALYST and anonymous clients never read eligibility', async () => {
  const f = await courseFixture(app);
  const analyst = (await app.as({ role: Role.ANALYST, organization: f.org.slug })).api;
  await expect(
    analyst.Eligibility({ patientId: f.patientId, protocolId: f.protocols.microneedling, clinicId: f.clinicId }),
  ).rejects.toThrow(/FORBIDDEN|not allowed|Access denied/i);
  await expect(
    app.api.Eligibility({ patientId: f.patientId, protocolId: f.protocols.microneedling, clinicId: f.clinicId }),
  ).rejects.toThrow();
});
