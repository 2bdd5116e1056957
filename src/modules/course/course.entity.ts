/** Courses, their sessions and eligibility clearances: tables and GraphQL types. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver } from 'graphql-scalars';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node, NodeEntity } from '../../common/relay/node';
import { SkinConcern } from '../catalog/catalog.enums';
import { EligibilityReasonCode } from '../eligibility/eligibility.enums';
import { CourseStatus, DeviationKind, SessionStatus } from './course.enums';
import { COURSE_READERS_TEXT } from './course.readers';
import { TreatmentArea } from './needle-depth.rules';

@ObjectType({
  implements: Node,
  description: `A patient's course: a protocol at a clinic with a lead practitioner, target concerns and a planned number of sessions. ${COURSE_READERS_TEXT}`,
})
@Entity('courses')
export class Course extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'protocol_id', type: 'uuid' })
  protocolId: string;

  @Column({ name: 'lead_practitioner_id', type: 'uuid' })
  leadPractitionerId: string;

  @Field(() => [SkinConcern], { description: 'The concerns the course targets.' })
  @Column({ name: 'target_concerns', type: 'text', array: true })
  targetConcerns: SkinConcern[];

  @Field(() => Int, { description: 'How many sessions the course plans.' })
  @Column({ name: 'planned_sessions', type: 'integer' })
  plannedSessions: number;

  @Field(() => String, {
    nullable: true,
    description: "Why the planned sessions lie outside the protocol's range, as the practitioner recorded it; null within the range.",
  })
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'override_practitioner_id', type: 'uuid', nullable: true })
  overridePractitionerId: string | null;

  @Field(() => CourseStatus, { description: 'PLANNED, ACTIVE, COMPLETED or CANCELLED.' })
  @Column({ type: 'text' })
  status: CourseStatus;

  @Field(() => String, { nullable: true, description: 'Why the course was cancelled (courseCancel); null unless it was.' })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the course was cancelled (courseCancel); null unless it was.' })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the course was started.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => ID, { name: 'patientId', description: 'Global id of the patient.' })
  get patientGlobalId(): string {
    return toGlobalId('Patient', this.patientId);
  }
}

@ObjectType({ description: 'What was applied in a session: a product and its lot number.' })
export class ProductUse {
  @Field({ description: 'Product name, e.g. "Hyaluronic serum".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Lot (batch) number, for traceability.' })
  lotNumber: string | null;
}

@ObjectType({ description: 'An adverse event noted at the session.' })
export class SessionAdverseEvent {
  @Field({ description: 'What happened, e.g. "pinpoint bleeding".' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Severity as recorded, e.g. "mild".' })
  severity: string | null;
}

@ObjectType({ description: 'An area treated and the needle depth used there.' })
export class TreatedArea {
  @Field(() => TreatmentArea, { description: 'The area.' })
  area: TreatmentArea;

  @Field(() => Float, { nullable: true, description: "Needle depth in mm (0.25-3.0; outside the area's range only with a note)." })
  needleDepthMm: number | null;

  @Field(() => String, { nullable: true, description: "Why the depth lies outside the area's range, or other remarks." })
  note: string | null;
}

@ObjectType({ description: 'The clinical record of a completed session.' })
export class SessionRecord {
  @Field(() => [TreatedArea], { description: 'Areas treated, with needle depths.' })
  areas: TreatedArea[];

  @Field(() => String, { nullable: true, description: 'Device used.' })
  device: string | null;

  @Field({ description: 'Whether numbing cream was applied.' })
  numbingApplied: boolean;

  @Field(() => Int, { nullable: true, description: 'How long the numbing cream stayed on, in minutes.' })
  numbingMinutes: number | null;

  @Field(() => [ProductUse], { description: 'Products applied, with lot numbers.' })
  products: ProductUse[];

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes: string | null;

  @Field(() => [SessionAdverseEvent], { description: 'Adverse events noted at the session.' })
  adverseEvents: SessionAdverseEvent[];
}

@ObjectType('AftercareItem', { description: 'One aftercare instruction of a completed session with the absolute time it applies until.' })
export class AftercareInstruction {
  @Field({ description: 'What to do or avoid, e.g. "No makeup".' })
  instruction: string;

  @Field({ description: 'The treatment whose aftercare it is (slug).' })
  treatmentSlug: string;

  @Field(() => DateTimeResolver, {
    description: "Until when it applies: the session end plus the longest time the treatment's aftercare gives.",
  })
  until: Date;

  @Field({ description: 'The same time in the clinic\'s time zone, "YYYY-MM-DD HH:MM", for people ("no makeup until ...").' })
  untilLocal: string;

  @Field(() => String, { nullable: true, description: 'A remark, e.g. "Flaking on days 2-7 is expected."' })
  note: string | null;
}

/** Stored form of an aftercare instruction (jsonb). */
export interface StoredAftercare {
  instruction: string;
  treatmentSlug: string;
  until: string;
  untilLocal: string;
  note: string | null;
}

@ObjectType({ implements: Node, description: `One visit of a course. ${COURSE_READERS_TEXT}` })
@Entity('course_sessions')
export class CourseSession extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Field(() => DateTimeResolver, { description: 'Start.' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: "End: the start plus the offering's duration." })
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => SessionStatus, { description: 'Where the session stands.' })
  @Column({ type: 'text' })
  status: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the patient checked in.' })
  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the session was completed.' })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => SessionRecord, { nullable: true, description: 'What was done; set on completion.' })
  @Column({ type: 'jsonb', nullable: true })
  record: SessionRecord | null;

  @Column({ name: 'aftercare', type: 'jsonb', nullable: true })
  storedAftercare: StoredAftercare[] | null;

  @Field(() => ID, { name: 'practitionerId', description: 'Global id of the practitioner (`practitioner` gives the details to staff).' })
  get practitionerGlobalId(): string {
    return toGlobalId('Practitioner', this.practitionerId);
  }

  @Field(() => [AftercareInstruction], {
    description: "The aftercare plan with absolute times in the clinic's zone; empty until completed.",
  })
  get aftercare(): AftercareInstruction[] {
    return (this.storedAftercare ?? []).map((a) => Object.assign(new AftercareInstruction(), { ...a, until: new Date(a.until) }));
  }
}

@ObjectType({
  implements: Node,
  description: `A practitioner's recorded clearance of one relative contraindication of a patient for one treatment, judged on the patient's screening of that time (a newer screening needs a new clearance). ${COURSE_READERS_TEXT}`,
})
@Entity('eligibility_clearances')
export class Clearance extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'screening_id', type: 'uuid' })
  screeningId: string;

  @Column({ name: 'treatment_id', type: 'uuid' })
  treatmentId: string;

  @Field(() => EligibilityReasonCode, { description: 'The relative reason cleared.' })
  @Column({ type: 'text' })
  code: EligibilityReasonCode;

  @Field({ description: 'The practitioner\'s note, e.g. "Dermatologist consulted; antiviral cover prescribed."' })
  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => ID, { name: 'practitionerId', description: 'Global id of the practitioner who cleared it.' })
  get practitionerGlobalId(): string {
    return toGlobalId('Practitioner', this.practitionerId);
  }
}

@ObjectType({ description: "A place in a course's plan: its number, treatments, target window and the session that fills it." })
export class PlannedSession {
  @Field(() => Int, { description: 'Number in the course, from 1.' })
  number: number;

  @Field(() => [String], { description: 'Slugs of the treatments of this visit (alternating protocols: one component, in turn).' })
  treatmentSlugs: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: "Earliest allowed start (beginning of a local day in the clinic's zone)." })
  earliestStart: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'The session should start before this instant (end of the last local day of the window); null when open.',
  })
  latestStart: Date | null;

  sessionId: string | null;

  @Field(() => CourseDeviation, { nullable: true, description: 'How this place departs from the plan, if it does.' })
  deviation: CourseDeviation | null;
}

@ObjectType({ description: "A departure from a course's plan." })
export class CourseDeviation {
  @Field(() => DeviationKind, { description: 'LATE, SKIPPED or NO_SHOW.' })
  kind: DeviationKind;

  @Field(() => Int, { nullable: true, description: 'The place in the plan; null for a no-show (which holds no place).' })
  number: number | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the session concerned, if any.' })
  sessionId: string | null;
}

@ObjectType({ description: 'How far a course has come.' })
export class CourseProgress {
  @Field(() => Int, { description: 'Sessions completed.' })
  completed: number;

  @Field(() => Int, { description: 'Sessions planned.' })
  planned: number;

  @Field({ description: 'For people: "session 2 of 4" (the next session), or "completed 4 of 4".' })
  label: string;
}

@ObjectType({ description: 'A page of courses.' })
export class CourseConnection extends Connection(Course, 'course') {}
