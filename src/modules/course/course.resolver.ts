import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ReadableBy } from '../../auth/read-policy';
import { RequestContext } from '../../context';
import { toGlobalId, uuidFromGlobalId } from '../../common/relay/global-id';
import { Protocol } from '../catalog/catalog.entity';
import { protocolById } from '../catalog/catalog.service';
import { Clinic } from '../organization/organization.entity';
import { clinicById } from '../organization/organization.service';
import { Patient } from '../patient/patient.entity';
import { patientById } from '../patient/patient.service';
import { Practitioner } from '../practitioner/practitioner.entity';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';
import { practitionerById } from '../practitioner/practitioner.service';
import { Clearance, Course, CourseDeviation, CourseProgress, CourseSession, PlannedSession } from './course.entity';
import { COURSE_READERS, COURSE_READERS_TEXT } from './course.readers';
import { clearanceById, courseById, coursesOfPatient, planOf, progressOf, sessionById, sessionsOfCourse } from './course.service';
import { EligibilityAssessment } from './eligibility-assessment.types';
import { eligibility } from './eligibility-query.service';

@Resolver()
export class EligibilityResolver {
  @ReadableBy(COURSE_READERS)
  @Query(() => EligibilityAssessment, {
    description: `Whether a patient may receive a protocol at a clinic on a day: the verdict (ELIGIBLE, NEEDS_CLEARANCE, INELIGIBLE) and every reason with its severity and the screening answer behind it. Recorded in the health-data access trail. ${COURSE_READERS_TEXT}`,
  })
  eligibility(
    @Ctx() ctx: RequestContext,
    @Arg('patientId', () => ID, { description: 'The patient.' }) patientId: string,
    @Arg('protocolId', () => ID, { description: 'The protocol.' }) protocolId: string,
    @Arg('clinicId', () => ID, { description: 'The clinic (its time zone decides the day).' }) clinicId: string,
    @Arg('on', () => LocalDateResolver, { nullable: true, description: "The session day; today in the clinic's zone when omitted." })
    on?: string | null,
  ): Promise<EligibilityAssessment> {
    return eligibility(ctx, { patientId, protocolId, clinicId, on });
  }
}

@Resolver(() => Course)
export class CourseResolver {
  @ReadableBy(COURSE_READERS)
  @Query(() => Course, { nullable: true, description: `One course by global id; null when none is visible. ${COURSE_READERS_TEXT}` })
  course(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The course's global id." }) id: string): Promise<Course | null> {
    return courseById(ctx, uuidFromGlobalId(id, 'Course', ['id']));
  }

  @FieldResolver(() => Patient, { nullable: true, description: 'The patient (null if their record is not visible).' })
  patient(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<Patient | null> {
    return patientById(ctx, course.patientId);
  }

  @FieldResolver(() => Clinic, { description: 'The clinic.' })
  async clinic(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<Clinic> {
    return (await clinicById(ctx, course.clinicId))!;
  }

  @FieldResolver(() => Protocol, { nullable: true, description: 'The protocol.' })
  protocol(@Root() course: Course, @Ctx() ctx: RequestContext): Protocol | null | Promise<Protocol | null> {
    return protocolById(ctx, course.protocolId);
  }

  @FieldResolver(() => ID, { description: 'Global id of the lead practitioner.' })
  leadPractitionerId(@Root() course: Course): string {
    return toGlobalId('Practitioner', course.leadPractitionerId);
  }

  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => Practitioner, {
    nullable: true,
    description: 'The lead practitioner. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK.',
  })
  leadPractitioner(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<Practitioner | null> {
    return practitionerById(ctx, course.leadPractitionerId);
  }

  @FieldResolver(() => [CourseSession], { description: 'Every session of the course, by start, whatever its status.' })
  sessions(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseSession[]> {
    return sessionsOfCourse(ctx, course.id);
  }

  @FieldResolver(() => [PlannedSession], {
    description:
      "The planned sessions in order, each with its target window (from the previous session and the protocol, in whole local days of the clinic's zone) and the session that fills it.",
  })
  async plan(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<PlannedSession[]> {
    return (await planOf(ctx, course)).plan;
  }

  @FieldResolver(() => CourseProgress, { description: 'How far the course has come ("session 2 of 4").' })
  progress(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseProgress> {
    return progressOf(ctx, course);
  }

  @FieldResolver(() => [CourseDeviation], { description: 'Departures from the plan: late sessions, skipped sessions, no-shows.' })
  async deviations(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseDeviation[]> {
    return (await planOf(ctx, course)).deviations;
  }
}

@Resolver(() => PlannedSession)
export class PlannedSessionResolver {
  @FieldResolver(() => CourseSession, { nullable: true, description: 'The session filling this place; null while none is booked.' })
  session(@Root() planned: PlannedSession, @Ctx() ctx: RequestContext): Promise<CourseSession | null> | null {
    return planned.sessionId ? sessionById(ctx, planned.sessionId) : null;
  }
}

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  @ReadableBy(COURSE_READERS)
  @Query(() => CourseSession, {
    nullable: true,
    description: `One session by global id; null when none is visible. ${COURSE_READERS_TEXT}`,
  })
  courseSession(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The session's global id." }) id: string,
  ): Promise<CourseSession | null> {
    return sessionById(ctx, uuidFromGlobalId(id, 'CourseSession', ['id']));
  }

  @FieldResolver(() => Course, { description: 'The course.' })
  async course(@Root() session: CourseSession, @Ctx() ctx: RequestContext): Promise<Course> {
    return (await courseById(ctx, session.courseId))!;
  }

  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => Practitioner, {
    nullable: true,
    description: 'The practitioner. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK.',
  })
  practitioner(@Root() session: CourseSession, @Ctx() ctx: RequestContext): Promise<Practitioner | null> {
    return practitionerById(ctx, session.practitionerId);
  }
}

@Resolver(() => Clearance)
export class ClearanceResolver {
  @ReadableBy(COURSE_READERS)
  @Query(() => Clearance, {
    nullable: true,
    description: `One eligibility clearance by global id; null when none is visible. ${COURSE_READERS_TEXT}`,
  })
  clearance(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The clearance's global id." }) id: string,
  ): Promise<Clearance | null> {
    return clearanceById(ctx, uuidFromGlobalId(id, 'Clearance', ['id']));
  }
}

@Resolver(() => Patient)
export class PatientCoursesResolver {
  @ReadableBy(COURSE_READERS)
  @FieldResolver(() => [Course], { description: `The patient's courses, newest first. ${COURSE_READERS_TEXT}` })
  courses(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Course[]> {
    return coursesOfPatient(ctx, patient.id);
  }
}
