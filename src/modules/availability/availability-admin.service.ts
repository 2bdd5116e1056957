/**
 * Changing practitioners' calendars: weekly working hours per clinic and leave.
 * ORG_ADMIN for the organization; CLINIC_MANAGER for their clinics (working hours at
 * their clinics; leave of practitioners working at one of them). Audited.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isLocalTime } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { recordAudit } from '../audit/audit.service';
import { DAYS_OF_WEEK } from '../organization/organization.entity';
import { Practitioner } from '../practitioner/practitioner.entity';
import { MAX_LEAVE_DAYS, normalizedTime, overlappingDays, rangeProblem } from './availability-rules';
import { PractitionerLeave, WorkingHours } from './availability.entity';
import { AvailabilityErrorCode, LeaveAddInput, LeaveRemoveInput, WorkingHoursSetInput } from './availability.inputs';
import { toWorkingHours } from './availability.loaders';

const { NOT_FOUND, INVALID, NOT_ALLOWED, NOT_AT_CLINIC } = AvailabilityErrorCode;

/** A week has few intervals; more than this is a client bug, not a timetable. */
const MAX_WEEKLY_INTERVALS = 50;

/** The practitioner behind an input id, locked for the change; NOT_FOUND when the viewer does not see them. */
async function lockPractitioner(
  ctx: RequestContext,
  id: string,
): Promise<Record<string, unknown> & { id: string; organization_id: string }> {
  const field = ['input', 'practitionerId'];
  const practitionerId = referenceOf(tryUuidFromGlobalId, id, 'Practitioner', field);
  const q = new SqlParams();
  const [row] = await ctx.db.query<Record<string, unknown> & { id: string; organization_id: string }>(
    `SELECT p.* FROM practitioners p WHERE p.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.tenantRows('practitioners', 'p', q)}
        FOR UPDATE`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Practitioner with this id.');
  return row;
}

/**
 * The clinic behind an input id: NOT_FOUND outside the viewer's organization, NOT_ALLOWED
 * for a clinic of the organization (public) that a clinic-scoped viewer does not manage.
 */
async function managedClinic(ctx: RequestContext, id: string): Promise<{ id: string; name: string }> {
  const field = ['input', 'clinicId'];
  const { clinicIds } = requireMember(ctx.viewer);
  const clinicId = referenceOf(tryUuidFromGlobalId, id, 'Clinic', field);
  const q = new SqlParams();
  const [clinic] = await ctx.db.query<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM clinics c WHERE c.id = ${q.param(clinicId)}::uuid AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  if (!clinic) failWith(NOT_FOUND, field, 'No Clinic with this id.');
  if (clinicIds && !clinicIds.includes(clinic.id)) {
    failWith(NOT_ALLOWED, field, `You do not manage ${clinic.name}: clinic managers set working hours at their own clinics only.`);
  }
  return clinic;
}

function checkHours(input: WorkingHoursSetInput): void {
  const checks = new Checks();
  checks.check(input.hours.length <= MAX_WEEKLY_INTERVALS, INVALID, ['input', 'hours'], `Give at most ${MAX_WEEKLY_INTERVALS} intervals.`);
  input.hours.forEach((h, i) => {
    const at = (name: string) => ['input', 'hours', String(i), name];
    checks.check(isLocalTime(h.starts), INVALID, at('starts'), 'Give the time as "HH:MM" (24-hour).');
    checks.check(isLocalTime(h.ends), INVALID, at('ends'), 'Give the time as "HH:MM" (24-hour).');
    if (isLocalTime(h.starts) && isLocalTime(h.ends)) {
      checks.check(
        normalizedTime(h.ends) > normalizedTime(h.starts),
        INVALID,
        at('ends'),
        'Work must end after it starts (on the same day).',
      );
    }
  });
  if (!checks.failed) {
    for (const day of overlappingDays(input.hours)) checks.fail(INVALID, ['input', 'hours'], `Working intervals on ${day} overlap.`);
  }
  checks.throwIfAny();
}

async function hoursAt(ctx: RequestContext, practitionerId: string, clinicId: string): Promise<WorkingHours[]> {
  const q = new SqlParams();
  const rows = await ctx.db.query<{ clinic_id: string; day_of_week: number; starts: string; ends: string }>(
    `SELECT wh.clinic_id, wh.day_of_week, to_char(wh.starts, 'HH24:MI:SS') AS starts, to_char(wh.ends, 'HH24:MI:SS') AS ends
       FROM practitioner_working_hours wh
      WHERE wh.practitioner_id = ${q.param(practitionerId)}::uuid AND wh.clinic_id = ${q.param(clinicId)}::uuid
        AND ${ctx.scope.tenantRows('practitioner_working_hours', 'wh', q)}
      ORDER BY wh.day_of_week, wh.starts`,
    q.values,
  );
  return rows.map(toWorkingHours);
}

/** Replaces a practitioner's weekly hours at one clinic; the same hours again change (and audit) nothing. */
export async function setWorkingHours(
  ctx: RequestContext,
  input: WorkingHoursSetInput,
): Promise<{ practitioner: Practitioner; workingHours: WorkingHours[] }> {
  checkHours(input);
  const practitioner = await lockPractitioner(ctx, input.practitionerId);
  const clinic = await managedClinic(ctx, input.clinicId);
  const q = new SqlParams();
  const [works] = await ctx.db.query(
    `SELECT 1 FROM practitioner_clinics pc WHERE pc.practitioner_id = ${q.param(practitioner.id)}::uuid AND pc.clinic_id = ${q.param(clinic.id)}::uuid
        AND ${ctx.scope.tenantRows('practitioner_clinics', 'pc', q)}`,
    q.values,
  );
  if (!works) failWith(NOT_AT_CLINIC, ['input', 'clinicId'], `This practitioner does not work at ${clinic.name}.`);

  const before = await hoursAt(ctx, practitioner.id, clinic.id);
  const wanted = input.hours
    .map((h): WorkingHours => ({
      clinicId: clinic.id,
      dayOfWeek: h.dayOfWeek,
      starts: normalizedTime(h.starts),
      ends: normalizedTime(h.ends),
    }))
    .sort((a, b) => DAYS_OF_WEEK.indexOf(a.dayOfWeek) - DAYS_OF_WEEK.indexOf(b.dayOfWeek) || a.starts.localeCompare(b.starts));
  const hydrated = ctx.db.hydrate(Practitioner, practitioner);
  if (JSON.stringify(before) === JSON.stringify(wanted)) return { practitioner: hydrated, workingHours: before };
  const audited = (hours: WorkingHours[]) => ({
    clinicId: clinic.id,
    hours: hours.map(({ dayOfWeek, starts, ends }) => ({ dayOfWeek, starts, ends })),
  });

  await ctx.db.query('DELETE FROM practitioner_working_hours WHERE practitioner_id = $1 AND clinic_id = $2', [practitioner.id, clinic.id]);
  if (wanted.length) {
    await ctx.db.query(
      `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
       SELECT $1, $2, $3, h.day_of_week, h.starts, h.ends FROM unnest($4::smallint[], $5::time[], $6::time[]) AS h (day_of_week, starts, ends)`,
      [
        practitioner.organization_id,
        practitioner.id,
        clinic.id,
        wanted.map((h) => DAYS_OF_WEEK.indexOf(h.dayOfWeek) + 1),
        wanted.map((h) => h.starts),
        wanted.map((h) => h.ends),
      ],
    );
  }
  await recordAudit(ctx, {
    action: 'practitioner.workingHours.set',
    targetType: 'Practitioner',
    targetId: practitioner.id,
    before: audited(before),
    after: audited(wanted),
  });
  return { practitioner: hydrated, workingHours: wanted };
}

export async function addLeave(ctx: RequestContext, input: LeaveAddInput): Promise<PractitionerLeave> {
  const checks = new Checks().notBlank(input.reason, ['input', 'reason'], 'a reason, or none');
  const problem = rangeProblem(input.startsAt, input.endsAt, MAX_LEAVE_DAYS, { from: 'startsAt', to: 'endsAt' });
  if (problem) checks.fail(INVALID, ['input', 'endsAt'], problem);
  checks.throwIfAny();
  const practitioner = await lockPractitioner(ctx, input.practitionerId);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `INSERT INTO practitioner_leave (organization_id, practitioner_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [practitioner.organization_id, practitioner.id, input.startsAt, input.endsAt, input.reason ?? null],
  );
  await recordAudit(ctx, { action: 'practitioner.leave.add', targetType: 'PractitionerLeave', targetId: row.id, after: row });
  return ctx.db.hydrate(PractitionerLeave, row);
}

export async function removeLeave(ctx: RequestContext, input: LeaveRemoveInput): Promise<PractitionerLeave> {
  const field = ['input', 'id'];
  const leaveId = referenceOf(tryUuidFromGlobalId, input.id, 'PractitionerLeave', field);
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `DELETE FROM practitioner_leave l WHERE l.id = ${q.param(leaveId)}::uuid AND ${ctx.scope.tenantRows('practitioner_leave', 'l', q)} RETURNING l.*`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No PractitionerLeave with this id.');
  await recordAudit(ctx, {
    action: 'practitioner.leave.remove',
    targetType: 'PractitionerLeave',
    targetId: row.id,
    before: row,
    after: null,
  });
  return ctx.db.hydrate(PractitionerLeave, row);
}
