/**
 * Courses with sessions in a state of our choosing, written with SQL as the owner (the
 * course tests cover booking and transitions); outcomes are then recorded and read
 * through the API, or written with SQL for the analytics data sets whose figures the
 * tests compute by hand.
 */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { Api, TestApp } from '../support/harness';

export interface OutcomeOrg {
  org: OrganizationFixture;
  admin: Api;
  protocolId: string;
}

export async function outcomeOrg(app: TestApp, clinics = 2): Promise<OutcomeOrg> {
  const org = await createOrganization(app.sql, { clinics, practitionersPerClinic: 1, protocols: ['microneedling'] });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  const [protocol] = await app.sql.query(`SELECT id FROM protocols WHERE organization_id IS NULL AND slug = 'microneedling'`);
  return { org, admin, protocolId: protocol.id as string };
}

export async function insertPatient(app: TestApp, organizationId: string, skinType: string | null = 'III'): Promise<string> {
  const [row] = await app.sql.query(
    `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth, skin_type) VALUES ($1, 'Test', 'Patient', '1990-01-01', $2) RETURNING id`,
    [organizationId, skinType],
  );
  return row.id as string;
}

export interface CourseSpec {
  patientId: string;
  clinicId: string;
  practitionerId: string;
  concerns?: string[];
  status?: 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
  createdAt?: string;
  /** Session statuses in order; each session starts `spacingDays` after the previous. */
  sessions: string[];
  /** The first session's start; sessions of different courses must not overlap (same practitioner). */
  firstSessionAt: string;
  spacingDays?: number;
}

export async function insertCourse(app: TestApp, organizationId: string, protocolId: string, spec: CourseSpec) {
  const [course] = await app.sql.query(
    `INSERT INTO courses (organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id, target_concerns,
                          planned_sessions, status, created_at)
     VALUES ($1, $2, $3, '00000000-0000-0000-0000-000000000000', $4, $5, $6, $7, $8, coalesce($9::timestamptz, now())) RETURNING id`,
    [
      organizationId,
      spec.patientId,
      spec.clinicId,
      protocolId,
      spec.practitionerId,
      spec.concerns ?? ['ACNE_SCARS'],
      Math.max(3, spec.sessions.length),
      spec.status ?? 'ACTIVE',
      spec.createdAt ?? null,
    ],
  );
  const sessionIds: string[] = [];
  for (const [i, status] of spec.sessions.entries()) {
    const startsAt = new Date(new Date(spec.firstSessionAt).getTime() + i * (spec.spacingDays ?? 28) * 86_400_000);
    const [session] = await app.sql.query(
      `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $6::timestamptz + interval '1 hour', $7) RETURNING id`,
      [organizationId, course.id, spec.patientId, spec.clinicId, spec.practitionerId, startsAt, status],
    );
    sessionIds.push(session.id as string);
  }
  return { courseId: course.id as string, sessionIds };
}

/** A measurement written as the owner (analytics data sets). */
export async function insertMeasurement(
  app: TestApp,
  organizationId: string,
  courseId: string,
  m: { sessionId: string | null; scale: string; value: number; assessedAt: string; practitionerId?: string | null; area?: string },
): Promise<void> {
  await app.sql.query(
    `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                       assessed_by, practitioner_id, assessed_at)
     SELECT c.organization_id, c.id, c.patient_id, c.clinic_id, $3, $4, 'test', $5, $6, CASE WHEN $7::uuid IS NULL THEN 'PATIENT' ELSE 'CLINICIAN' END, $7, $8
       FROM courses c WHERE c.organization_id = $1 AND c.id = $2`,
    [organizationId, courseId, m.sessionId, m.scale, m.value, m.area ?? 'FACE', m.practitionerId ?? null, m.assessedAt],
  );
}

export async function insertAdverseEvent(app: TestApp, organizationId: string, sessionId: string, kind: string): Promise<void> {
  await app.sql.query(
    `INSERT INTO adverse_events (organization_id, course_id, session_id, patient_id, clinic_id, kind, severity, onset_at)
     SELECT s.organization_id, s.course_id, s.id, s.patient_id, s.clinic_id, $3, 'MILD', s.ends_at FROM course_sessions s
      WHERE s.organization_id = $1 AND s.id = $2`,
    [organizationId, sessionId, kind],
  );
}

export const gid = toGlobalId;
