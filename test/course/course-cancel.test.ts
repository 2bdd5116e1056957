/**
 * Cancelling a course through the API (`courseCancel`): the course and its scheduled
 * sessions are cancelled with the reason, their times are free again, the trail records
 * it and analytics' summaries follow; a completed or cancelled course (COURSE_CLOSED), a course with a session
 * checked in, a blank reason or an unknown course are userErrors with nothing written;
 * roles outside course staff are refused.
 */
import { Role } from '../../src/auth/roles';
import { uuidFromGlobalId } from '../../src/common/relay/global-id';
import { startTestApp, TestApp } from '../support/harness';
import { rollupDrift } from '../support/rollup-drift';
import { unknownId } from '../patient/fixtures';
import { courseFixture, CourseFixture, registerScreened, startCourse, weekday } from './course-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const book = (f: CourseFixture, courseId: string, startsAt: string) =>
  f.admin.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[0], startsAt } }).then((r) => r.sessionBook);

async function sessionsOf(courseId: string) {
  return app.sql.query(`SELECT status, cancel_reason FROM course_sessions WHERE course_id = $1 ORDER BY starts_at`, [
    uuidFromGlobalId(courseId, 'Course', []),
  ]);
}

async function trailOf(patientId: string, action: string): Promise<number> {
  const [{ count }] = await app.sql.query(
    `SELECT count(*)::int AS count FROM patient_access_events WHERE patient_id = $1 AND action = $2`,
    [uuidFromGlobalId(patientId, 'Patient', []), action],
  );
  return count as number;
}

test('a cancelled course cancels its scheduled sessions with the reason, frees their times and is recorded', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f, 'microneedling', 4);
  const slot = weekday(1, 0, '10:00');
  expect((await book(f, courseId, slot)).userErrors).toEqual([]);
  expect((await book(f, courseId, weekday(6, 0, '10:00'))).userErrors).toEqual([]);

  // when
  const { courseCancel } = await f.admin.CourseCancel({ input: { courseId, reason: 'Moved abroad' } });

  // then
  expect(courseCancel.userErrors).toEqual([]);
  expect(courseCancel.course).toMatchObject({ id: courseId, status: 'CANCELLED', cancelReason: 'Moved abroad' });
  expect(Date.now() - new Date(courseCancel.course!.cancelledAt as string).getTime()).toBeLessThan(60_000);
  expect(await sessionsOf(courseId)).toEqual([
    { status: 'CANCELLED', cancel_reason: 'Moved abroad' },
    { status: 'CANCELLED', cancel_reason: 'Moved abroad' },
  ]);
  expect(await trailOf(f.patientId, 'COURSE_CANCEL')).toBe(1);
  // the practitioner's time is free for another patient's course
  const other = await startCourse({ ...f, patientId: await registerScreened(f.admin) });
  expect((await book(f, other, slot)).userErrors).toEqual([]);
  // and nothing more is booked on the cancelled course
  expect((await book(f, courseId, weekday(10, 0, '10:00'))).userErrors.map((e) => e.code)).toEqual(['COURSE_CLOSED']);
  // analytics' summaries follow
  expect(await rollupDrift(app.sql)).toEqual([]);
});

test('cancelling twice, with a session checked in, without a reason or an unknown course is a userError and writes nothing', async () => {
  const f = await courseFixture(app);
  const cancelled = await startCourse(f);
  expect((await f.admin.CourseCancel({ input: { courseId: cancelled, reason: 'Changed her mind' } })).courseCancel.userErrors).toEqual([]);
  const inProgress = await startCourse({ ...f, patientId: await registerScreened(f.admin) });
  const sessionId = (await book(f, inProgress, weekday(1, 1, '10:00'))).session!.id;
  expect((await f.admin.SessionCheckIn({ input: { sessionId } })).sessionCheckIn.userErrors).toEqual([]);
  const cancel = (courseId: string, reason = 'Because') =>
    f.admin.CourseCancel({ input: { courseId, reason } }).then((r) => r.courseCancel);

  // when
  const answers = [await cancel(cancelled), await cancel(inProgress), await cancel(inProgress, '   '), await cancel(unknownId('Course'))];

  // then
  expect(answers.map((a) => [a.course, a.userErrors.map((e) => [e.code, e.field])])).toEqual([
    [null, [['COURSE_CLOSED', ['input', 'courseId']]]],
    [null, [['ILLEGAL_TRANSITION', ['input', 'courseId']]]],
    [null, [['INVALID', ['input', 'reason']]]],
    [null, [['NOT_FOUND', ['input', 'courseId']]]],
  ]);
  expect(answers[0].userErrors[0].message).toBe('This course is closed: it is cancelled already.');
  expect((await f.admin.CourseById({ id: inProgress })).course!.status).not.toBe('CANCELLED');
  expect(await sessionsOf(inProgress)).toEqual([{ status: 'CHECKED_IN', cancel_reason: null }]);
});

test('an ANALYST may not cancel a course', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const analyst = (await app.as({ role: Role.ANALYST, organization: f.org.slug })).api;

  await expect(analyst.CourseCancel({ input: { courseId, reason: 'Not mine to cancel' } })).rejects.toThrow(
    /FORBIDDEN|not allowed|Access denied/i,
  );
  expect((await f.admin.CourseById({ id: courseId })).course!.status).toBe('PLANNED');
});
