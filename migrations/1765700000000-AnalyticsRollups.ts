import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-course summaries that outcome analytics reads instead of every session and every
 * measurement, kept by the database in the transaction of each write.
 *
 * - `course_session_tallies`: per course, its sessions by outcome: completed, no-show,
 *   due (checked in, completed or no-show) and treated (checked in or completed).
 *   Statement-level triggers on `course_sessions` add what a statement's new rows count
 *   and subtract what its old rows counted. Additions commute: two transactions
 *   changing sessions of the same course at once leave the right counts whatever their
 *   order (a recount would keep the counts of whichever snapshot wrote last).
 * - `course_outcome_summaries`: per course, scale, area and assessor, the baseline and the
 *   latest follow-up (greatest assessed_at, then id, as analytics has always picked it).
 *   An insert merges its rows into the summary (the baseline once; the latest follow-up
 *   replaced only by a later one), which commutes too. Measurements are never changed by
 *   the application; should a row be updated or deleted anyway, its course's summaries
 *   are rebuilt from the measurements.
 *
 * Both are tenant tables like the rows they summarize: organization_id, the course's
 * patient and clinic (so clinic-scoped readers and PATIENT requests see their own), row
 * level security with one policy per command. The trigger functions run as the writer
 * (SECURITY INVOKER): a request writes only summaries its own policies allow.
 *
 * Existing rows are summarized once, below.
 */
const APP_ROLE = 'clinicgraph_app';
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_PATIENT = `(SELECT NULLIF(current_setting('app.patient_id', true), '')::uuid)`;
const OWN = `organization_id = ${CURRENT_ORG} AND CASE WHEN ${CURRENT_PATIENT} IS NULL THEN true ELSE patient_id = ${CURRENT_PATIENT} END`;

/** What a session counts towards, as 1 or 0. */
const SESSION_COUNTS = {
  completed: `(status = 'COMPLETED')::int`,
  no_shows: `(status = 'NO_SHOW')::int`,
  due: `(status IN ('CHECKED_IN', 'COMPLETED', 'NO_SHOW'))::int`,
  treated: `(status IN ('CHECKED_IN', 'COMPLETED'))::int`,
};
const COUNTS = Object.keys(SESSION_COUNTS);

/** Adds `sign` times each row of `rows` (a transition table) to its course's tallies. */
function sessionDeltas(rows: Array<[table: string, sign: 1 | -1]>): string {
  const union = rows
    .map(
      ([table, sign]) =>
        `SELECT organization_id, course_id, patient_id, clinic_id, ${Object.values(SESSION_COUNTS)
          .map((count, i) => `${sign} * ${count} AS ${COUNTS[i]}`)
          .join(', ')} FROM ${table}`,
    )
    .join(' UNION ALL ');
  return `
    INSERT INTO course_session_tallies AS t (organization_id, course_id, patient_id, clinic_id, ${COUNTS.join(', ')})
    SELECT organization_id, course_id, patient_id, clinic_id, ${COUNTS.map((c) => `sum(${c})`).join(', ')}
      FROM (${union}) AS delta
     GROUP BY organization_id, course_id, patient_id, clinic_id
    HAVING ${COUNTS.map((c) => `sum(${c}) <> 0`).join(' OR ')}
    ON CONFLICT (organization_id, course_id) DO UPDATE SET ${COUNTS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;
}

/** The condition under which an incoming follow-up replaces the stored latest one. */
const LATER = `excluded.latest_at IS NOT NULL AND (s.latest_at IS NULL OR (excluded.latest_at, excluded.latest_id) > (s.latest_at, s.latest_id))`;

/** Merges the measurements of `source` (rows of outcome_measurements' shape) into the summaries. */
function mergeMeasurements(source: string): string {
  return `
    INSERT INTO course_outcome_summaries AS s
           (organization_id, course_id, patient_id, clinic_id, scale, area, assessed_by, baseline, latest, latest_at, latest_id)
    SELECT k.organization_id, k.course_id, k.patient_id, k.clinic_id, k.scale, k.area, k.assessed_by, k.baseline, f.value, f.assessed_at, f.id
      FROM (SELECT organization_id, course_id, patient_id, clinic_id, scale, area, assessed_by,
                   max(value) FILTER (WHERE session_id IS NULL) AS baseline
              FROM ${source} GROUP BY organization_id, course_id, patient_id, clinic_id, scale, area, assessed_by) AS k
      LEFT JOIN (SELECT DISTINCT ON (organization_id, course_id, scale, area, assessed_by)
                        organization_id, course_id, scale, area, assessed_by, value, assessed_at, id
                   FROM ${source} WHERE session_id IS NOT NULL
                  ORDER BY organization_id, course_id, scale, area, assessed_by, assessed_at DESC, id DESC) AS f
        USING (organization_id, course_id, scale, area, assessed_by)
    ON CONFLICT (organization_id, course_id, scale, area, assessed_by) DO UPDATE SET
      baseline = coalesce(excluded.baseline, s.baseline),
      latest = CASE WHEN ${LATER} THEN excluded.latest ELSE s.latest END,
      latest_at = CASE WHEN ${LATER} THEN excluded.latest_at ELSE s.latest_at END,
      latest_id = CASE WHEN ${LATER} THEN excluded.latest_id ELSE s.latest_id END`;
}

/** Rebuilds the summaries of the courses named in `courses` (a query of organization_id, course_id) from their measurements. */
function rebuildSummaries(courses: string): string {
  return `
    DELETE FROM course_outcome_summaries s USING (${courses}) AS c
     WHERE s.organization_id = c.organization_id AND s.course_id = c.course_id;
    ${mergeMeasurements(`(SELECT m.* FROM outcome_measurements m
                           WHERE (m.organization_id, m.course_id) IN (${courses})) AS rebuilt`)}`;
}

type TriggerEvent = 'insert' | 'update' | 'delete';

/** The transition tables each event's trigger sees. */
const TRANSITIONS: Record<TriggerEvent, string> = {
  insert: 'NEW TABLE AS new_rows',
  update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  delete: 'OLD TABLE AS old_rows',
};

/** Keeps `summary` from `source`: a statement-level trigger per event, named after the summary and the event, running its body. */
async function keepSummary(q: QueryRunner, summary: string, source: string, bodies: Record<TriggerEvent, string>): Promise<void> {
  for (const event of Object.keys(TRANSITIONS) as TriggerEvent[]) {
    const name = `${summary}_${event}`;
    await q.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${bodies[event]};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER ${name} AFTER ${event.toUpperCase()} ON ${source}
      REFERENCING ${TRANSITIONS[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
  }
}

export class AnalyticsRollups1765700000000 implements MigrationInterface {
  name = 'AnalyticsRollups1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE course_session_tallies (
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        completed int NOT NULL DEFAULT 0,
        no_shows int NOT NULL DEFAULT 0,
        due int NOT NULL DEFAULT 0,
        treated int NOT NULL DEFAULT 0,
        PRIMARY KEY (organization_id, course_id),
        FOREIGN KEY (organization_id, course_id, patient_id, clinic_id) REFERENCES courses (organization_id, id, patient_id, clinic_id)
      )`);
    await q.query(`
      CREATE TABLE course_outcome_summaries (
        organization_id uuid NOT NULL,
        course_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        scale text NOT NULL,
        area text NOT NULL,
        assessed_by text NOT NULL,
        baseline numeric,
        latest numeric,
        latest_at timestamptz,
        latest_id uuid,
        PRIMARY KEY (organization_id, course_id, scale, area, assessed_by),
        FOREIGN KEY (organization_id, course_id, patient_id, clinic_id) REFERENCES courses (organization_id, id, patient_id, clinic_id)
      )`);

    await keepSummary(q, 'course_session_tallies', 'course_sessions', {
      insert: sessionDeltas([['new_rows', 1]]),
      update: sessionDeltas([
        ['new_rows', 1],
        ['old_rows', -1],
      ]),
      delete: sessionDeltas([['old_rows', -1]]),
    });
    const changed = (tables: string[]) => tables.map((t) => `SELECT organization_id, course_id FROM ${t}`).join(' UNION ');
    await keepSummary(q, 'course_outcome_summaries', 'outcome_measurements', {
      insert: mergeMeasurements('new_rows'),
      update: rebuildSummaries(changed(['old_rows', 'new_rows'])),
      delete: rebuildSummaries(changed(['old_rows'])),
    });

    for (const table of ['course_session_tallies', 'course_outcome_summaries']) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_select ON ${table} FOR SELECT USING (${OWN})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${OWN})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${OWN}) WITH CHECK (${OWN})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${OWN})`);
    }

    // What exists already, summarized once (as the owner: every organization).
    await q.query(sessionDeltas([['course_sessions', 1]]));
    await q.query(mergeMeasurements('outcome_measurements'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, source] of [
      ['course_session_tallies', 'course_sessions'],
      ['course_outcome_summaries', 'outcome_measurements'],
    ]) {
      for (const op of ['insert', 'update', 'delete']) {
        await q.query(`DROP TRIGGER ${table}_${op} ON ${source}`);
        await q.query(`DROP FUNCTION ${table}_${op}()`);
      }
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
