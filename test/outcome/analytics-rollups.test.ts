/**
 * The per-course summaries outcome analytics reads (course_session_tallies,
 * course_outcome_summaries), kept by the database: concurrent changes to one course's
 * sessions add up, a follow-up recorded late does not replace a later one, measurements
 * changed or deleted by hand rebuild their course's summaries, and a summary that drifted
 * from its rows is caught by the check the other test files run after their API writes.
 */
import { QueryRunner } from 'typeorm';
import { startTestApp, TestApp } from '../support/harness';
import { rollupDrift } from '../support/rollup-drift';
import { insertCourse, insertMeasurement, insertPatient, outcomeOrg, OutcomeOrg } from './outcome-fixture';

let app: TestApp;
let fixture: OutcomeOrg;
let firstSessionAt = Date.parse('2031-01-06T09:00:00Z');

beforeAll(async () => {
  app = await startTestApp();
  fixture = await outcomeOrg(app);
});
afterAll(() => app.close());

/** A course of `sessions` (statuses) at the fixture's first clinic; each course's sessions on days of their own. */
async function course(sessions: string[]) {
  const { org, protocolId } = fixture;
  const patientId = await insertPatient(app, org.id);
  const at = new Date(firstSessionAt).toISOString();
  firstSessionAt += 400 * 86_400_000;
  const clinic = org.clinics[0];
  return insertCourse(app, org.id, protocolId, {
    patientId,
    clinicId: clinic.id,
    practitionerId: org.practitioners[0].id,
    sessions,
    firstSessionAt: at,
  });
}

async function tallies(courseId: string) {
  const rows = await app.sql.query(`SELECT completed, no_shows, due, treated FROM course_session_tallies WHERE course_id = $1`, [courseId]);
  return rows[0] ?? null;
}

async function summary(courseId: string) {
  return app.sql.query(`SELECT scale, baseline::float8, latest::float8 FROM course_outcome_summaries WHERE course_id = $1 ORDER BY scale`, [
    courseId,
  ]);
}

async function inTransaction(): Promise<QueryRunner> {
  const runner = app.sql.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  return runner;
}

test('two transactions changing sessions of one course at once: the tallies count both', async () => {
  const { courseId, sessionIds } = await course(['SCHEDULED', 'SCHEDULED', 'SCHEDULED']);
  const first = await inTransaction();
  const second = await inTransaction();
  try {
    // when: the first completes a session; the second, before the first commits, records a no-show
    await first.query(`UPDATE course_sessions SET status = 'COMPLETED' WHERE id = $1`, [sessionIds[0]]);
    const waiting = second.query(`UPDATE course_sessions SET status = 'NO_SHOW' WHERE id = $1`, [sessionIds[1]]);
    await first.commitTransaction();
    await waiting;
    await second.commitTransaction();
  } finally {
    await first.release();
    await second.release();
  }
  // then: a recount in the second transaction would have seen the first session still scheduled
  expect(await tallies(courseId)).toEqual({ completed: 1, no_shows: 1, due: 2, treated: 1 });
});

test('a session changed back and forth, and one deleted: the tallies follow', async () => {
  const { courseId, sessionIds } = await course(['CHECKED_IN', 'COMPLETED', 'SCHEDULED']);
  expect(await tallies(courseId)).toEqual({ completed: 1, no_shows: 0, due: 2, treated: 2 });
  // when
  await app.sql.query(`UPDATE course_sessions SET status = 'COMPLETED' WHERE id = $1`, [sessionIds[0]]);
  await app.sql.query(`UPDATE course_sessions SET status = 'CANCELLED' WHERE id = $1`, [sessionIds[2]]);
  await app.sql.query(`DELETE FROM course_sessions WHERE id = $1`, [sessionIds[1]]);
  // then
  expect(await tallies(courseId)).toEqual({ completed: 1, no_shows: 0, due: 1, treated: 1 });
});

test('a follow-up recorded after a later one does not replace it; measurements changed or deleted by hand rebuild the summary', async () => {
  const { org } = fixture;
  const { courseId, sessionIds } = await course(['COMPLETED', 'COMPLETED']);
  const practitionerId = org.practitioners[0].id;
  const measure = (sessionId: string | null, value: number, assessedAt: string) =>
    insertMeasurement(app, org.id, courseId, { sessionId, scale: 'GOODMAN_BARON_QUALITATIVE', value, assessedAt, practitionerId });
  // given a baseline, then the second session's follow-up, then (recorded late) the first's
  await measure(null, 4, '2030-12-20T10:00:00Z');
  await measure(sessionIds[1], 2, '2031-02-03T10:00:00Z');
  await measure(sessionIds[0], 3, '2031-01-06T10:00:00Z');
  // then the latest is still the second session's
  expect(await summary(courseId)).toEqual([{ scale: 'GOODMAN_BARON_QUALITATIVE', baseline: 4, latest: 2 }]);
  // when the latest is corrected by hand
  await app.sql.query(`UPDATE outcome_measurements SET value = 1 WHERE session_id = $1`, [sessionIds[1]]);
  expect(await summary(courseId)).toEqual([{ scale: 'GOODMAN_BARON_QUALITATIVE', baseline: 4, latest: 1 }]);
  // when it is deleted, the first session's is the latest again
  await app.sql.query(`DELETE FROM outcome_measurements WHERE session_id = $1`, [sessionIds[1]]);
  expect(await summary(courseId)).toEqual([{ scale: 'GOODMAN_BARON_QUALITATIVE', baseline: 4, latest: 3 }]);
  // when everything is deleted, nothing is left
  await app.sql.query(`DELETE FROM outcome_measurements WHERE course_id = $1`, [courseId]);
  expect(await summary(courseId)).toEqual([]);
});

test('the drift check compares every summary with its rows: one changed by hand is reported', async () => {
  // given everything above, consistent
  expect(await rollupDrift(app.sql)).toEqual([]);
  const { courseId } = await course(['COMPLETED']);
  // when a tally is changed behind the triggers' back
  await app.sql.query(`UPDATE course_session_tallies SET completed = completed + 1 WHERE course_id = $1`, [courseId]);
  // then
  const drift = await rollupDrift(app.sql);
  expect(drift.map((d) => [d.drift, d.course_id])).toEqual(
    expect.arrayContaining([
      ['missing tally', courseId],
      ['stale tally', courseId],
    ]),
  );
});
