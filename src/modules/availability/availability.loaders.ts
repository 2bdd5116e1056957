/** Per-request loaders of practitioners' working hours and leave. */
import { byKey, groupByKey, RequestLoader, RequestLoaderFamily } from '../../common/loaders';
import { SqlParams } from '../../db/sql';
import { DAYS_OF_WEEK } from '../organization/organization.entity';
import { PractitionerLeave, WorkingHours } from './availability.entity';

interface WorkingHoursRow {
  practitioner_id: string;
  clinic_id: string;
  day_of_week: number;
  starts: string;
  ends: string;
}

/** Practitioners' working hours at one clinic (or at every clinic: null), Monday first. */
export const workingHoursOfPractitioner = new RequestLoaderFamily<string | null, string, WorkingHours[]>(
  'practitioner.workingHours',
  async (ctx, practitionerIds, clinicId) => {
    const q = new SqlParams();
    const atClinic = clinicId == null ? '' : `AND wh.clinic_id = ${q.param(clinicId)}::uuid`;
    const rows = await ctx.db.query<WorkingHoursRow>(
      `SELECT wh.practitioner_id, wh.clinic_id, wh.day_of_week, to_char(wh.starts, 'HH24:MI:SS') AS starts, to_char(wh.ends, 'HH24:MI:SS') AS ends
       FROM practitioner_working_hours wh
      WHERE wh.practitioner_id = ANY(${q.param(practitionerIds)}::uuid[]) ${atClinic}
        AND ${ctx.scope.tenantRows('practitioner_working_hours', 'wh', q)}
      ORDER BY wh.day_of_week, wh.starts, wh.clinic_id`,
      q.values,
    );
    return groupByKey(practitionerIds, rows, (r) => r.practitioner_id).map((list) => list.map(toWorkingHours));
  },
);

export function toWorkingHours(row: { clinic_id: string; day_of_week: number; starts: string; ends: string }): WorkingHours {
  return { clinicId: row.clinic_id, dayOfWeek: DAYS_OF_WEEK[row.day_of_week - 1], starts: row.starts, ends: row.ends };
}

/** Practitioners' leave overlapping [from, to), by start. */
export const leaveOfPractitioner = new RequestLoaderFamily<{ from: string; to: string }, string, PractitionerLeave[]>(
  'practitioner.leave',
  async (ctx, practitionerIds, { from, to }) => {
    const q = new SqlParams();
    const rows = await ctx.db.query<Record<string, unknown> & { practitioner_id: string }>(
      `SELECT l.* FROM practitioner_leave l
        WHERE l.practitioner_id = ANY(${q.param(practitionerIds)}::uuid[]) AND ${ctx.scope.tenantRows('practitioner_leave', 'l', q)}
          AND l.ends_at > ${q.param(from)}::timestamptz AND l.starts_at < ${q.param(to)}::timestamptz
        ORDER BY l.starts_at, l.id`,
      q.values,
    );
    return groupByKey(practitionerIds, rows, (r) => r.practitioner_id).map((list) =>
      list.map((row) => ctx.db.hydrate(PractitionerLeave, row)),
    );
  },
);

export const leaveById = new RequestLoader<string, PractitionerLeave | null>('leave.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT l.* FROM practitioner_leave l WHERE l.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('practitioner_leave', 'l', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(PractitionerLeave, row)),
    (l) => l.id,
    null,
  );
});
