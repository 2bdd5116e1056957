/**
 * An organization ready for course tests: one clinic (Europe/Berlin, open Monday to
 * Friday 09:00-18:00), the three demo protocols offered for 60 minutes, practitioners 1
 * and 3 qualified (2's qualifications expired), working Monday to Friday 09:00-18:00,
 * and a registered patient with a clear screening of today.
 */
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { addDays } from '../../src/modules/eligibility/local-date';
import { localDateOf, startOfLocalDay } from '../../src/modules/course/zoned-time';
import { ScreeningAnswersInput } from '../generated/graphql';
import { clearAnswers } from '../patient/fixtures';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { Api, TestApp } from '../support/harness';

export const ZONE = 'Europe/Berlin';
const WEEK = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

export interface CourseFixture {
  org: OrganizationFixture;
  admin: Api;
  clinicId: string;
  protocols: Record<'microneedling' | 'microneedling-prp' | 'microneedling-alternating-glycolic-peel', string>;
  practitionerIds: string[];
  patientId: string;
}

export async function courseFixture(app: TestApp, answers: Partial<ScreeningAnswersInput> = {}): Promise<CourseFixture> {
  const org = await createOrganization(app.sql, {
    clinics: 1,
    practitionersPerClinic: 3,
    protocols: ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel'],
  });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  const clinicId = toGlobalId('Clinic', org.clinics[0].id);
  const practitionerIds = org.practitioners.map((p) => toGlobalId('Practitioner', p.id));
  for (const practitionerId of practitionerIds) {
    const { workingHoursSet } = await admin.WorkingHoursSet({
      input: { practitionerId, clinicId, hours: WEEK.map((dayOfWeek) => ({ dayOfWeek, starts: '09:00', ends: '18:00' })) },
    });
    expect(workingHoursSet.userErrors).toEqual([]);
  }
  const protocols = {} as CourseFixture['protocols'];
  for (const slug of ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel'] as const) {
    protocols[slug] = (await admin.ProtocolBySlug({ slug })).protocol!.id;
  }
  const patientId = await registerScreened(admin, answers);
  return { org, admin, clinicId, protocols, practitionerIds, patientId };
}

export async function registerScreened(
  admin: Api,
  answers: Partial<ScreeningAnswersInput> = {},
  skinType: 'II' | 'V' = 'II',
): Promise<string> {
  const { patientRegister } = await admin.PatientRegister({
    input: { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1990-05-17', skinType },
  });
  expect(patientRegister.userErrors).toEqual([]);
  const patientId = patientRegister.patient!.id;
  const { screeningRecord } = await admin.ScreeningRecord({
    input: { patientId, screenedOn: today(), answers: { ...clearAnswers(), ...answers } },
  });
  expect(screeningRecord.userErrors).toEqual([]);
  return patientId;
}

export const today = (): string => localDateOf(new Date(), ZONE);

/** A weekday `weeks` weeks after the next Monday (at least 2 days ahead), at local `HH:MM` in Berlin, as an ISO instant. */
export function weekday(weeks: number, dayOffset: number, time: string): string {
  let day = addDays(today(), 2);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  const date = addDays(day, weeks * 7 + dayOffset);
  const [h, m] = time.split(':').map(Number);
  return new Date(startOfLocalDay(date, ZONE).getTime() + (h * 60 + m) * 60_000).toISOString();
}

export async function startCourse(
  f: CourseFixture,
  protocol: keyof CourseFixture['protocols'] = 'microneedling',
  plannedSessions = 4,
  api = f.admin,
): Promise<string> {
  const { courseStart } = await api.CourseStart({
    input: {
      patientId: f.patientId,
      protocolId: f.protocols[protocol],
      clinicId: f.clinicId,
      leadPractitionerId: f.practitionerIds[0],
      targetConcerns: ['ACNE_SCARS'],
      plannedSessions,
    },
  });
  expect(courseStart.userErrors).toEqual([]);
  return courseStart.course!.id;
}

/** Non-cancelled sessions that overlap another of the same practitioner or patient (0 when the constraints hold). */
export async function overlaps(app: TestApp, organizationId: string): Promise<number> {
  const [{ count }] = await app.sql.query(
    `SELECT count(*)::int AS count FROM course_sessions a JOIN course_sessions b ON a.id < b.id AND a.organization_id = b.organization_id
      AND (a.practitioner_id = b.practitioner_id OR a.patient_id = b.patient_id)
      AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
     WHERE a.organization_id = $1 AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'`,
    [organizationId],
  );
  return count;
}
