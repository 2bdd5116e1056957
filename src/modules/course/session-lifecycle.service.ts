/**
 * A session's life after booking: cancel (its time is free again), check in, complete
 * (the clinical record and the aftercare plan), no-show. Illegal transitions are
 * userErrors (session-transitions.rules.ts). The course's status follows: ACTIVE once a
 * session is checked in, COMPLETED when every planned session is. A course that stops
 * early is cancelled as a whole: with its scheduled sessions (their times are free again).
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { PatientAccessAction } from '../patient/patient.enums';
import { recordPatientAccess } from '../patient/patient-access.service';
import { aftercarePlan } from './aftercare.rules';
import { announce } from './course-admin.service';
import { protocolFacts } from './course-eligibility.service';
import { Course, CourseSession, SessionRecord, StoredAftercare } from './course.entity';
import { CourseErrorCode } from './course.enums';
import { CourseCancelInput, SessionCancelInput, SessionCompleteInput, SessionRefInput } from './course.inputs';
import { needleDepthProblem } from './needle-depth.rules';
import { LockedCourse, lockCourse, lockSession, placedSessions } from './session-booking.service';
import { SessionAction, transition } from './session-transitions.rules';
import { stepsOfSession } from './spacing.rules';

const { INVALID, ILLEGAL_TRANSITION, COURSE_CLOSED } = CourseErrorCode;

async function move(
  ctx: RequestContext,
  sessionId: string,
  action: SessionAction,
  extra: (session: CourseSession, course: LockedCourse) => Promise<Record<string, unknown>>,
): Promise<CourseSession> {
  const { session, course } = await lockSession(ctx, sessionId);
  const step = transition(session.status, action);
  if ('problem' in step) failWith(ILLEGAL_TRANSITION, ['input', 'sessionId'], step.problem);
  const columns = { status: step.to, ...(await extra(session, course)) };
  const q = new SqlParams();
  const sets = Object.entries(columns).map(([column, value]) => `${column} = ${q.param(value)}`);
  const [row] = await ctx.db.query(
    `UPDATE course_sessions SET ${sets.join(', ')}, updated_at = now() WHERE id = ${q.param(session.id)}::uuid RETURNING *`,
    q.values,
  );
  await followCourse(ctx, course);
  announce(ctx, `session.${action.toLowerCase()}`, 'CourseSession', session.id);
  return ctx.db.hydrate(CourseSession, row);
}

/** The course's status from its sessions (never reopens a cancelled course). */
async function followCourse(ctx: RequestContext, course: LockedCourse): Promise<void> {
  await ctx.db.query(
    `UPDATE courses c SET status = CASE
        WHEN (SELECT count(*) FROM course_sessions s WHERE s.course_id = c.id AND s.status = 'COMPLETED') >= c.planned_sessions THEN 'COMPLETED'
        WHEN EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id AND s.status IN ('CHECKED_IN', 'COMPLETED')) THEN 'ACTIVE'
        ELSE 'PLANNED' END, updated_at = now()
      WHERE c.id = $1 AND c.status <> 'CANCELLED'`,
    [course.id],
  );
}

/**
 * Cancels a planned or active course: its scheduled sessions are cancelled with the same
 * reason, and it is recorded in the health-data access trail. A completed or cancelled
 * course cannot be, nor one with a session checked in (complete it or record a no-show
 * first).
 */
export async function cancelCourse(ctx: RequestContext, input: CourseCancelInput): Promise<Course> {
  const viewer = requireMember(ctx.viewer);
  const courseId = referenceOf(tryUuidFromGlobalId, input.courseId, 'Course', ['input', 'courseId']);
  new Checks().notBlank(input.reason, ['input', 'reason'], 'a reason').throwIfAny();
  const course = await lockCourse(ctx, courseId, ['input', 'courseId']);
  if (course.status === 'COMPLETED' || course.status === 'CANCELLED') {
    failWith(COURSE_CLOSED, ['input', 'courseId'], `This course is closed: it is ${course.status.toLowerCase()} already.`);
  }
  if ((await placedSessions(ctx, course.id)).some((s) => s.status === 'CHECKED_IN')) {
    failWith(ILLEGAL_TRANSITION, ['input', 'courseId'], 'A session of the course is checked in: complete it or record a no-show first.');
  }
  await ctx.db.query(
    `UPDATE course_sessions SET status = 'CANCELLED', cancel_reason = $2, updated_at = now() WHERE course_id = $1 AND status = 'SCHEDULED'`,
    [course.id, input.reason],
  );
  const [row] = await ctx.db.query(
    `UPDATE courses SET status = 'CANCELLED', cancel_reason = $2, cancelled_at = now(), updated_at = now() WHERE id = $1 RETURNING *`,
    [course.id, input.reason],
  );
  await recordPatientAccess(ctx, [
    { organizationId: viewer.organizationId, patientId: course.patient_id, action: PatientAccessAction.COURSE_CANCEL, fields: ['course'] },
  ]);
  announce(ctx, 'course.cancel', 'Course', course.id);
  return ctx.db.hydrate(Course, row);
}

export function cancelSession(ctx: RequestContext, input: SessionCancelInput): Promise<CourseSession> {
  new Checks().notBlank(input.reason, ['input', 'reason'], 'a reason').throwIfAny();
  return move(ctx, input.sessionId, 'CANCEL', () => Promise.resolve({ cancel_reason: input.reason }));
}

export function checkInSession(ctx: RequestContext, input: SessionRefInput): Promise<CourseSession> {
  return move(ctx, input.sessionId, 'CHECK_IN', () => Promise.resolve({ checked_in_at: new Date() }));
}

export function noShowSession(ctx: RequestContext, input: SessionRefInput): Promise<CourseSession> {
  return move(ctx, input.sessionId, 'NO_SHOW', () => Promise.resolve({}));
}

function checkRecord(input: SessionCompleteInput): SessionRecord {
  const checks = new Checks()
    .check(input.areas.length >= 1 && input.areas.length <= 10, INVALID, ['input', 'areas'], 'Give 1 to 10 treated areas.')
    .check((input.products ?? []).length <= 20, INVALID, ['input', 'products'], 'Give at most 20 products.')
    .check((input.adverseEvents ?? []).length <= 20, INVALID, ['input', 'adverseEvents'], 'Give at most 20 adverse events.');
  if (input.numbingApplied) {
    checks.check(
      input.numbingMinutes == null || (input.numbingMinutes >= 1 && input.numbingMinutes <= 120),
      INVALID,
      ['input', 'numbingMinutes'],
      'Numbing lasts 1 to 120 minutes.',
    );
  } else {
    checks.check(input.numbingMinutes == null, INVALID, ['input', 'numbingMinutes'], 'No numbing was applied: give no minutes.');
  }
  input.areas.forEach((a, i) => {
    const problem = a.needleDepthMm == null ? null : needleDepthProblem(a.area, a.needleDepthMm, a.note);
    if (problem) checks.fail(INVALID, ['input', 'areas', String(i), 'needleDepthMm'], problem);
  });
  (input.products ?? []).forEach((p, i) => checks.notBlank(p.name, ['input', 'products', String(i), 'name'], 'the product name'));
  (input.adverseEvents ?? []).forEach((e, i) =>
    checks.notBlank(e.description, ['input', 'adverseEvents', String(i), 'description'], 'what happened'),
  );
  checks.throwIfAny();
  return {
    areas: input.areas.map((a) => ({ area: a.area, needleDepthMm: a.needleDepthMm ?? null, note: a.note ?? null })),
    device: input.device ?? null,
    numbingApplied: input.numbingApplied,
    numbingMinutes: input.numbingMinutes ?? null,
    products: (input.products ?? []).map((p) => ({ name: p.name, lotNumber: p.lotNumber ?? null })),
    notes: input.notes ?? null,
    adverseEvents: (input.adverseEvents ?? []).map((e) => ({ description: e.description, severity: e.severity ?? null })),
  };
}

export function completeSession(ctx: RequestContext, input: SessionCompleteInput): Promise<CourseSession> {
  const record = checkRecord(input);
  return move(ctx, input.sessionId, 'COMPLETE', async (session, course) => {
    const protocol = await protocolFacts(ctx, course.protocol_id);
    const places = await placedSessions(ctx, course.id);
    const number = places.findIndex((s) => s.id === session.id) + 1;
    // The treatments of this visit: all steps, or this place's component in an alternating protocol.
    const slugs = new Set(protocol ? stepsOfSession(protocol, Math.max(number, 1)).map((s) => s.treatmentSlug) : []);
    const treatments = (protocol?.treatments ?? []).filter((t) => slugs.has(t.slug));
    const plan: StoredAftercare[] = aftercarePlan(treatments, session.endsAt, course.time_zone).map((a) => ({
      ...a,
      until: a.until.toISOString(),
    }));
    await recordPatientAccess(ctx, [
      {
        organizationId: course.organization_id,
        patientId: course.patient_id,
        action: PatientAccessAction.SESSION_RECORD,
        fields: ['session.record'],
      },
    ]);
    return { record: JSON.stringify(record), aftercare: JSON.stringify(plan), completed_at: new Date() };
  });
}
