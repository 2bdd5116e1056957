/**
 * The checks a booking shares with a reschedule and a course start, each one statement:
 * the practitioner's qualification on a day, the clinic's effective offering, whether a
 * start is a slot availability would offer (opening ∩ working hours, not on leave:
 * availability's own statement, so the two never disagree), and whether the time is
 * already taken by the practitioner or the patient.
 */
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { failWith } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { slotStatement } from '../availability/availability.sql';
import { effectiveOfferings } from '../offering/offering.loaders';
import { CourseErrorCode } from './course.enums';

const { NOT_FOUND, NOT_QUALIFIED, NOT_OFFERED, OUTSIDE_HOURS, SLOT_UNAVAILABLE } = CourseErrorCode;

/** A practitioner of the organization, working at `clinicId` and qualified on `day` for every treatment; userErrors at `field` otherwise. */
export async function requireQualified(
  ctx: RequestContext,
  practitionerId: string,
  clinicId: string,
  treatmentIds: string[],
  day: string,
  field: string[],
): Promise<void> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ active: boolean; works_here: boolean; qualified: boolean }>(
    `SELECT pr.active,
            EXISTS (SELECT 1 FROM practitioner_clinics pc WHERE pc.practitioner_id = pr.id AND pc.clinic_id = ${q.param(clinicId)}::uuid
                      AND ${ctx.scope.organizationWide('pc', q)}) AS works_here,
            NOT EXISTS (SELECT 1 FROM unnest(${q.param(treatmentIds)}::uuid[]) AS t(id) WHERE NOT EXISTS (
              SELECT 1 FROM practitioner_qualifications pq
               WHERE pq.practitioner_id = pr.id AND pq.treatment_id = t.id AND pq.revoked_at IS NULL
                 AND pq.granted_on <= ${q.param(day)}::date AND (pq.expires_on IS NULL OR pq.expires_on >= ${q.param(day)}::date)
                 AND ${ctx.scope.organizationWide('pq', q)})) AS qualified
       FROM practitioners pr WHERE pr.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.organizationWide('pr', q)}`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Practitioner with this id.');
  if (!row.active || !row.works_here) failWith(NOT_QUALIFIED, field, "This practitioner does not work at the course's clinic.");
  if (!row.qualified)
    failWith(NOT_QUALIFIED, field, `This practitioner holds no valid qualification on ${day} for every treatment of the protocol.`);
}

/** The offering's effective duration at the clinic; NOT_OFFERED when not enabled (for a PATIENT: not bookable online). */
export async function offeredDuration(ctx: RequestContext, clinicId: string, protocolId: string, field: string[]): Promise<number> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ enabled: boolean | null; bookable_online: boolean | null; duration_minutes: number | null }>(
    `SELECT eo.enabled, eo.bookable_online, eo.duration_minutes FROM ${effectiveOfferings(ctx, q)}
      WHERE eo.clinic_id = ${q.param(clinicId)}::uuid AND eo.protocol_id = ${q.param(protocolId)}::uuid`,
    q.values,
  );
  const patient = ctx.viewer.kind === 'member' && ctx.viewer.role === Role.PATIENT;
  if (!row || row.enabled !== true || row.duration_minutes == null || (patient && row.bookable_online !== true)) {
    failWith(NOT_OFFERED, field, 'The clinic does not offer this protocol for booking.');
  }
  return row.duration_minutes;
}

export interface SlotQuestion {
  organizationId: string;
  clinicId: string;
  timeZone: string;
  protocolId: string;
  practitionerId: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
}

/**
 * SLOT_UNAVAILABLE when the practitioner or the patient has a session (not cancelled)
 * overlapping [start, end), other than `exceptSessionId`. Read as committed data after
 * the course lock: concurrent bookings that pass it together are stopped by the
 * exclusion constraints, with the same answer.
 */
export async function requireFree(
  ctx: RequestContext,
  slot: SlotQuestion,
  patientId: string,
  exceptSessionId: string | null,
): Promise<void> {
  const [{ taken }] = await ctx.db.query<{ taken: boolean }>(
    `SELECT course_session_taken($1::uuid, $2::uuid, tstzrange($3::timestamptz, $4::timestamptz, '[)'), $5::uuid) AS taken`,
    [slot.practitionerId, patientId, slot.startsAt, slot.endsAt, exceptSessionId],
  );
  if (taken) failWith(SLOT_UNAVAILABLE, ['input', 'startsAt'], 'This time is no longer available. Choose another slot.');
}

/** OUTSIDE_HOURS unless availability would offer exactly this start (opening ∩ working hours, qualification, not on leave or busy). */
export async function requireBookableSlot(ctx: RequestContext, slot: SlotQuestion): Promise<void> {
  const q = new SqlParams();
  const sql = slotStatement(
    {
      clinicId: slot.clinicId,
      organizationId: slot.organizationId,
      timeZone: slot.timeZone,
      protocolId: slot.protocolId,
      from: slot.startsAt,
      to: slot.endsAt,
      practitionerId: slot.practitionerId,
      durationMinutes: slot.durationMinutes,
      // Sessions were checked by requireFree (without the session being moved, which may
      // overlap its own new time); here only leave counts as busy.
      busy: 'LEAVE_ONLY',
    },
    {
      rows: (table, alias, p) => ctx.scope.publicDerivationRows(table, alias, slot.organizationId, p),
      catalog: (alias, p) => ctx.scope.catalogRows(alias, p),
    },
    q,
  );
  const rows = await ctx.db.query<{ starts_at: Date }>(sql, q.values);
  if (!rows.some((r) => r.starts_at.getTime() === slot.startsAt.getTime())) {
    failWith(
      OUTSIDE_HOURS,
      ['input', 'startsAt'],
      "This start is not a bookable slot: outside the clinic's opening hours or the practitioner's working hours, on leave, or not on the 15-minute grid.",
    );
  }
}
