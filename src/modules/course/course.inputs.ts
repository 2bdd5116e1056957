/** Inputs and payloads of the course area's mutations. */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { LIMITS, TextField } from '../../common/input-limits';
import { UserErrorData, UserErrorType } from '../../common/user-errors';
import { SkinConcern } from '../catalog/catalog.enums';
import { EligibilityReasonCode } from '../eligibility/eligibility.enums';
import { Clearance, Course, CourseSession } from './course.entity';
import { CourseErrorCode } from './course.enums';
import { TreatmentArea } from './needle-depth.rules';

export const CourseUserError = UserErrorType('Course', CourseErrorCode);

@InputType({ description: 'A new course. Requires ORG_ADMIN, CLINIC_MANAGER (their clinics), PRACTITIONER or FRONT_DESK (their clinics).' })
export class CourseStartInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId: string;

  @Field(() => ID, { description: "The protocol (library or the organization's own)." })
  protocolId: string;

  @Field(() => ID, { description: 'The clinic; it must offer the protocol.' })
  clinicId: string;

  @Field(() => ID, { description: 'The lead practitioner: working at the clinic, qualified for every treatment of the protocol.' })
  leadPractitionerId: string;

  @Field(() => [SkinConcern], { description: 'Concerns the course targets (at most 10).' })
  targetConcerns: SkinConcern[];

  @Field(() => Int, { description: "Planned sessions: within the protocol's session count range unless `overrideReason` is given." })
  plannedSessions: number;

  @TextField(LIMITS.TEXT, {
    nullable: true,
    description: "Why the planned sessions lie outside the protocol's range; recorded as the lead practitioner's override.",
  })
  overrideReason?: string | null;
}

@InputType({
  description:
    'A clearance of one relative contraindication. Requires PRACTITIONER (as themselves) or ORG_ADMIN (naming the practitioner).',
})
export class ClearanceRecordInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId: string;

  @Field(() => ID, { description: 'The treatment the reason concerns.' })
  treatmentId: string;

  @Field(() => EligibilityReasonCode, { description: "The RELATIVE reason cleared (one of the treatment's rules)." })
  code: EligibilityReasonCode;

  @TextField(LIMITS.TEXT, { description: 'The practitioner\'s note, e.g. "Dermatologist consulted; antiviral cover prescribed."' })
  note: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ORG_ADMIN only: the practitioner who cleared it. A PRACTITIONER always clears as themselves.',
  })
  practitionerId?: string | null;
}

@InputType({
  description:
    'A session to book. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER, FRONT_DESK (their clinics) or PATIENT (their own courses).',
})
export class SessionBookInput {
  @Field(() => ID, { description: 'The course.' })
  courseId: string;

  @Field(() => ID, {
    description: 'The practitioner: qualified on that day for every treatment of the protocol, working then at the clinic.',
  })
  practitionerId: string;

  @Field(() => DateTimeResolver, { description: "Start; the end is the start plus the offering's duration." })
  startsAt: Date;

  @TextField(LIMITS.IDEMPOTENCY_KEY, {
    nullable: true,
    description:
      "A key of the client's choosing: repeating the booking with the same key and input within 24 hours returns the first result instead of booking twice; the same key with other input is IDEMPOTENCY_KEY_REUSED.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Moves a scheduled session. Same roles as `sessionBook`.' })
export class SessionRescheduleInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => DateTimeResolver, { description: 'The new start.' })
  startsAt: Date;

  @Field(() => ID, { nullable: true, description: 'Another practitioner; the same when omitted.' })
  practitionerId?: string | null;
}

@InputType({ description: 'Cancels a session; its time becomes free. Same roles as `sessionBook`.' })
export class SessionCancelInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @TextField(LIMITS.TEXT, { description: 'Why.' })
  reason: string;
}

@InputType({ description: 'A course to cancel, and why.' })
export class CourseCancelInput {
  @Field(() => ID, { description: 'The course.' })
  courseId: string;

  @TextField(LIMITS.TEXT, { description: 'Why (kept on the course and on each session it cancels).' })
  reason: string;
}

@InputType({ description: 'A session, by id.' })
export class SessionRefInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;
}

@InputType({ description: 'An area treated and its needle depth.' })
export class TreatedAreaInput {
  @Field(() => TreatmentArea, { description: 'The area.' })
  area: TreatmentArea;

  @Field(() => Float, { nullable: true, description: "Needle depth in mm: 0.25-3.0, and within the area's range unless a note says why." })
  needleDepthMm?: number | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: "Why the depth lies outside the area's range, or other remarks." })
  note?: string | null;
}

@InputType({ description: 'A product applied.' })
export class ProductUseInput {
  @TextField(LIMITS.NAME, { description: 'Product name.' })
  name: string;

  @TextField(LIMITS.SHORT_LABEL, { nullable: true, description: 'Lot number.' })
  lotNumber?: string | null;
}

@InputType({ description: 'An adverse event noted at the session.' })
export class AdverseEventInput {
  @TextField(LIMITS.TEXT, { description: 'What happened.' })
  description: string;

  @TextField(LIMITS.SHORT_LABEL, { nullable: true, description: 'Severity, e.g. "mild".' })
  severity?: string | null;
}

@InputType({
  description: 'Completes a checked-in session with its record. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).',
})
export class SessionCompleteInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field(() => [TreatedAreaInput], { description: 'Areas treated (at least one, at most 10).' })
  areas: TreatedAreaInput[];

  @TextField(LIMITS.NAME, { nullable: true, description: 'Device used.' })
  device?: string | null;

  @Field({ description: 'Whether numbing cream was applied.' })
  numbingApplied: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes the numbing cream stayed on (1-120), when applied.' })
  numbingMinutes?: number | null;

  @Field(() => [ProductUseInput], { nullable: true, description: 'Products applied, with lot numbers (at most 20).' })
  products?: ProductUseInput[] | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Notes.' })
  notes?: string | null;

  @Field(() => [AdverseEventInput], { nullable: true, description: 'Adverse events (at most 20).' })
  adverseEvents?: AdverseEventInput[] | null;
}

@ObjectType({ description: 'The result of `courseStart`.' })
export class CoursePayload {
  @Field(() => Course, { nullable: true, description: 'The course; null when userErrors is not empty.' })
  course: Course | null;

  @Field(() => [CourseUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'The result of a session mutation.' })
export class SessionPayload {
  @Field(() => CourseSession, {
    nullable: true,
    description: 'The session as it now stands (with its aftercare plan once completed); null when userErrors is not empty.',
  })
  session: CourseSession | null;

  @Field(() => [CourseUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'The result of `clearanceRecord`.' })
export class ClearancePayload {
  @Field(() => Clearance, { nullable: true, description: 'The clearance; null when userErrors is not empty.' })
  clearance: Clearance | null;

  @Field(() => [CourseUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}
