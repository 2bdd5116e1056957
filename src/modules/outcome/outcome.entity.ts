/** Outcome measurements, adverse events and photo records: tables and GraphQL types. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver } from 'graphql-scalars';
import { toGlobalId } from '../../common/relay/global-id';
import { Node, NodeEntity } from '../../common/relay/node';
import { COURSE_READERS_TEXT } from '../course/course.readers';
import './outcome.enums';
import { AdverseEventKind, AdverseEventSeverity, Assessor, OutcomeArea, OutcomeScale, PhotoAngle } from './outcome.rules';

@ObjectType({
  implements: Node,
  description: `A value on a validated scale for one area of a course, at baseline or after a session. ${COURSE_READERS_TEXT}`,
})
@Entity('outcome_measurements')
export class OutcomeMeasurement extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Field(() => OutcomeScale, { description: 'The scale.' })
  @Column({ type: 'text' })
  scale: OutcomeScale;

  @Field({ description: 'The version of the scale used, e.g. "DLQI (Finlay & Khan 1994)".' })
  @Column({ name: 'scale_version', type: 'text' })
  scaleVersion: string;

  /** Read as float8 (see MEASUREMENT_COLUMNS): the column is numeric. */
  @Field(() => Float, { description: 'The value on the scale (Glogau I-IV as 1-4).' })
  @Column({ type: 'numeric' })
  value: number;

  @Field(() => OutcomeArea, { description: 'The area assessed.' })
  @Column({ type: 'text' })
  area: OutcomeArea;

  @Field(() => Assessor, { description: 'Who assessed it: a clinician or the patient.' })
  @Column({ name: 'assessed_by', type: 'text' })
  assessedBy: Assessor;

  @Column({ name: 'practitioner_id', type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was assessed.' })
  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt: Date;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field({ description: 'Whether this is the baseline (before treatment) rather than a follow-up after a session.' })
  get baseline(): boolean {
    return this.sessionId === null;
  }

  @Field(() => ID, { name: 'courseId', description: 'Global id of the course.' })
  get courseGlobalId(): string {
    return toGlobalId('Course', this.courseId);
  }

  @Field(() => ID, { name: 'sessionId', nullable: true, description: 'Global id of the session it follows; null for a baseline.' })
  get sessionGlobalId(): string | null {
    return this.sessionId && toGlobalId('CourseSession', this.sessionId);
  }

  @Field(() => ID, {
    name: 'practitionerId',
    nullable: true,
    description: 'Global id of the clinician who assessed it; null when the patient did.',
  })
  get practitionerGlobalId(): string | null {
    return this.practitionerId && toGlobalId('Practitioner', this.practitionerId);
  }
}

/** The columns of outcome_measurements as the entity reads them (numeric as float8). */
export const MEASUREMENT_COLUMNS = (a: string) =>
  `${a}.id, ${a}.organization_id, ${a}.course_id, ${a}.patient_id, ${a}.session_id, ${a}.scale, ${a}.scale_version, ${a}.value::float8 AS value,
   ${a}.area, ${a}.assessed_by, ${a}.practitioner_id, ${a}.assessed_at, ${a}.note, ${a}.recorded_at`;

@ObjectType({ description: 'A follow-up of a series with its change from the baseline.' })
export class OutcomeFollowUp {
  @Field(() => OutcomeMeasurement, { description: 'The follow-up measurement.' })
  measurement: OutcomeMeasurement;

  @Field(() => Int, { nullable: true, description: 'The number of the session it follows within the course (1 for the first session).' })
  sessionNumber: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Change from the baseline: follow-up minus baseline (GAIS: the rating minus 4, "no change"); null for per-session scales (pain).',
  })
  change: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the change is an improvement by at least the scale's minimal difference, in its better direction; null without a change.",
  })
  improved: boolean | null;
}

@ObjectType({ description: 'One scale, area and assessor of a course over time: its baseline and each follow-up.' })
export class OutcomeSeries {
  @Field(() => OutcomeScale, { description: 'The scale.' })
  scale: OutcomeScale;

  @Field(() => OutcomeArea, { description: 'The area.' })
  area: OutcomeArea;

  @Field(() => Assessor, { description: 'Who assessed it.' })
  assessedBy: Assessor;

  @Field(() => OutcomeMeasurement, {
    nullable: true,
    description: 'The baseline; null for scales without one (GAIS, pain) or while none is recorded.',
  })
  baseline: OutcomeMeasurement | null;

  @Field(() => [OutcomeFollowUp], { description: 'Follow-ups, by assessment time.' })
  followUps: OutcomeFollowUp[];

  @Field(() => Float, { nullable: true, description: 'The change of the latest follow-up; null without one.' })
  latestChange: number | null;
}

@ObjectType({ implements: Node, description: `An adverse event noted on a session. ${COURSE_READERS_TEXT}` })
@Entity('adverse_events')
export class AdverseEvent extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Field(() => AdverseEventKind, { description: 'What kind of event.' })
  @Column({ type: 'text' })
  kind: AdverseEventKind;

  @Field(() => AdverseEventSeverity, { description: 'How severe.' })
  @Column({ type: 'text' })
  severity: AdverseEventSeverity;

  @Field(() => DateTimeResolver, { description: 'When it began.' })
  @Column({ name: 'onset_at', type: 'timestamptz' })
  onsetAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it resolved; null while it lasts (or is not known).' })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Remarks.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => ID, { name: 'sessionId', description: 'Global id of the session.' })
  get sessionGlobalId(): string {
    return toGlobalId('CourseSession', this.sessionId);
  }
}

@ObjectType({
  implements: Node,
  description: `A photo taken at a session: its metadata only (the image lives in object storage under its key). ${COURSE_READERS_TEXT}`,
})
@Entity('outcome_photos')
export class OutcomePhoto extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'consent_id', type: 'uuid' })
  consentId: string;

  @Field({ description: 'Where the image is stored (object-storage key).' })
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Field(() => PhotoAngle, { description: 'The angle.' })
  @Column({ type: 'text' })
  angle: PhotoAngle;

  @Field(() => OutcomeArea, { nullable: true, description: 'The area shown, when one.' })
  @Column({ type: 'text', nullable: true })
  area: OutcomeArea | null;

  @Field(() => DateTimeResolver, { description: 'When it was taken.' })
  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Whether the photo consent it was taken under is still in force (read with the row). */
  consentInForce: boolean;

  @Field(() => ID, { name: 'consentId', description: 'Global id of the photo consent it was taken under.' })
  get consentGlobalId(): string {
    return toGlobalId('Consent', this.consentId);
  }

  @Field(() => ID, { name: 'sessionId', description: 'Global id of the session.' })
  get sessionGlobalId(): string {
    return toGlobalId('CourseSession', this.sessionId);
  }

  @Field({
    name: 'consentPresent',
    description: 'Whether the photo consent it was taken under is still in force (false once withdrawn: do not show the image).',
  })
  get consentPresent(): boolean {
    return this.consentInForce;
  }
}
