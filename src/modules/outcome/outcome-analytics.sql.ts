/**
 * The one statement behind `outcomeAnalytics` and its CSV export: courses of the viewer's
 * scope matching the filter, grouped by the requested dimensions, every figure computed by
 * PostgreSQL (counts, rates, mean and median change, share improved, adverse-event rates)
 * together with the number of patients behind it, and suppressed (figures NULL,
 * `suppressed` true) where fewer patients than the minimum stand behind it. Nothing
 * patient-identifying leaves the statement: patients are only counted.
 *
 * Plan (see README, "The plan of the analytics statement"): `base` reads the courses in
 * scope (sequentially for a whole organization; through an index leading with
 * organization_id, plus clinic, protocol or lead practitioner and the start range, when
 * filtered) with each course's session tallies; its baselines and latest follow-ups come
 * from one summary row per course, scale, area and assessor (both kept by triggers,
 * migration AnalyticsRollups), its adverse events from their table; each is joined to the
 * courses by hash, or by index per course when few are in scope. Ids are grouped raw and
 * encoded as global ids once per group.
 */
import { TenantScope } from '../../db/tenant-scope';
import { SqlParams } from '../../db/sql';
import { AnalyticsDimension } from './outcome.enums';
import { ADVERSE_EVENT_KINDS, scaleRulesValues } from './outcome.rules';

export interface AnalyticsFilterValues {
  protocolIds?: string[];
  treatmentIds?: string[];
  clinicIds?: string[];
  practitionerIds?: string[];
  concerns?: string[];
  skinTypes?: string[];
  startedFrom?: Date;
  startedBefore?: Date;
}

/** A base64url global id computed in SQL, as toGlobalId computes it ("Type:uuid"). */
const globalId = (typename: string, column: string) =>
  `translate(rtrim(replace(encode(convert_to('${typename}:' || ${column}::text, 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')`;

/**
 * Each dimension: its grouping expressions over `base` columns, the output columns they
 * become, and for ids the type whose global id the output is (encoded once per group, in
 * the final SELECT: courses are grouped by the raw uuid).
 */
const DIMENSIONS: Record<AnalyticsDimension, Array<[output: string, expression: string, idOf?: string]>> = {
  PROTOCOL: [
    ['protocolId', 'b.protocol_id::text', 'Protocol'],
    ['protocolName', 'b.protocol_name'],
  ],
  CLINIC: [
    ['clinicId', 'b.clinic_id::text', 'Clinic'],
    ['clinicName', 'b.clinic_name'],
  ],
  PRACTITIONER: [['practitionerId', 'b.lead_practitioner_id::text', 'Practitioner']],
  SKIN_TYPE: [['skinType', 'b.skin_type']],
  MONTH: [['month', 'b.month']],
};
const OUTPUTS = Object.values(DIMENSIONS).flat();
/** Groups in an order people read (names before ids; months and skin types in their own order). */
const ORDER = ['protocolName', 'protocolId', 'clinicName', 'clinicId', 'practitionerId', 'skinType', 'month'];

/**
 * Builds the statement. `groupBy` may be empty (one group: everything in scope). The
 * minimum number of patients is a parameter; the scales' directions and minimal
 * differences come from outcome.rules.ts as a VALUES list.
 */
export function outcomeAnalyticsSql(
  scope: TenantScope,
  filter: AnalyticsFilterValues,
  groupBy: readonly AnalyticsDimension[],
  minGroupPatients: number,
): { sql: string; values: unknown[] } {
  const q = new SqlParams();
  const dims = new Set(groupBy);
  // Group columns: the requested dimensions' expressions, NULL for the others.
  const groupColumns = OUTPUTS.map(([output, expression, idOf]) => {
    const requested = (Object.entries(DIMENSIONS) as Array<[AnalyticsDimension, Array<[string, string]>]>).some(
      ([dim, columns]) => dims.has(dim) && columns.some(([o]) => o === output),
    );
    const column = `g."${output}"`;
    return { output, expression: requested ? expression : 'NULL::text', value: requested && idOf ? globalId(idOf, column) : column };
  });
  const groupSelect = groupColumns.map((c) => `${c.expression} AS "${c.output}"`).join(', ');
  const groupKey = `jsonb_build_array(${groupColumns.map((c) => c.expression).join(', ')})::text`;
  const quoted = groupColumns.map((c) => `"${c.output}"`).join(', ');

  const where = [scope.tenantRows('courses', 'c', q)];
  if (filter.protocolIds) where.push(`c.protocol_id = ANY(${q.param(filter.protocolIds)}::uuid[])`);
  if (filter.clinicIds) where.push(`c.clinic_id = ANY(${q.param(filter.clinicIds)}::uuid[])`);
  if (filter.practitionerIds) where.push(`c.lead_practitioner_id = ANY(${q.param(filter.practitionerIds)}::uuid[])`);
  if (filter.concerns) where.push(`c.target_concerns && ${q.param(filter.concerns)}::text[]`);
  if (filter.skinTypes) where.push(`p.skin_type = ANY(${q.param(filter.skinTypes)}::text[])`);
  if (filter.startedFrom) where.push(`c.created_at >= ${q.param(filter.startedFrom)}`);
  if (filter.startedBefore) where.push(`c.created_at < ${q.param(filter.startedBefore)}`);
  if (filter.treatmentIds) {
    where.push(`EXISTS (SELECT 1 FROM protocol_steps ps WHERE ps.owner_id = c.protocol_owner_id AND ps.protocol_id = c.protocol_id
                           AND ps.treatment_id = ANY(${q.param(filter.treatmentIds)}::uuid[]))`);
  }
  const min = q.param(minGroupPatients);
  const kinds = q.param(ADVERSE_EVENT_KINDS);
  const suppressUnless = (patients: string, value: string) => `CASE WHEN ${patients} >= ${min} THEN ${value} END`;

  const sql = `
WITH scale_rules (scale, direction, minimal_difference, mode, neutral) AS (VALUES ${scaleRulesValues()}),
base AS (
  SELECT c.id AS course_id, c.organization_id, c.patient_id, c.status, c.protocol_id, c.clinic_id, c.lead_practitioner_id,
         pr.name AS protocol_name, cl.name AS clinic_name, p.skin_type,
         to_char(c.created_at AT TIME ZONE cl.time_zone, 'YYYY-MM') AS month
    FROM courses c
    JOIN clinics cl ON cl.organization_id = c.organization_id AND cl.id = c.clinic_id
    JOIN protocols pr ON pr.owner_id = c.protocol_owner_id AND pr.id = c.protocol_id
    JOIN patients p ON p.organization_id = c.organization_id AND p.id = c.patient_id
   WHERE ${where.join('\n     AND ')}
),
course_facts AS MATERIALIZED (
  SELECT b.course_id, b.organization_id, b.patient_id, b.status, ${groupSelect}, ${groupKey} AS gkey,
         coalesce(t.completed, 0) AS completed_sessions, coalesce(t.no_shows, 0) AS no_show_sessions,
         coalesce(t.due, 0) AS due_sessions, coalesce(t.treated, 0) AS treated_sessions
    FROM base b
    LEFT JOIN course_session_tallies t ON t.organization_id = b.organization_id AND t.course_id = b.course_id
),
groups AS (
  SELECT gkey, ${quoted},
         count(*) AS courses_started,
         count(DISTINCT patient_id) AS patients,
         count(*) FILTER (WHERE status = 'COMPLETED') AS courses_completed,
         count(DISTINCT patient_id) FILTER (WHERE status = 'COMPLETED') AS completed_patients,
         sum(completed_sessions) FILTER (WHERE status = 'COMPLETED') AS completed_course_sessions,
         sum(no_show_sessions) AS no_show_sessions,
         sum(due_sessions) AS due_sessions,
         count(DISTINCT patient_id) FILTER (WHERE due_sessions > 0) AS due_patients,
         sum(treated_sessions) AS treated_sessions,
         count(DISTINCT patient_id) FILTER (WHERE treated_sessions > 0) AS treated_patients
    FROM course_facts GROUP BY gkey, ${quoted}
),
-- One observation per course, scale, area and assessor: its latest follow-up against its
-- baseline, as the course's summary row holds them (course_outcome_summaries).
observations AS (
  SELECT f.gkey, f.patient_id, o.scale, o.latest AS value,
         CASE r.mode WHEN 'BASELINE' THEN o.latest - o.baseline WHEN 'RATED_CHANGE' THEN o.latest - r.neutral END AS change,
         r.direction, r.minimal_difference
    FROM course_facts f
    JOIN course_outcome_summaries o ON o.course_id = f.course_id
    JOIN scale_rules r ON r.scale = o.scale
   WHERE ${scope.tenantRows('course_outcome_summaries', 'o', q)} AND o.latest IS NOT NULL AND (r.mode <> 'BASELINE' OR o.baseline IS NOT NULL)
),
scale_groups AS MATERIALIZED (
  SELECT gkey, jsonb_agg(jsonb_build_object(
           'scale', scale,
           'suppressed', patients < ${min},
           'observations', ${suppressUnless('patients', 'observations')},
           'patients', ${suppressUnless('patients', 'patients')},
           'meanValue', ${suppressUnless('patients', 'mean_value')},
           'meanChange', ${suppressUnless('patients', 'mean_change')},
           'medianChange', ${suppressUnless('patients', 'median_change')},
           'improvedShare', ${suppressUnless('patients', 'improved_share')}) ORDER BY scale) AS scales
    FROM (
      SELECT gkey, scale, count(*) AS observations, count(DISTINCT patient_id) AS patients,
             avg(value)::float8 AS mean_value, avg(change)::float8 AS mean_change,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY change) AS median_change,
             (count(*) FILTER (WHERE direction * change >= minimal_difference))::float8 / nullif(count(change), 0) AS improved_share
        FROM observations GROUP BY gkey, scale
    ) per_scale
   GROUP BY gkey
),
event_counts AS (
  SELECT f.gkey, a.kind, count(DISTINCT a.session_id) AS sessions, count(DISTINCT f.patient_id) AS patients
    FROM course_facts f
    JOIN adverse_events a ON a.course_id = f.course_id
   WHERE ${scope.tenantRows('adverse_events', 'a', q)}
   GROUP BY f.gkey, a.kind
),
event_groups AS MATERIALIZED (
  SELECT g.gkey, jsonb_agg(jsonb_build_object(
           'kind', k.kind,
           'sessions', ${suppressUnless('g.treated_patients', 'coalesce(e.sessions, 0)')},
           'rate', ${suppressUnless('g.treated_patients', 'coalesce(e.sessions, 0)::float8 / nullif(g.treated_sessions, 0)')},
           'patients', ${suppressUnless('g.treated_patients', 'coalesce(e.patients, 0)')}) ORDER BY k.kind) AS events
    FROM groups g
    CROSS JOIN unnest(${kinds}::text[]) AS k(kind)
    LEFT JOIN event_counts e ON e.gkey = g.gkey AND e.kind = k.kind
   GROUP BY g.gkey
)
SELECT ${groupColumns.map((c) => `${c.value} AS "${c.output}"`).join(', ')},
       g.patients < ${min} AS suppressed,
       ${suppressUnless('g.patients', 'g.patients::int')} AS patients,
       ${suppressUnless('g.patients', 'g.courses_started::int')} AS "coursesStarted",
       ${suppressUnless('g.patients', 'g.courses_completed::int')} AS "coursesCompleted",
       ${suppressUnless('g.patients', 'g.completed_patients::int')} AS "completedPatients",
       ${suppressUnless('g.patients', 'g.courses_completed::float8 / g.courses_started')} AS "completionRate",
       ${suppressUnless('g.completed_patients', 'g.completed_course_sessions::float8 / nullif(g.courses_completed, 0)')} AS "meanSessionsPerCompletedCourse",
       ${suppressUnless('g.due_patients', 'g.no_show_sessions::int')} AS "noShowSessions",
       ${suppressUnless('g.due_patients', 'g.due_sessions::int')} AS "dueSessions",
       ${suppressUnless('g.patients', 'g.due_patients::int')} AS "dueSessionPatients",
       ${suppressUnless('g.due_patients', 'g.no_show_sessions::float8 / nullif(g.due_sessions, 0)')} AS "noShowRate",
       ${suppressUnless('g.patients', 'g.treated_sessions::int')} AS "treatedSessions",
       ${suppressUnless('g.patients', 'g.treated_patients::int')} AS "treatedPatients",
       CASE WHEN g.patients >= ${min} THEN coalesce(sg.scales, '[]'::jsonb) ELSE '[]'::jsonb END AS scales,
       CASE WHEN g.patients >= ${min} THEN ev.events ELSE '[]'::jsonb END AS "adverseEvents"
  FROM groups g
  LEFT JOIN scale_groups sg ON sg.gkey = g.gkey
  LEFT JOIN event_groups ev ON ev.gkey = g.gkey
-- By the output columns (ids as global ids, as clients see them).
 ORDER BY ${ORDER.map((output) => `"${output}" NULLS LAST`).join(', ')}`;
  return { sql, values: q.values };
}
