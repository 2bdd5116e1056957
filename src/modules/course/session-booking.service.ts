/**
 * Booking and moving sessions.
 *
 * Concurrency: the mutation runs at READ COMMITTED and first locks the course row (FOR
 * UPDATE). The lock serializes bookings of one course, so the spacing check (which reads
 * the course's other sessions) and the planned-session count cannot be passed by two
 * concurrent bookings at once. Overlaps across courses (one practitioner, one patient)
 * are the exclusion constraints' job: whatever passes the pre-check together, PostgreSQL
 * lets one insert commit and refuses the others (23P01, mapped to SLOT_UNAVAILABLE).
 * SERIALIZABLE would add retries without adding safety here.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { EligibilityVerdict } from '../eligibility/eligibility.enums';
import { offeredDuration, requireBookableSlot, requireFree, requireQualified, SlotQuestion } from './booking-checks';
import { assessEligibility, blockingSummary, patientFacts, protocolFacts, ProtocolFacts } from './course-eligibility.service';
import { announce } from './course-admin.service';
import { CourseSession } from './course.entity';
import { CourseErrorCode, SessionStatus } from './course.enums';
import { SessionBookInput, SessionRescheduleInput } from './course.inputs';
import { checkSpacing, holdsPlace, SessionStatusName } from './spacing.rules';
import { transition } from './session-transitions.rules';
import { localDateOf } from './zoned-time';

const { NOT_FOUND, INELIGIBLE, NEEDS_CLEARANCE, INTERVAL_TOO_SHORT, COURSE_FULL, COURSE_CLOSED, IN_THE_PAST, ILLEGAL_TRANSITION } =
  CourseErrorCode;

export interface LockedCourse {
  id: string;
  organization_id: string;
  patient_id: string;
  clinic_id: string;
  protocol_id: string;
  planned_sessions: number;
  status: string;
  time_zone: string;
}

/** The course as the viewer sees it (a PATIENT: their own), locked for the change. */
export async function lockCourse(ctx: RequestContext, courseId: string, field: string[]): Promise<LockedCourse> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<LockedCourse>(
    `SELECT c.id, c.organization_id, c.patient_id, c.clinic_id, c.protocol_id, c.planned_sessions, c.status, cl.time_zone
       FROM courses c JOIN clinics cl ON cl.id = c.clinic_id AND cl.organization_id = c.organization_id
      WHERE c.id = ${q.param(courseId)}::uuid AND ${ctx.scope.tenantRows('courses', 'c', q)} FOR UPDATE OF c`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Course with this id.');
  return row;
}

interface PlacedRow {
  id: string;
  starts_at: Date;
  status: SessionStatusName;
}

/** The course's sessions that hold a place in its plan, by start (read under the course lock). */
export async function placedSessions(ctx: RequestContext, courseId: string): Promise<PlacedRow[]> {
  const q = new SqlParams();
  const rows = await ctx.db.query<PlacedRow>(
    `SELECT s.id, s.starts_at, s.status FROM course_sessions s WHERE s.course_id = ${q.param(courseId)}::uuid
        AND ${ctx.scope.tenantRows('course_sessions', 's', q)} ORDER BY s.starts_at, s.id`,
    q.values,
  );
  return rows.filter((r) => holdsPlace(r.status));
}

interface Placement {
  course: LockedCourse;
  protocol: ProtocolFacts;
  practitionerId: string;
  startsAt: Date;
  /** The session being moved, if any: it is left out of the course's places and of busy time. */
  movingId: string | null;
}

/** Every check of a booking or a move; returns the session's end. */
async function checkPlacement(ctx: RequestContext, p: Placement): Promise<Date> {
  const { course, protocol } = p;
  if (course.status === 'COMPLETED' || course.status === 'CANCELLED')
    failWith(COURSE_CLOSED, ['input', 'courseId'], 'This course is closed.');
  if (p.startsAt.getTime() <= Date.now()) failWith(IN_THE_PAST, ['input', 'startsAt'], 'This time has passed: choose a future start.');
  const places = (await placedSessions(ctx, course.id)).filter((s) => s.id !== p.movingId);
  const before = places.filter((s) => s.starts_at < p.startsAt);
  if (!p.movingId && places.length >= course.planned_sessions)
    failWith(COURSE_FULL, ['input', 'courseId'], `All ${course.planned_sessions} planned sessions are booked.`);
  const number = before.length + 1;
  const day = localDateOf(p.startsAt, course.time_zone);
  await requireQualified(
    ctx,
    p.practitionerId,
    course.clinic_id,
    protocol.treatments.map((t) => t.id),
    day,
    ['input', 'practitionerId'],
  );
  const durationMinutes = await offeredDuration(ctx, course.clinic_id, course.protocol_id, ['input', 'courseId']);
  const endsAt = new Date(p.startsAt.getTime() + durationMinutes * 60_000);
  const slot: SlotQuestion = {
    organizationId: course.organization_id,
    clinicId: course.clinic_id,
    timeZone: course.time_zone,
    protocolId: course.protocol_id,
    practitionerId: p.practitionerId,
    startsAt: p.startsAt,
    endsAt,
    durationMinutes,
  };
  // Taken time first: a clash is the answer that matters, whatever else is wrong with the time.
  await requireFree(ctx, slot, course.patient_id, p.movingId);
  const previous = before.at(-1) ?? null;
  const spacing = checkSpacing(protocol, number, p.startsAt, previous?.starts_at ?? null, course.time_zone);
  if (!spacing.ok) {
    failWith(
      INTERVAL_TOO_SHORT,
      ['input', 'startsAt'],
      `Session ${number} may start from ${spacing.earliestStart.toISOString()} (${localDateOf(spacing.earliestStart, course.time_zone)} in the clinic's time zone) after the previous session.`,
    );
  }
  const next = places.find((s) => s.starts_at >= p.startsAt);
  if (next && !checkSpacing(protocol, number + 1, next.starts_at, p.startsAt, course.time_zone).ok) {
    failWith(INTERVAL_TOO_SHORT, ['input', 'startsAt'], "This start is too close to the course's next session.");
  }
  await requireBookableSlot(ctx, slot);
  const patient = await patientFacts(ctx, course.patient_id);
  if (!patient) failWith(NOT_FOUND, ['input', 'courseId'], 'No Course with this id.');
  const result = await assessEligibility(ctx, patient, protocol, day);
  if (result.verdict === EligibilityVerdict.INELIGIBLE)
    failWith(INELIGIBLE, ['input', 'startsAt'], `The patient is not eligible on ${day}. ${blockingSummary(result)}`);
  if (result.verdict === EligibilityVerdict.NEEDS_CLEARANCE)
    failWith(NEEDS_CLEARANCE, ['input', 'startsAt'], `A practitioner must record a clearance first. ${blockingSummary(result)}`);
  return endsAt;
}

async function protocolOf(ctx: RequestContext, course: LockedCourse): Promise<ProtocolFacts> {
  // A retired protocol takes no new sessions.
  const protocol = await protocolFacts(ctx, course.protocol_id);
  if (!protocol) failWith(COURSE_CLOSED, ['input', 'courseId'], "The course's protocol is no longer available.");
  return protocol;
}

export async function bookSession(ctx: RequestContext, input: SessionBookInput): Promise<CourseSession> {
  const courseId = referenceOf(tryUuidFromGlobalId, input.courseId, 'Course', ['input', 'courseId']);
  const practitionerId = referenceOf(tryUuidFromGlobalId, input.practitionerId, 'Practitioner', ['input', 'practitionerId']);
  const course = await lockCourse(ctx, courseId, ['input', 'courseId']);
  const protocol = await protocolOf(ctx, course);
  const endsAt = await checkPlacement(ctx, { course, protocol, practitionerId, startsAt: input.startsAt, movingId: null });
  const [row] = await ctx.db.query(
    `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [course.organization_id, course.id, course.patient_id, course.clinic_id, practitionerId, input.startsAt, endsAt],
  );
  const session = ctx.db.hydrate(CourseSession, row);
  announce(ctx, 'session.book', 'CourseSession', session.id);
  return session;
}

/** The session as the viewer sees it, and its course, both locked (course first, as bookings lock). */
export async function lockSession(ctx: RequestContext, sessionGlobalId: string): Promise<{ session: CourseSession; course: LockedCourse }> {
  const sessionId = referenceOf(tryUuidFromGlobalId, sessionGlobalId, 'CourseSession', ['input', 'sessionId']);
  const q = new SqlParams();
  const [found] = await ctx.db.query<{ course_id: string }>(
    `SELECT s.course_id FROM course_sessions s WHERE s.id = ${q.param(sessionId)}::uuid AND ${ctx.scope.tenantRows('course_sessions', 's', q)}`,
    q.values,
  );
  if (!found) failWith(NOT_FOUND, ['input', 'sessionId'], 'No CourseSession with this id.');
  const course = await lockCourse(ctx, found.course_id, ['input', 'sessionId']);
  const l = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT s.* FROM course_sessions s WHERE s.id = ${l.param(sessionId)}::uuid AND ${ctx.scope.tenantRows('course_sessions', 's', l)} FOR UPDATE`,
    l.values,
  );
  return { session: ctx.db.hydrate(CourseSession, row), course };
}

export async function rescheduleSession(ctx: RequestContext, input: SessionRescheduleInput): Promise<CourseSession> {
  requireMember(ctx.viewer);
  const { session, course } = await lockSession(ctx, input.sessionId);
  const step = transition(session.status, 'RESCHEDULE');
  if ('problem' in step) failWith(ILLEGAL_TRANSITION, ['input', 'sessionId'], step.problem);
  const practitionerId =
    input.practitionerId != null
      ? referenceOf(tryUuidFromGlobalId, input.practitionerId, 'Practitioner', ['input', 'practitionerId'])
      : session.practitionerId;
  const protocol = await protocolOf(ctx, course);
  const endsAt = await checkPlacement(ctx, { course, protocol, practitionerId, startsAt: input.startsAt, movingId: session.id });
  const [row] = await ctx.db.query(
    `UPDATE course_sessions SET starts_at = $2, ends_at = $3, practitioner_id = $4, updated_at = now() WHERE id = $1 AND status = $5 RETURNING *`,
    [session.id, input.startsAt, endsAt, practitionerId, SessionStatus.SCHEDULED],
  );
  announce(ctx, 'session.reschedule', 'CourseSession', session.id);
  return ctx.db.hydrate(CourseSession, row);
}
