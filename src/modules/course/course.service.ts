/** Reading courses: by id, a patient's, and each course's plan, progress and deviations. */
import { RequestContext } from '../../context';
import { toGlobalId } from '../../common/relay/global-id';
import { clinicById } from '../organization/organization.service';
import { Course, CourseDeviation, CourseProgress, CourseSession, Clearance, PlannedSession } from './course.entity';
import { DeviationKind, SessionStatus } from './course.enums';
import * as loaders from './course.loaders';
import { planSessions } from './spacing.rules';

export function courseById(ctx: RequestContext, id: string): Promise<Course | null> {
  return loaders.courseById.load(ctx, id);
}

export function sessionById(ctx: RequestContext, id: string): Promise<CourseSession | null> {
  return loaders.sessionById.load(ctx, id);
}

export function clearanceById(ctx: RequestContext, id: string): Promise<Clearance | null> {
  return loaders.clearanceById.load(ctx, id);
}

export function sessionsOfCourse(ctx: RequestContext, courseId: string): Promise<CourseSession[]> {
  return loaders.sessionsOfCourse.load(ctx, courseId);
}

export function coursesOfPatient(ctx: RequestContext, patientId: string): Promise<Course[]> {
  return loaders.coursesOfPatient.load(ctx, patientId);
}

export interface CoursePlan {
  plan: PlannedSession[];
  deviations: CourseDeviation[];
}

/** The course's plan from its protocol, its sessions and the clinic's zone, as of now. */
export async function planOf(ctx: RequestContext, course: Course): Promise<CoursePlan> {
  const [sessions, protocol, clinic] = await Promise.all([
    loaders.sessionsOfCourse.load(ctx, course.id),
    loaders.protocolSpacing.load(ctx, course.protocolId),
    clinicById(ctx, course.clinicId),
  ]);
  if (!protocol || !clinic) throw new Error(`Course ${course.id} lost its protocol or clinic`);
  const { plan, deviations } = planSessions(protocol, course.plannedSessions, sessions, course.createdAt, new Date(), clinic.timeZone);
  const deviation = (d: { kind: DeviationKind | string; number: number; sessionId: string | null }): CourseDeviation =>
    Object.assign(new CourseDeviation(), {
      kind: d.kind as DeviationKind,
      number: d.number > 0 ? d.number : null,
      sessionId: d.sessionId ? toGlobalId('CourseSession', d.sessionId) : null,
    });
  return {
    plan: plan.map((p) =>
      Object.assign(new PlannedSession(), {
        number: p.number,
        treatmentSlugs: p.treatmentSlugs,
        earliestStart: p.window.earliestStart,
        latestStart: p.window.latestStart,
        sessionId: p.sessionId,
        deviation: p.deviation ? deviation({ kind: p.deviation, number: p.number, sessionId: p.sessionId }) : null,
      }),
    ),
    deviations: deviations.map(deviation),
  };
}

export async function progressOf(ctx: RequestContext, course: Course): Promise<CourseProgress> {
  const sessions = await loaders.sessionsOfCourse.load(ctx, course.id);
  const completed = sessions.filter((s) => s.status === SessionStatus.COMPLETED).length;
  const planned = course.plannedSessions;
  const label = completed >= planned ? `completed ${completed} of ${planned}` : `session ${completed + 1} of ${planned}`;
  return Object.assign(new CourseProgress(), { completed, planned, label });
}
