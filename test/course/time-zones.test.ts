/**
 * Windows in the clinic's zone across daylight saving, and the screening's age on the
 * session day. Berlin moves to summer time on 2027-03-28; 2027-03-01 is a Monday.
 */
import { startTestApp, TestApp } from '../support/harness';
import { courseFixture, startCourse } from './course-fixture';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('the next session may start from local midnight four weeks later, whatever the offset did in between', async () => {
  const f = await courseFixture(app);
  // Months ahead: keep today's screening valid until then.
  await app.sql.query(`UPDATE organizations SET screening_valid_days = 400 WHERE id = $1`, [f.org.id]);
  const courseId = await startCourse(f);
  const book = (startsAt: string) =>
    f.admin.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[0], startsAt } }).then((r) => r.sessionBook);
  expect((await book('2027-03-01T16:00:00+01:00')).userErrors).toEqual([]);

  // Friday 26 March is too early; the earliest start is Monday 29 March 00:00 in Berlin, now UTC+2.
  const early = await book('2027-03-26T10:00:00+01:00');
  expect(early.userErrors).toEqual([
    { code: 'INTERVAL_TOO_SHORT', field: ['input', 'startsAt'], message: expect.stringContaining('2027-03-28T22:00:00.000Z') as string },
  ]);
  const second = await book('2027-03-29T09:00:00+02:00');
  expect(second.userErrors).toEqual([]);
  expect(second.session!.endsAt).toBe('2027-03-29T08:00:00.000Z');

  const { course } = await f.admin.CourseById({ id: courseId });
  expect(course!.plan[1]).toMatchObject({ earliestStart: '2027-03-28T22:00:00.000Z', latestStart: '2027-04-12T22:00:00.000Z' });
});

test("a session beyond the screening's validity is INELIGIBLE until the screening is renewed", async () => {
  const f = await courseFixture(app);
  await app.sql.query(`UPDATE organizations SET screening_valid_days = 30 WHERE id = $1`, [f.org.id]);
  const courseId = await startCourse(f);
  const later = new Date(Date.now() + 45 * 86_400_000);
  // A weekday at 10:00 Berlin, 45-51 days ahead.
  while (later.getUTCDay() === 0 || later.getUTCDay() === 6) later.setUTCDate(later.getUTCDate() + 1);
  const startsAt = `${later.toISOString().slice(0, 10)}T10:00:00${new Intl.DateTimeFormat('en', {
    timeZone: 'Europe/Berlin',
    timeZoneName: 'longOffset',
  })
    .formatToParts(later)
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', '')}`;

  const { sessionBook } = await f.admin.SessionBook({ input: { courseId, practitionerId: f.practitionerIds[0], startsAt } });
  expect(sessionBook.userErrors).toEqual([
    { code: 'INELIGIBLE', field: ['input', 'startsAt'], message: expect.stringContaining('SCREENING_EXPIRED') as string },
  ]);
});
