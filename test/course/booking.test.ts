/**
 * A course through the API: start, book (spacing, qualification, hours, clashes),
 * reschedule, cancel, check in, complete with the aftercare plan, no-show; illegal
 * transitions and bad input as userErrors with nothing written.
 * The clinic is in Europe/Berlin; sessions last the offering's 60 minutes.
 */
import { Role } from '../../src/auth/roles';
import { startTestApp, TestApp } from '../support/harness';
import { unknownId } from '../patient/fixtures';
import { courseFixture, CourseFixture, overlaps, registerScreened, startCourse, weekday } from './course-fixture';
import { rollupDrift } from '../support/rollup-drift';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const book = (f: CourseFixture, courseId: string, startsAt: string, practitioner = 0) =>
  f.admin.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[practitioner], startsAt } }).then((r) => r.sessionBook);

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['courses', 'course_sessions', 'eligibility_clearances', 'patient_access_events']) {
    const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}

test("a course from start to completion: plan, progress, check-in, completion with the aftercare plan in the clinic's zone", async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f, 'microneedling', 4);
  const startsAt = weekday(1, 0, '10:00');

  const booked = await book(f, courseId, startsAt);
  expect(booked.userErrors).toEqual([]);
  expect(booked.session).toMatchObject({ status: 'SCHEDULED', practitionerId: f.practitionerIds[0] });
  expect(new Date(booked.session!.endsAt).getTime() - new Date(startsAt).getTime()).toBe(60 * 60_000);

  const sessionId = booked.session!.id;
  const checkedIn = (await f.admin.SessionCheckIn({ input: { sessionId } })).sessionCheckIn;
  expect(checkedIn.session!.status).toBe('CHECKED_IN');
  const { sessionComplete } = await f.admin.SessionComplete({
    input: {
      sessionId,
      areas: [
        { area: 'CHEEKS', needleDepthMm: 1.5 },
        { area: 'FOREHEAD', needleDepthMm: 1.0, note: 'Deep forehead scars' },
      ],
      device: 'Dermapen 4',
      numbingApplied: true,
      numbingMinutes: 30,
      products: [{ name: 'Hyaluronic serum', lotNumber: 'HA-2291' }],
      notes: 'Well tolerated',
      adverseEvents: [{ description: 'Pinpoint bleeding', severity: 'mild' }],
    },
  });
  expect(sessionComplete.userErrors).toEqual([]);
  const done = sessionComplete.session!;
  expect(done.status).toBe('COMPLETED');
  expect(done.record).toMatchObject({
    device: 'Dermapen 4',
    numbingMinutes: 30,
    products: [{ name: 'Hyaluronic serum', lotNumber: 'HA-2291' }],
  });
  // "No makeup" for 24 hours after the session's end (11:00 local) -> 11:00 local the next day.
  const makeup = done.aftercare.find((a) => a.instruction === 'No makeup')!;
  expect(new Date(makeup.until).getTime()).toBe(new Date(done.endsAt).getTime() + 24 * 3_600_000);
  expect(makeup.untilLocal).toBe(
    `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(weekday(1, 1, '12:00')))} 11:00`,
  );
  expect(done.aftercare.map((a) => a.instruction)).toContain('Apply SPF 30+ strictly');

  const { course } = await f.admin.CourseById({ id: courseId });
  expect(course!.status).toBe('ACTIVE');
  expect(course!.progress).toEqual({ completed: 1, planned: 4, label: 'session 2 of 4' });
  expect(course!.plan).toHaveLength(4);
  expect(course!.plan[1].earliestStart).toBe(weekday(5, 0, '00:00'));
  // 28-42 days after the first session's local day: from Monday week 5 until the end of Monday week 7.
  expect(course!.plan[1].latestStart).toBe(weekday(7, 1, '00:00'));
});

test("spacing: too early is INTERVAL_TOO_SHORT with the earliest allowed start; the window's first day is accepted", async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  expect((await book(f, courseId, weekday(0, 0, '10:00'))).userErrors).toEqual([]);

  const early = await book(f, courseId, weekday(3, 4, '17:00'));
  expect(early.userErrors).toEqual([
    { code: 'INTERVAL_TOO_SHORT', field: ['input', 'startsAt'], message: expect.stringContaining(weekday(4, 0, '00:00')) as string },
  ]);
  expect((await book(f, courseId, weekday(4, 0, '09:00'))).userErrors).toEqual([]);
});

test('alternating protocol: sessions alternate microneedling and peel, and the peel keeps its component gap', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f, 'microneedling-alternating-glycolic-peel', 6);
  expect((await book(f, courseId, weekday(0, 0, '10:00'))).userErrors).toEqual([]);

  // 13 days after microneedling: too soon for the peel (14-28 days).
  expect((await book(f, courseId, weekday(1, 6 - 7 + 6, '10:00'))).userErrors.map((e) => e.code)).toEqual(['INTERVAL_TOO_SHORT']);
  expect((await book(f, courseId, weekday(2, 0, '10:00'))).userErrors).toEqual([]);

  const { course } = await f.admin.CourseById({ id: courseId });
  expect(course!.plan.map((p) => p.treatmentSlugs)).toEqual([
    ['microneedling'],
    ['chemical-peel-glycolic'],
    ['microneedling'],
    ['chemical-peel-glycolic'],
    ['microneedling'],
    ['chemical-peel-glycolic'],
  ]);
});

test("combined same-visit protocol: one session for both components, the offering's duration, a practitioner qualified for both", async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f, 'microneedling-prp', 3);
  await app.sql.query(
    `UPDATE practitioner_qualifications SET expires_on = '2020-01-01'
    WHERE practitioner_id = (SELECT id FROM practitioners WHERE organization_id = $1 AND slug = 'practitioner-1-3')
      AND treatment_id = (SELECT id FROM treatments WHERE slug = 'prp-therapy' AND organization_id IS NULL)`,
    [f.org.id],
  );

  const notQualified = await book(f, courseId, weekday(1, 0, '10:00'), 2);
  expect(notQualified.userErrors.map((e) => e.code)).toEqual(['NOT_QUALIFIED']);
  await app.sql.query(
    `UPDATE offering_settings SET duration_minutes = 90 WHERE organization_id = $1
    AND protocol_id = (SELECT id FROM protocols WHERE slug = 'microneedling-prp' AND organization_id IS NULL)`,
    [f.org.id],
  );
  const booked = await book(f, courseId, weekday(1, 0, '10:00'), 0);
  expect(booked.userErrors).toEqual([]);
  expect(new Date(booked.session!.endsAt).getTime() - new Date(booked.session!.startsAt).getTime()).toBe(90 * 60_000);
});

test('qualification expiry: a practitioner whose qualification has expired is NOT_QUALIFIED', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const result = await book(f, courseId, weekday(1, 0, '10:00'), 1);
  expect(result.userErrors).toEqual([{ code: 'NOT_QUALIFIED', field: ['input', 'practitionerId'], message: expect.any(String) as string }]);
});

test('adjacent slots both succeed, an overlap is SLOT_UNAVAILABLE, a cancelled slot can be rebooked', async () => {
  const f = await courseFixture(app);
  const a = await startCourse(f);
  const other = await registerScreened(f.admin);
  const b = await startCourse({ ...f, patientId: other });
  const c = await startCourse({ ...f, patientId: await registerScreened(f.admin) });

  const first = await book(f, a, weekday(1, 0, '10:00'));
  expect(first.userErrors).toEqual([]);
  expect((await book(f, b, weekday(1, 0, '11:00'))).userErrors).toEqual([]);
  expect((await book(f, c, weekday(1, 0, '10:30'))).userErrors).toEqual([
    { code: 'SLOT_UNAVAILABLE', field: ['input', 'startsAt'], message: 'This time is no longer available. Choose another slot.' },
  ]);

  const { sessionCancel } = await f.admin.SessionCancel({ input: { sessionId: first.session!.id, reason: 'Patient unwell' } });
  expect(sessionCancel.session).toMatchObject({ status: 'CANCELLED', cancelReason: 'Patient unwell' });
  expect((await book(f, c, weekday(1, 0, '10:00'))).userErrors).toEqual([]);
  expect(await overlaps(app, f.org.id)).toBe(0);
});

test('the exclusion constraint refuses an overlap even when SQL skips every check', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const booked = await book(f, courseId, weekday(1, 0, '10:00'));
  await expect(
    app.sql.query(
      `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at)
     SELECT organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at + interval '30 minutes', ends_at FROM course_sessions WHERE id = (
       SELECT id FROM course_sessions WHERE organization_id = $1 LIMIT 1)`,
      [f.org.id],
    ),
  ).rejects.toMatchObject({ code: '23P01' });
  expect(booked.session).not.toBeNull();
});

test('outside working hours or on leave is OUTSIDE_HOURS', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  expect((await book(f, courseId, weekday(1, 0, '18:30'))).userErrors.map((e) => e.code)).toEqual(['OUTSIDE_HOURS']);
  expect((await book(f, courseId, weekday(1, 5, '10:00'))).userErrors.map((e) => e.code)).toEqual(['OUTSIDE_HOURS']);
  await f.admin.LeaveAdd({
    input: { practitionerId: f.practitionerIds[0], startsAt: weekday(1, 1, '00:00'), endsAt: weekday(1, 2, '00:00') },
  });
  expect((await book(f, courseId, weekday(1, 1, '10:00'))).userErrors.map((e) => e.code)).toEqual(['OUTSIDE_HOURS']);
});

test('illegal transitions are userErrors: completing a cancelled session, checking in twice, a no-show after completion', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const sessionId = (await book(f, courseId, weekday(1, 0, '10:00'))).session!.id;
  await f.admin.SessionCancel({ input: { sessionId, reason: 'Moved away' } });

  const complete = await f.admin.SessionComplete({
    input: { sessionId, areas: [{ area: 'CHEEKS', needleDepthMm: 1 }], numbingApplied: false },
  });
  expect(complete.sessionComplete.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
  expect((await f.admin.SessionCheckIn({ input: { sessionId } })).sessionCheckIn.userErrors.map((e) => e.code)).toEqual([
    'ILLEGAL_TRANSITION',
  ]);

  const next = (await book(f, courseId, weekday(1, 1, '10:00'))).session!.id;
  expect((await f.admin.SessionNoShow({ input: { sessionId: next } })).sessionNoShow.session!.status).toBe('NO_SHOW');
  expect((await f.admin.SessionNoShow({ input: { sessionId: next } })).sessionNoShow.userErrors.map((e) => e.code)).toEqual([
    'ILLEGAL_TRANSITION',
  ]);
  const { course } = await f.admin.CourseById({ id: courseId });
  expect(course!.deviations).toEqual([{ kind: 'NO_SHOW', number: null, sessionId: next }]);
});

test('reschedule moves a session; its old time is free again', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const sessionId = (await book(f, courseId, weekday(1, 0, '10:00'))).session!.id;
  const { sessionReschedule } = await f.admin.SessionReschedule({ input: { sessionId, startsAt: weekday(1, 0, '10:15') } });
  expect(sessionReschedule.userErrors).toEqual([]);
  expect(sessionReschedule.session!.startsAt).toBe(weekday(1, 0, '10:15'));
  const { availability } = await app.api.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocols.microneedling,
    from: weekday(1, 0, '09:00'),
    to: weekday(1, 0, '12:15'),
    practitionerId: f.practitionerIds[0],
  });
  expect(availability.map((s) => s.startsAt)).toEqual([weekday(1, 0, '09:00'), weekday(1, 0, '09:15'), weekday(1, 0, '11:15')]);
});

test("bad input: past dates, out-of-range depths, malformed, unknown and other tenants' ids are typed userErrors and write nothing", async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const sessionId = (await book(f, courseId, weekday(1, 0, '10:00'))).session!.id;
  await f.admin.SessionCheckIn({ input: { sessionId } });
  const other = await courseFixture(app);
  const otherCourse = await startCourse(other);
  const before = await rowCounts();

  expect((await book(f, courseId, '2020-01-06T10:00:00Z')).userErrors.map((e) => e.code)).toEqual(['IN_THE_PAST']);
  expect((await book(f, 'not-an-id', weekday(2, 0, '10:00'))).userErrors.map((e) => e.code)).toEqual(['INVALID']);
  expect((await book(f, unknownId('Course'), weekday(2, 0, '10:00'))).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  expect((await book(f, otherCourse, weekday(2, 0, '10:00'))).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  const deep = await f.admin.SessionComplete({
    input: {
      sessionId,
      areas: [
        { area: 'AROUND_EYES', needleDepthMm: 1.0 },
        { area: 'CHEEKS', needleDepthMm: 3.5, note: 'x' },
      ],
      numbingApplied: false,
    },
  });
  expect(deep.sessionComplete.userErrors.map((e) => [e.code, e.field])).toEqual([
    ['INVALID', ['input', 'areas', '0', 'needleDepthMm']],
    ['INVALID', ['input', 'areas', '1', 'needleDepthMm']],
  ]);
  const outOfRange = await f.admin.CourseStart({
    input: {
      patientId: f.patientId,
      protocolId: f.protocols.microneedling,
      clinicId: f.clinicId,
      leadPractitionerId: f.practitionerIds[0],
      targetConcerns: ['ACNE_SCARS'],
      plannedSessions: 8,
    },
  });
  expect(outOfRange.courseStart.userErrors.map((e) => e.code)).toEqual(['SESSION_COUNT_OUT_OF_RANGE']);
  const tooLong = await f.admin.SessionBook({
    input: { courseId, practitionerId: f.practitionerIds[0], startsAt: weekday(2, 0, '10:00'), idempotencyKey: 'k'.repeat(129) },
  });
  expect(tooLong.sessionBook.userErrors.map((e) => e.code)).toEqual(['INVALID']);

  expect(await rowCounts()).toEqual(before);
});

test("an override reason lets a course plan sessions outside the protocol's range", async () => {
  const f = await courseFixture(app);
  const { courseStart } = await f.admin.CourseStart({
    input: {
      patientId: f.patientId,
      protocolId: f.protocols.microneedling,
      clinicId: f.clinicId,
      leadPractitionerId: f.practitionerIds[0],
      targetConcerns: ['ACNE_SCARS'],
      plannedSessions: 8,
      overrideReason: 'Deep rolling scars: two extra sessions planned.',
    },
  });
  expect(courseStart.userErrors).toEqual([]);
  expect(courseStart.course).toMatchObject({
    plannedSessions: 8,
    overrideReason: 'Deep rolling scars: two extra sessions planned.',
    status: 'PLANNED',
  });
});

test("a PATIENT books and cancels within their own courses only, and their availability excludes everyone's booked time", async () => {
  const f = await courseFixture(app);
  const own = await startCourse(f);
  const someoneElse = await startCourse({ ...f, patientId: await registerScreened(f.admin) });
  const { uuidFromGlobalId } = await import('../../src/common/relay/global-id');
  const patient = (await app.as({ role: Role.PATIENT, organization: f.org.slug, patientId: uuidFromGlobalId(f.patientId, 'Patient', []) }))
    .api;
  // Another patient's session at 10:00 with practitioner 1.
  expect((await book(f, someoneElse, weekday(1, 0, '10:00'))).userErrors).toEqual([]);

  const { availability } = await patient.Availability({
    clinicId: f.clinicId,
    protocolId: f.protocols.microneedling,
    from: weekday(1, 0, '09:00'),
    to: weekday(1, 0, '12:00'),
    practitionerId: f.practitionerIds[0],
  });
  expect(availability.map((s) => s.startsAt)).toEqual([weekday(1, 0, '09:00'), weekday(1, 0, '11:00')]);

  const theirs = await patient.SessionBook({
    input: { courseId: someoneElse, practitionerId: f.practitionerIds[0], startsAt: weekday(1, 0, '11:00') },
  });
  expect(theirs.sessionBook.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  const clash = await patient.SessionBook({
    input: { courseId: own, practitionerId: f.practitionerIds[0], startsAt: weekday(1, 0, '10:00') },
  });
  expect(clash.sessionBook.userErrors).toEqual([
    { code: 'SLOT_UNAVAILABLE', field: ['input', 'startsAt'], message: 'This time is no longer available. Choose another slot.' },
  ]);
  const mine = await patient.SessionBook({
    input: { courseId: own, practitionerId: f.practitionerIds[0], startsAt: weekday(1, 0, '11:00'), idempotencyKey: 'booking-1' },
  });
  expect(mine.sessionBook.userErrors).toEqual([]);
  const cancelled = await patient.SessionCancel({ input: { sessionId: mine.sessionBook.session!.id, reason: 'Cannot make it' } });
  expect(cancelled.sessionCancel.session!.status).toBe('CANCELLED');
  const { patient: me } = await patient.CoursesOfPatient({ id: f.patientId });
  expect(me!.courses.map((c) => c.id)).toEqual([own]);
});

test('clinic-scoped staff: another clinic of the organization is NOT_ALLOWED for courseStart; its courses are invisible to book', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  await app.sql.query(
    `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
    VALUES ($1, 'clinic-other', 'Other', 'Street 9', 'Berlin', 'DE', 'Europe/Berlin')`,
    [f.org.id],
  );
  const manager = (await app.as({ role: Role.CLINIC_MANAGER, organization: f.org.slug, clinics: ['clinic-other'] })).api;

  const started = await manager.CourseStart({
    input: {
      patientId: f.patientId,
      protocolId: f.protocols.microneedling,
      clinicId: f.clinicId,
      leadPractitionerId: f.practitionerIds[0],
      targetConcerns: ['ACNE_SCARS'],
      plannedSessions: 4,
    },
  });
  expect(started.courseStart.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_ALLOWED', ['input', 'clinicId']]]);
  const booked = await manager.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[0], startsAt: weekday(1, 0, '10:00') } });
  expect(booked.sessionBook.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  expect((await manager.CourseById({ id: courseId })).course).toBeNull();
});

test('the analytics summaries of every course still match its sessions and measurements, booked, rescheduled, checked in, completed, cancelled and missed through the API above', async () => {
  expect(await rollupDrift(app.sql)).toEqual([]);
});
