/** The demo organization shows courses in every state, as `npm start` serves them. */
import { Role } from '../../src/auth/roles';
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('demo patients have courses that are planned, active, completed (with a late session) and cancelled', async () => {
  const admin = (await app.as({ role: Role.ORG_ADMIN })).api;
  const statuses: string[] = [];
  for (const email of ['amelia.hart@', 'sofia.marquez@', 'daniel.okafor@']) {
    const patient = (await admin.Patients({ search: email })).patients.edges[0].node;
    const { patient: withCourses } = await admin.CoursesOfPatient({ id: patient.id });
    for (const c of withCourses!.courses) statuses.push(c.status);
    if (email === 'amelia.hart@') {
      const { course } = await admin.CourseById({ id: withCourses!.courses[0].id });
      expect(course!.progress.label).toBe('session 2 of 4');
      expect(course!.sessions.map((s) => s.status)).toEqual(['COMPLETED', 'SCHEDULED']);
      expect(course!.deviations).toEqual([]);
      const session = (await admin.CourseSessionById({ id: course!.sessions[0].id })).courseSession!;
      expect(session.status).toBe('COMPLETED');
    }
    if (email === 'daniel.okafor@') {
      const completed = withCourses!.courses.find((c) => c.status === 'COMPLETED')!;
      const { course } = await admin.CourseById({ id: completed.id });
      expect(course!.deviations.map((d) => [d.kind, d.number])).toEqual([['LATE', 3]]);
    }
  }
  expect(statuses.sort()).toEqual(['ACTIVE', 'CANCELLED', 'COMPLETED', 'PLANNED']);
});
