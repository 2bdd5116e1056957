/**
 * Recording outcomes through the API: the scale's range, the course's concerns, the
 * assessor, baseline before follow-up, completed sessions, duplicates; adverse events;
 * photo records and the photo consent; the course's timeline; who may record.
 */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { OutcomeRecordInput } from '../generated/graphql';
import { gid, insertCourse, insertPatient, OutcomeOrg, outcomeOrg } from './outcome-fixture';
import { rollupDrift } from '../support/rollup-drift';

let app: TestApp;
let o: OutcomeOrg;
let practitioner: Api;
let courseId: string;
let completedSession: string;
let scheduledSession: string;
let patientId: string;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  o = await outcomeOrg(app);
  patientId = await insertPatient(app, o.org.id);
  // Session 1 completed ten days ago, session 2 booked in three weeks.
  const course = await insertCourse(app, o.org.id, o.protocolId, {
    patientId,
    clinicId: o.org.clinics[0].id,
    practitionerId: o.org.practitioners[0].id,
    concerns: ['ACNE_SCARS'],
    sessions: ['COMPLETED', 'SCHEDULED'],
    firstSessionAt: ago(10),
    spacingDays: 31,
  });
  courseId = gid('Course', course.courseId);
  [completedSession, scheduledSession] = course.sessionIds.map((id) => gid('CourseSession', id));
  practitioner = (await app.as({ role: Role.PRACTITIONER, organization: o.org.slug, clinics: ['clinic-0001'] })).api;
  await app.sql.query(`UPDATE memberships SET practitioner_id = $1 WHERE organization_id = $2 AND role = 'PRACTITIONER'`, [
    o.org.practitioners[0].id,
    o.org.id,
  ]);
});
afterAll(() => app.close());

const rowCount = async () =>
  Number((await app.sql.query(`SELECT count(*) AS n FROM outcome_measurements WHERE organization_id = $1`, [o.org.id]))[0].n);

async function record(api: Api, input: Partial<OutcomeRecordInput>) {
  const { outcomeRecord } = await api.OutcomeRecord({
    input: { courseId, scale: 'GOODMAN_BARON_QUALITATIVE', value: 3, area: 'FACE', ...input },
  });
  return outcomeRecord;
}
const codes = (r: { userErrors: Array<{ code: string }> }) => r.userErrors.map((e) => e.code);

test('a practitioner records a baseline and a follow-up; the timeline shows the change from baseline', async () => {
  // Given no measurements, when the practitioner records a baseline before the first session
  const baseline = await record(practitioner, { value: 3, assessedAt: ago(11) });
  expect(baseline.userErrors).toEqual([]);
  expect(baseline.measurement).toMatchObject({
    scale: 'GOODMAN_BARON_QUALITATIVE',
    value: 3,
    baseline: true,
    sessionId: null,
    assessedBy: 'CLINICIAN',
    practitionerId: gid('Practitioner', o.org.practitioners[0].id),
    scaleVersion: 'Goodman & Baron 2006 qualitative',
  });
  // And a follow-up after the completed session
  const followUp = await record(practitioner, { value: 2, sessionId: completedSession });
  expect(followUp.userErrors).toEqual([]);
  expect(followUp.measurement).toMatchObject({ baseline: false, sessionId: completedSession, value: 2 });

  // Then the course's timeline has the series with the change (2 - 3 = -1: one grade better)
  const { course } = await o.admin.CourseOutcomes({ id: courseId });
  expect(course!.outcomeTimeline).toEqual([
    {
      scale: 'GOODMAN_BARON_QUALITATIVE',
      area: 'FACE',
      assessedBy: 'CLINICIAN',
      baseline: { id: baseline.measurement!.id, value: 3 },
      followUps: [
        {
          sessionNumber: 1,
          change: -1,
          improved: true,
          measurement: { id: followUp.measurement!.id, value: 2, sessionId: completedSession },
        },
      ],
      latestChange: -1,
    },
  ]);
  // And the write and the read left rows in the health-data access trail
  const trail = await app.sql.query(`SELECT action, fields FROM patient_access_events WHERE patient_id = $1 ORDER BY occurred_at, action`, [
    patientId,
  ]);
  expect(trail).toEqual(
    expect.arrayContaining([
      { action: 'OUTCOME_RECORD', fields: ['outcome'] },
      { action: 'READ', fields: ['course.outcomes'] },
    ]),
  );
});

test("values outside the scale's range are refused and write nothing", async () => {
  const before = await rowCount();
  for (const [scale, value] of [
    ['GOODMAN_BARON_QUALITATIVE', 5],
    ['GOODMAN_BARON_QUALITATIVE', 0],
    ['GOODMAN_BARON_QUALITATIVE', 2.5],
    ['GOODMAN_BARON_QUANTITATIVE', -1],
    ['GAIS', 6],
  ] as const) {
    const result = await record(practitioner, { scale, value, sessionId: completedSession, area: 'CHEEKS' });
    expect({ scale, value, codes: codes(result), field: result.userErrors[0]?.field }).toEqual({
      scale,
      value,
      codes: ['OUT_OF_RANGE'],
      field: ['input', 'value'],
    });
  }
  expect(await rowCount()).toBe(before);
});

test('a follow-up before any baseline, a baseline on GAIS, and a baseline after treatment began are refused', async () => {
  const noBaseline = await record(practitioner, {
    scale: 'GOODMAN_BARON_QUALITATIVE',
    value: 2,
    area: 'CHEEKS',
    sessionId: completedSession,
  });
  expect(codes(noBaseline)).toEqual(['NO_BASELINE']);
  const gaisBaseline = await record(practitioner, { scale: 'GAIS', value: 4 });
  expect(codes(gaisBaseline)).toEqual(['BASELINE_NOT_APPLICABLE']);
  // Now (after session 1 took place) is too late for a baseline.
  const late = await record(practitioner, { area: 'FOREHEAD' });
  expect(codes(late)).toEqual(['BASELINE_TOO_LATE']);
  // GAIS needs no baseline: it rates the change itself.
  const gais = await record(practitioner, { scale: 'GAIS', value: 2, sessionId: completedSession });
  expect(gais.userErrors).toEqual([]);
});

test("a scale that does not fit the course's concerns, an unfinished session and a duplicate are refused", async () => {
  // MASI measures pigmentation; the course targets acne scars.
  const misfit = await record(practitioner, { scale: 'MASI', value: 10, assessedAt: ago(12) });
  expect(codes(misfit)).toEqual(['SCALE_NOT_FOR_COURSE']);
  const scheduled = await record(practitioner, { value: 2, sessionId: scheduledSession });
  expect(codes(scheduled)).toEqual(['SESSION_NOT_COMPLETED']);
  const duplicate = await record(practitioner, { value: 3, assessedAt: ago(12) });
  expect(duplicate.userErrors).toEqual([
    {
      code: 'ALREADY_RECORDED',
      field: ['input', 'scale'],
      message: 'This course already has a baseline of this scale, area and assessor.',
    },
  ]);
  // A clinician scale rated by the patient is the wrong assessor.
  const wrong = await record(practitioner, { assessedBy: 'PATIENT', area: 'NOSE', assessedAt: ago(12) });
  expect(codes(wrong)).toEqual(['WRONG_ASSESSOR']);
});

test('an ORG_ADMIN names the assessing clinician; a patient records their own patient-reported scales only', async () => {
  const unnamed = await record(o.admin, { area: 'CHIN', assessedAt: ago(12) });
  expect(codes(unnamed)).toEqual(['INVALID']);
  const named = await record(o.admin, {
    area: 'CHIN',
    assessedAt: ago(12),
    practitionerId: gid('Practitioner', o.org.practitioners[0].id),
  });
  expect(named.userErrors).toEqual([]);

  const { api: patient } = await app.as({ role: Role.PATIENT, organization: o.org.slug, patientId });
  const dlqiBaseline = await record(patient, { scale: 'DLQI', value: 12, assessedAt: ago(12) });
  expect(dlqiBaseline.userErrors).toEqual([]);
  expect(dlqiBaseline.measurement).toMatchObject({ assessedBy: 'PATIENT', practitionerId: null });
  const dlqi = await record(patient, { scale: 'DLQI', value: 7, sessionId: completedSession });
  expect(dlqi.userErrors).toEqual([]);
  const clinicianScale = await record(patient, { scale: 'GOODMAN_BARON_QUALITATIVE', value: 2, sessionId: completedSession });
  expect(codes(clinicianScale)).toEqual(['WRONG_ASSESSOR']);
  // DLQI improved by 5 >= its minimal difference of 4.
  const { course } = await patient.CourseOutcomes({ id: courseId });
  expect(course!.outcomeTimeline.find((s) => s.scale === 'DLQI')!.followUps[0]).toMatchObject({ change: -5, improved: true });

  // Another patient's course is invisible to them.
  const otherPatient = await insertPatient(app, o.org.id);
  const { api: other } = await app.as({ role: Role.PATIENT, organization: o.org.slug, patientId: otherPatient });
  expect(codes(await record(other, { scale: 'DLQI', value: 3, assessedAt: ago(12), area: 'NECK' }))).toEqual(['NOT_FOUND']);
});

test('a manager of another clinic does not find the course; an analyst may not record', async () => {
  const { api: manager } = await app.as({ role: Role.CLINIC_MANAGER, organization: o.org.slug, clinics: ['clinic-0002'] });
  expect(
    codes(await record(manager, { area: 'HANDS', assessedAt: ago(12), practitionerId: gid('Practitioner', o.org.practitioners[0].id) })),
  ).toEqual(['NOT_FOUND']);
  const { api: analyst } = await app.as({ role: Role.ANALYST, organization: o.org.slug });
  const [error] = await graphQLErrors(record(analyst, { area: 'HANDS' }));
  expect(error.extensions?.code).toBe('FORBIDDEN');
  const { course } = await manager.CourseOutcomes({ id: courseId });
  expect(course).toBeNull();
});

test('adverse events: on a session that took place, onset not before it, resolved later', async () => {
  const onsetAt = new Date(Date.now() - 9 * DAY).toISOString();
  const { adverseEventRecord } = await practitioner.AdverseEventRecord({
    input: { sessionId: completedSession, kind: 'ERYTHEMA', severity: 'MILD', onsetAt },
  });
  expect(adverseEventRecord.userErrors).toEqual([]);
  expect(adverseEventRecord.adverseEvent).toMatchObject({
    kind: 'ERYTHEMA',
    severity: 'MILD',
    resolvedAt: null,
    session: { id: completedSession },
  });

  const early = await practitioner.AdverseEventRecord({
    input: { sessionId: completedSession, kind: 'PIH', severity: 'MODERATE', onsetAt: ago(30) },
  });
  expect(early.adverseEventRecord.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID', ['input', 'onsetAt']]]);
  const notYet = await practitioner.AdverseEventRecord({ input: { sessionId: scheduledSession, kind: 'PIH', severity: 'MILD', onsetAt } });
  expect(codes(notYet.adverseEventRecord)).toEqual(['SESSION_NOT_COMPLETED']);

  const beforeOnset = await practitioner.AdverseEventResolve({
    input: { adverseEventId: adverseEventRecord.adverseEvent!.id, resolvedAt: ago(9.5) },
  });
  expect(codes(beforeOnset.adverseEventResolve)).toEqual(['INVALID']);
  const resolvedAt = ago(7);
  const { adverseEventResolve } = await practitioner.AdverseEventResolve({
    input: { adverseEventId: adverseEventRecord.adverseEvent!.id, resolvedAt },
  });
  expect(adverseEventResolve.userErrors).toEqual([]);
  const { course } = await o.admin.CourseOutcomes({ id: courseId });
  expect(course!.adverseEvents).toEqual([{ id: adverseEventRecord.adverseEvent!.id, kind: 'ERYTHEMA', severity: 'MILD', resolvedAt }]);
});

test('a photo record is refused without photo consent and flagged once consent is withdrawn', async () => {
  const photo = (storageKey: string) =>
    practitioner.OutcomePhotoRecord({ input: { sessionId: completedSession, storageKey, angle: 'FRONT', area: 'FACE', takenAt: ago(10) } });
  // Given no photo consent
  const refused = await photo('photos/before-1.jpg');
  expect(refused.outcomePhotoRecord.userErrors.map((e) => e.code)).toEqual(['NO_PHOTO_CONSENT']);
  expect((await app.sql.query(`SELECT count(*)::int AS n FROM outcome_photos WHERE organization_id = $1`, [o.org.id]))[0].n).toBe(0);

  // When the patient consents (signed before the photo was taken)
  const { consentRecord } = await o.admin.ConsentRecord({
    input: { patientId: gid('Patient', patientId), kind: 'PHOTOS', contentVersion: 'photos-2026', signedAt: ago(20) },
  });
  expect(consentRecord.userErrors).toEqual([]);
  const { outcomePhotoRecord } = await photo('photos/before-1.jpg');
  expect(outcomePhotoRecord.userErrors).toEqual([]);
  expect(outcomePhotoRecord.photo).toMatchObject({
    storageKey: 'photos/before-1.jpg',
    angle: 'FRONT',
    consentId: consentRecord.consent!.id,
    consentPresent: true,
  });
  // The same key twice is TAKEN; a key with spaces is INVALID
  expect(codes((await photo('photos/before-1.jpg')).outcomePhotoRecord)).toEqual(['TAKEN']);
  expect(codes((await photo('photos/with space.jpg')).outcomePhotoRecord)).toEqual(['INVALID']);

  // Then withdrawing the consent flags the record and refuses new ones
  const { consentWithdraw } = await o.admin.ConsentWithdraw({ input: { id: consentRecord.consent!.id } });
  expect(consentWithdraw.userErrors).toEqual([]);
  const { course } = await o.admin.CourseOutcomes({ id: courseId });
  expect(course!.photos).toEqual([{ id: outcomePhotoRecord.photo!.id, consentPresent: false }]);
  expect(codes((await photo('photos/before-2.jpg')).outcomePhotoRecord)).toEqual(['NO_PHOTO_CONSENT']);
});

test('the analytics summaries of every course still match its sessions and measurements, recorded through the API above', async () => {
  expect(await rollupDrift(app.sql)).toEqual([]);
});
