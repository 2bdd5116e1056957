/** Courses, sessions, eligibility clearances, and the booking that never double-books. */
import { defineModule } from '../module';
import { CourseAdminResolver } from './course-admin.resolver';
import { Clearance, Course, CourseSession } from './course.entity';
import { ClearanceNode, CourseNode, CourseSessionNode } from './course.nodes';
import {
  ClearanceResolver,
  CourseResolver,
  CourseSessionResolver,
  EligibilityResolver,
  PatientCoursesResolver,
  PlannedSessionResolver,
} from './course.resolver';
import { SessionResolver } from './session.resolver';

const SLOT_UNAVAILABLE = {
  code: 'SLOT_UNAVAILABLE',
  field: ['input', 'startsAt'],
  // Says nothing of the other booking: whose, which course, which practitioner.
  message: 'This time is no longer available. Choose another slot.',
};

export const courseModule = defineModule({
  name: 'course',
  resolvers: [
    EligibilityResolver,
    CourseResolver,
    PlannedSessionResolver,
    CourseSessionResolver,
    PatientCoursesResolver,
    ClearanceResolver,
    CourseAdminResolver,
    SessionResolver,
  ],
  entities: [Course, CourseSession, Clearance],
  nodeTypes: [CourseNode, CourseSessionNode, ClearanceNode],
  tenantTables: {
    courses: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})`, patientOf: (a, p) => `${a}.patient_id = ${p}` },
    course_sessions: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})`, patientOf: (a, p) => `${a}.patient_id = ${p}` },
    // Clearances belong to the patient, like screenings: staff of any clinic read them.
    eligibility_clearances: { clinicOf: null, patientOf: (a, p) => `${a}.patient_id = ${p}` },
  },
  userFacingConstraints: {
    course_sessions_practitioner_no_overlap: SLOT_UNAVAILABLE,
    course_sessions_patient_no_overlap: SLOT_UNAVAILABLE,
  },
});
