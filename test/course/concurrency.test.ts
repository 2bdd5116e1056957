/**
 * No double booking under load: 50 real HTTP bookings fired at once for one
 * practitioner's slot (50 patients, 50 courses), and for one patient with two
 * practitioners at once. Exactly one wins; the others get SLOT_UNAVAILABLE; the
 * database holds no overlap.
 */
import { uuidFromGlobalId } from '../../src/common/relay/global-id';
import { startTestApp, TestApp } from '../support/harness';
import { courseFixture, overlaps, registerScreened, startCourse, weekday } from './course-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ poolSize: 10 });
});
afterAll(() => app.close());

test("50 concurrent bookings of one practitioner's slot: exactly 1 succeeds, 49 are SLOT_UNAVAILABLE, no overlap in the database", async () => {
  const f = await courseFixture(app);
  const courses: string[] = [];
  for (let i = 0; i < 50; i++) {
    const patientId = i === 0 ? f.patientId : await registerScreened(f.admin);
    courses.push(await startCourse({ ...f, patientId }));
  }
  const startsAt = weekday(1, 0, '10:00');

  const results = await Promise.all(
    courses.map((courseId) => f.admin.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[0], startsAt } })),
  );

  const booked = results.filter((r) => r.sessionBook.session);
  const refused = results.flatMap((r) => r.sessionBook.userErrors);
  expect(booked).toHaveLength(1);
  expect(refused).toHaveLength(49);
  for (const error of refused)
    expect(error).toEqual({
      code: 'SLOT_UNAVAILABLE',
      field: ['input', 'startsAt'],
      message: 'This time is no longer available. Choose another slot.',
    });
  expect(await overlaps(app, f.org.id)).toBe(0);
  const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM course_sessions WHERE organization_id = $1`, [f.org.id]);
  expect(count).toBe(1);
}, 120_000);

test('one patient booked with two practitioners at once, 50 times concurrently: exactly 1 succeeds', async () => {
  const f = await courseFixture(app);
  const first = await startCourse(f, 'microneedling');
  const second = await startCourse(f, 'microneedling-prp');
  const startsAt = weekday(1, 1, '11:00');

  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      f.admin.SessionBook({
        input: {
          courseId: i % 2 ? first : second,
          practitionerId: f.practitionerIds[i % 2 ? 0 : 2],
          startsAt,
        },
      }),
    ),
  );

  expect(results.filter((r) => r.sessionBook.session)).toHaveLength(1);
  const codes = results.flatMap((r) => r.sessionBook.userErrors.map((e) => e.code));
  expect(codes).toEqual(Array(49).fill('SLOT_UNAVAILABLE'));
  expect(await overlaps(app, f.org.id)).toBe(0);
  const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM course_sessions WHERE patient_id = $1`, [
    uuidFromGlobalId(f.patientId, 'Patient', []),
  ]);
  expect(count).toBe(1);
}, 120_000);

test('20 concurrent bookings with the same idempotency key: one session, 20 identical answers; the key with other input is refused', async () => {
  const f = await courseFixture(app);
  const courseId = await startCourse(f);
  const input = { courseId, practitionerId: f.practitionerIds[0], startsAt: weekday(1, 2, '14:00'), idempotencyKey: 'booking-retry-1' };

  const results = await Promise.all(Array.from({ length: 20 }, () => f.admin.SessionBook({ input })));

  expect(results.map((r) => r.sessionBook.userErrors)).toEqual(Array(20).fill([]));
  expect(new Set(results.map((r) => r.sessionBook.session?.id)).size).toBe(1);
  const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM course_sessions WHERE organization_id = $1`, [f.org.id]);
  expect(count).toBe(1);

  const reused = await f.admin.SessionBook({ input: { ...input, startsAt: weekday(1, 2, '15:00') } });
  expect(reused.sessionBook.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  const [{ count: after }] = await app.sql.query(`SELECT count(*)::int AS count FROM course_sessions WHERE organization_id = $1`, [
    f.org.id,
  ]);
  expect(after).toBe(1);
}, 120_000);
