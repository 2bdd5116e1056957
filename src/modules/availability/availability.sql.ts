/**
 * The statement that computes bookable slots, set-based: one statement whatever the
 * number of days, practitioners or busy intervals.
 *
 * 1. `days`: the clinic's local calendar days that [from, to) touches (generate_series
 *    over local dates, so a 23- or 25-hour day is still one day).
 * 2. `windows`: per day, the clinic's opening hours ∩ each practitioner's working hours
 *    there, for practitioners working at the clinic (working hours exist only there),
 *    active, and qualified on that local day for every treatment of the protocol
 *    (granted, not expired, not revoked). Local times become instants with
 *    `(day + time) AT TIME ZONE zone`, which follows the zone's offset of that day;
 *    touching windows merge (range_agg), so a slot may span 12:00 between 09-12 and 12-17.
 * 3. `candidates`: slot starts every SLOT_GRANULARITY_MINUTES from each window's start,
 *    the whole duration inside the window and inside [from, to).
 * 4. Minus busy time: a slot overlapping any interval of `practitioner_busy_intervals`
 *    is dropped. That view is the only source of busy time (leave today; sessions are
 *    added to the view, not here).
 */
import type { TenantTable } from '..';
import { SqlParams } from '../../db/sql';
import { SLOT_GRANULARITY_MINUTES } from './availability-rules';

export interface SlotQuery {
  clinicId: string;
  organizationId: string;
  timeZone: string;
  protocolId: string;
  from: Date;
  to: Date;
  practitionerId: string | null;
  durationMinutes: number;
  /**
   * What counts as busy: everything (sessions and leave), or leave alone, for a booking
   * whose sessions were already checked (a session being moved may overlap its own time).
   */
  busy?: 'ALL' | 'LEAVE_ONLY';
}

/** Busy intervals with the columns of `practitioner_busy_intervals`, from leave alone. */
const LEAVE_ONLY = '(SELECT l.organization_id, l.practitioner_id, tstzrange(l.starts_at, l.ends_at) AS period FROM practitioner_leave l)';

/** A row of the slot statement. */
export interface SlotRow {
  practitioner_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** How the statement scopes tenant tables (the viewer's own rows, or one organization's for a public answer) and the catalog. */
export interface SlotScope {
  rows(table: TenantTable, alias: string, q: SqlParams): string;
  catalog(alias: string, q: SqlParams): string;
}

export function slotStatement(query: SlotQuery, scope: SlotScope, q: SqlParams): string {
  const clinic = `${q.param(query.clinicId)}::uuid`;
  const zone = `${q.param(query.timeZone)}::text`;
  const from = `${q.param(query.from)}::timestamptz`;
  const to = `${q.param(query.to)}::timestamptz`;
  const duration = `make_interval(mins => ${q.param(query.durationMinutes)}::int)`;
  const practitioner = query.practitionerId == null ? '' : `AND pr.id = ${q.param(query.practitionerId)}::uuid`;
  return `
    WITH days AS (
      SELECT d::date AS day, extract(isodow FROM d)::smallint AS day_of_week
        FROM generate_series((${from} AT TIME ZONE ${zone})::date, (${to} AT TIME ZONE ${zone})::date, interval '1 day') AS d
    ),
    protocol_treatments AS (
      SELECT DISTINCT s.treatment_id FROM protocol_steps s
       WHERE s.protocol_id = ${q.param(query.protocolId)}::uuid AND ${scope.catalog('s', q)}
    ),
    staff AS (
      SELECT pr.id FROM practitioners pr WHERE pr.active AND ${scope.rows('practitioners', 'pr', q)} ${practitioner}
    ),
    day_windows AS (
      SELECT wh.practitioner_id,
             tstzrange((d.day + greatest(oh.opens, wh.starts)) AT TIME ZONE ${zone},
                       (d.day + least(oh.closes, wh.ends)) AT TIME ZONE ${zone}) AS period
        FROM days d
        JOIN clinic_opening_hours oh ON oh.clinic_id = ${clinic} AND oh.day_of_week = d.day_of_week
         AND ${scope.rows('clinic_opening_hours', 'oh', q)}
        JOIN practitioner_working_hours wh ON wh.clinic_id = ${clinic} AND wh.day_of_week = d.day_of_week
         AND wh.starts < oh.closes AND oh.opens < wh.ends AND ${scope.rows('practitioner_working_hours', 'wh', q)}
        JOIN staff ON staff.id = wh.practitioner_id
       WHERE EXISTS (SELECT 1 FROM protocol_treatments)
         AND NOT EXISTS (
           SELECT 1 FROM protocol_treatments t WHERE NOT EXISTS (
             SELECT 1 FROM practitioner_qualifications pq
              WHERE pq.practitioner_id = wh.practitioner_id AND pq.treatment_id = t.treatment_id AND pq.revoked_at IS NULL
                AND pq.granted_on <= d.day AND (pq.expires_on IS NULL OR pq.expires_on >= d.day)
                AND ${scope.rows('practitioner_qualifications', 'pq', q)}))
    ),
    windows AS (
      SELECT w.practitioner_id, unnest(range_agg(w.period)) AS period FROM day_windows w GROUP BY w.practitioner_id
    ),
    candidates AS (
      SELECT w.practitioner_id, s AS starts_at, s + ${duration} AS ends_at
        FROM windows w
        CROSS JOIN LATERAL generate_series(lower(w.period), upper(w.period) - ${duration}, make_interval(mins => ${SLOT_GRANULARITY_MINUTES})) AS s
       WHERE s >= ${from} AND s + ${duration} <= ${to}
    )
    SELECT c.practitioner_id, c.starts_at, c.ends_at
      FROM candidates c
     WHERE NOT EXISTS (
       SELECT 1 FROM ${query.busy === 'LEAVE_ONLY' ? LEAVE_ONLY : 'practitioner_busy_intervals'} b
        WHERE b.practitioner_id = c.practitioner_id AND b.organization_id = ${q.param(query.organizationId)}::uuid
          AND b.period && tstzrange(c.starts_at, c.ends_at))
     ORDER BY c.starts_at, c.practitioner_id`;
}
