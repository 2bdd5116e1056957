/** Inputs and payloads of outcome, adverse-event and photo mutations. */
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { LIMITS, TextField } from '../../common/input-limits';
import { UserErrorData, UserErrorType } from '../../common/user-errors';
import { AdverseEvent, OutcomeMeasurement, OutcomePhoto } from './outcome.entity';
import { OutcomeErrorCode } from './outcome.enums';
import { AdverseEventKind, AdverseEventSeverity, Assessor, OutcomeArea, OutcomeScale, PhotoAngle } from './outcome.rules';

export const OutcomeUserError = UserErrorType('Outcome', OutcomeErrorCode);

@InputType({
  description:
    'A value on a scale for one area of a course: the baseline (no session) or a follow-up after a completed session of the course. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics), or PATIENT (their own courses, patient-reported scales).',
})
export class OutcomeRecordInput {
  @Field(() => ID, { description: 'The course.' })
  courseId: string;

  @Field(() => ID, { nullable: true, description: 'The completed session it follows; omit for the baseline.' })
  sessionId?: string | null;

  @Field(() => OutcomeScale, { description: 'The scale.' })
  scale: OutcomeScale;

  @TextField(LIMITS.SHORT_LABEL, { nullable: true, description: "The scale's version; the scale's usual one when omitted." })
  scaleVersion?: string | null;

  @Field(() => Float, { description: "The value, within the scale's range (Glogau I-IV as 1-4)." })
  value: number;

  @Field(() => OutcomeArea, { description: 'The area assessed.' })
  area: OutcomeArea;

  @Field(() => Assessor, {
    nullable: true,
    description: 'Who assessed it; PATIENT for a PATIENT request, else CLINICIAN unless the scale is patient-reported only.',
  })
  assessedBy?: Assessor | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The clinician who assessed it, when an ORG_ADMIN or CLINIC_MANAGER records a clinician assessment (a PRACTITIONER assesses as themselves).',
  })
  practitionerId?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was assessed; now when omitted. Never in the future.' })
  assessedAt?: Date | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Remarks.' })
  note?: string | null;
}

@InputType({
  description: 'An adverse event on a session that took place. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).',
})
export class AdverseEventRecordInput {
  @Field(() => ID, { description: 'The session (checked in or completed).' })
  sessionId: string;

  @Field(() => AdverseEventKind, { description: 'What kind of event.' })
  kind: AdverseEventKind;

  @Field(() => AdverseEventSeverity, { description: 'How severe.' })
  severity: AdverseEventSeverity;

  @Field(() => DateTimeResolver, { description: 'When it began: not before the session starts, not in the future.' })
  onsetAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it resolved, if it has.' })
  resolvedAt?: Date | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Remarks.' })
  note?: string | null;
}

@InputType({ description: 'Records when an adverse event resolved. Same roles as `adverseEventRecord`.' })
export class AdverseEventResolveInput {
  @Field(() => ID, { description: 'The adverse event.' })
  adverseEventId: string;

  @Field(() => DateTimeResolver, { description: 'When it resolved: not before its onset, not in the future.' })
  resolvedAt: Date;
}

@InputType({
  description:
    "A photo's metadata, taken at a session that took place, refused unless the patient's photo consent was in force when it was taken. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).",
})
export class OutcomePhotoRecordInput {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @TextField(LIMITS.NAME, {
    description:
      'The object-storage key of the image: letters, digits and . _ / - (starting with a letter or digit), unique in the organization.',
  })
  storageKey: string;

  @Field(() => PhotoAngle, { description: 'The angle.' })
  angle: PhotoAngle;

  @Field(() => OutcomeArea, { nullable: true, description: 'The area shown.' })
  area?: OutcomeArea | null;

  @Field(() => DateTimeResolver, { description: 'When it was taken: not before the session starts, not in the future.' })
  takenAt: Date;
}

@ObjectType({ description: 'The result of `outcomeRecord`.' })
export class OutcomeRecordPayload {
  @Field(() => OutcomeMeasurement, { nullable: true, description: 'The measurement; null when userErrors is not empty.' })
  measurement: OutcomeMeasurement | null;

  @Field(() => [OutcomeUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'The result of `adverseEventRecord` and `adverseEventResolve`.' })
export class AdverseEventPayload {
  @Field(() => AdverseEvent, { nullable: true, description: 'The adverse event; null when userErrors is not empty.' })
  adverseEvent: AdverseEvent | null;

  @Field(() => [OutcomeUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'The result of `outcomePhotoRecord`.' })
export class OutcomePhotoPayload {
  @Field(() => OutcomePhoto, { nullable: true, description: 'The photo record; null when userErrors is not empty.' })
  photo: OutcomePhoto | null;

  @Field(() => [OutcomeUserError], { description: 'What went wrong; empty on success.' })
  userErrors: UserErrorData[];
}
