/** Per-request loaders of courses, sessions, clearances and the spacing facts of protocols. */
import { byKey, groupByKey, RequestLoader } from '../../common/loaders';
import { SqlParams } from '../../db/sql';
import { Clearance, Course, CourseSession } from './course.entity';
import type { ProtocolKindName, SpacingProtocol } from './spacing.rules';

export const courseById = new RequestLoader<string, Course | null>('course.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT c.* FROM courses c WHERE c.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('courses', 'c', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Course, row)),
    (c) => c.id,
    null,
  );
});

export const sessionById = new RequestLoader<string, CourseSession | null>('courseSession.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT s.* FROM course_sessions s WHERE s.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('course_sessions', 's', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(CourseSession, row)),
    (s) => s.id,
    null,
  );
});

export const clearanceById = new RequestLoader<string, Clearance | null>('clearance.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT c.* FROM eligibility_clearances c WHERE c.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('eligibility_clearances', 'c', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Clearance, row)),
    (c) => c.id,
    null,
  );
});

/** Sessions of courses, by start (every status). */
export const sessionsOfCourse = new RequestLoader<string, CourseSession[]>('course.sessions', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT s.* FROM course_sessions s WHERE s.course_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('course_sessions', 's', q)}
      ORDER BY s.starts_at, s.id`,
    q.values,
  );
  return groupByKey(
    ids,
    rows.map((row) => ctx.db.hydrate(CourseSession, row)),
    (s) => s.courseId,
  );
});

/** Courses of patients, newest first. */
export const coursesOfPatient = new RequestLoader<string, Course[]>('patient.courses', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT c.* FROM courses c WHERE c.patient_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('courses', 'c', q)}
      ORDER BY c.created_at DESC, c.id`,
    q.values,
  );
  return groupByKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Course, row)),
    (c) => c.patientId,
  );
});

interface SpacingRow {
  id: string;
  kind: ProtocolKindName;
  interval_min_days: number;
  interval_max_days: number;
  steps: Array<{ position: number; slug: string; min: number | null; max: number | null }>;
}

/** What the spacing rules need of protocols (any the course references, retired ones included). */
export const protocolSpacing = new RequestLoader<string, SpacingProtocol | null>('protocol.spacing', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<SpacingRow>(
    `SELECT p.id, p.kind, p.interval_min_days, p.interval_max_days,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('position', s.position, 'slug', t.slug, 'min', s.min_days_after_previous,
                     'max', s.max_days_after_previous) ORDER BY s.position), '[]')
               FROM protocol_steps s JOIN treatments t ON t.id = s.treatment_id AND t.owner_id = s.treatment_owner_id
              WHERE s.protocol_id = p.id AND s.owner_id = p.owner_id) AS steps
       FROM protocols p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('p', q)}`,
    q.values,
  );
  const facts = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    intervalMinDays: r.interval_min_days,
    intervalMaxDays: r.interval_max_days,
    steps: r.steps.map((s) => ({ position: s.position, treatmentSlug: s.slug, minDaysAfterPrevious: s.min, maxDaysAfterPrevious: s.max })),
  }));
  return byKey(ids, facts, (f) => f.id, null);
});
