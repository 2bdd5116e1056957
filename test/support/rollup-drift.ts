/**
 * The analytics summaries (course_session_tallies, course_outcome_summaries) recomputed
 * from the rows they summarize, as the owner: every difference, both ways. Empty when the
 * triggers kept them right through whatever a test did.
 */
import { DataSource } from 'typeorm';

const EXPECTED_TALLIES = `
  SELECT organization_id, course_id, patient_id, clinic_id,
         count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
         count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_shows,
         count(*) FILTER (WHERE status IN ('CHECKED_IN', 'COMPLETED', 'NO_SHOW'))::int AS due,
         count(*) FILTER (WHERE status IN ('CHECKED_IN', 'COMPLETED'))::int AS treated
    FROM course_sessions GROUP BY organization_id, course_id, patient_id, clinic_id`;
// A course whose sessions count towards nothing (all scheduled or cancelled) may have a row of zeros or none.
const ACTUAL_TALLIES = `
  SELECT organization_id, course_id, patient_id, clinic_id, completed, no_shows, due, treated FROM course_session_tallies`;
const NONZERO = `completed <> 0 OR no_shows <> 0 OR due <> 0 OR treated <> 0`;

const EXPECTED_SUMMARIES = `
  SELECT k.organization_id, k.course_id, k.patient_id, k.clinic_id, k.scale, k.area, k.assessed_by, k.baseline,
         f.value AS latest, f.assessed_at AS latest_at, f.id AS latest_id
    FROM (SELECT organization_id, course_id, patient_id, clinic_id, scale, area, assessed_by,
                 max(value) FILTER (WHERE session_id IS NULL) AS baseline
            FROM outcome_measurements GROUP BY 1, 2, 3, 4, 5, 6, 7) k
    LEFT JOIN (SELECT DISTINCT ON (organization_id, course_id, scale, area, assessed_by) *
                 FROM outcome_measurements WHERE session_id IS NOT NULL
                ORDER BY organization_id, course_id, scale, area, assessed_by, assessed_at DESC, id DESC) f
      USING (organization_id, course_id, scale, area, assessed_by)`;
const ACTUAL_SUMMARIES = `
  SELECT organization_id, course_id, patient_id, clinic_id, scale, area, assessed_by, baseline, latest, latest_at, latest_id
    FROM course_outcome_summaries`;

/** Rows that differ between the summaries and their recomputation, labelled `missing` (expected, absent) or `stale` (present, not expected). */
export async function rollupDrift(sql: DataSource): Promise<Array<Record<string, unknown>>> {
  const difference = (label: string, left: string, right: string) =>
    `SELECT '${label}' AS drift, * FROM ((${left}) EXCEPT (${right})) AS d`;
  const expectedTallies = `SELECT * FROM (${EXPECTED_TALLIES}) t WHERE ${NONZERO}`;
  const actualTallies = `SELECT * FROM (${ACTUAL_TALLIES}) t WHERE ${NONZERO}`;
  const tallies: Array<Record<string, unknown>> = await sql.query(
    `${difference('missing tally', expectedTallies, actualTallies)} UNION ALL ${difference('stale tally', actualTallies, expectedTallies)}`,
  );
  const summaries: Array<Record<string, unknown>> = await sql.query(
    `SELECT drift, course_id, scale, area, assessed_by FROM (
       ${difference('missing summary', EXPECTED_SUMMARIES, ACTUAL_SUMMARIES)}
       UNION ALL ${difference('stale summary', ACTUAL_SUMMARIES, EXPECTED_SUMMARIES)}) AS d`,
  );
  return [...tallies, ...summaries];
}
