import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Connection } from '../../common/relay/connection';
import { Node, NodeEntity } from '../../common/relay/node';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { ConsentKind } from './patient.enums';
import { PATIENT_READERS_TEXT } from './patient.readers';
import { ScreeningAnswersType } from './screening-answers.types';
import type { ScreeningAnswers } from './screening-answers';

@ObjectType({
  implements: Node,
  description: `A person treated by the clinics of one organization. ${PATIENT_READERS_TEXT} Reading health data (skin type, screenings, consents) is recorded in the health-data access trail.`,
})
@Entity('patients')
export class Patient extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field({ description: 'Given (first) name.' })
  @Column({ name: 'given_name' })
  givenName: string;

  @Field({ description: 'Family (last) name.' })
  @Column({ name: 'family_name' })
  familyName: string;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form, e.g. "+12125550134".' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Health data: exposed by a field resolver that records the read. */
  @Column({ name: 'skin_type', type: 'text', nullable: true })
  skinType: FitzpatrickType | null;

  @Column({ name: 'preferred_clinic_id', type: 'uuid', nullable: true })
  preferredClinicId: string | null;

  @Field(() => DateTimeResolver, { description: 'When the patient was registered.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { description: "When the patient's record last changed." })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field({ description: 'Given and family name.' })
  get displayName(): string {
    return `${this.givenName} ${this.familyName}`;
  }
}

@ObjectType({
  implements: Node,
  description: `A dated contraindication questionnaire of a patient (health data; reads are recorded). ${PATIENT_READERS_TEXT}`,
})
@Entity('screenings')
export class Screening extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Field(() => LocalDateResolver, { description: 'Day the patient answered the questionnaire; its age counts from this day.' })
  @Column({ name: 'screened_on', type: 'date' })
  screenedOn: string;

  @Field(() => ScreeningAnswersType, { description: 'The answers.' })
  @Column({ type: 'jsonb' })
  answers: ScreeningAnswers;

  @Field(() => DateTimeResolver, { description: 'When the screening was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

@ObjectType({
  implements: Node,
  description: `A patient's signed consent, to a treatment or to photographs (health data; reads are recorded). ${PATIENT_READERS_TEXT}`,
})
@Entity('consents')
export class Consent extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Field(() => ConsentKind, { description: 'What the consent covers.' })
  @Column({ type: 'text' })
  kind: ConsentKind;

  @Column({ name: 'treatment_id', type: 'uuid', nullable: true })
  treatmentId: string | null;

  @Field({ description: 'Version of the consent text the patient signed, e.g. "microneedling-2025-03".' })
  @Column({ name: 'content_version' })
  contentVersion: string;

  @Field(() => DateTimeResolver, { description: 'When the patient signed.' })
  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the patient withdrew the consent; null while it stands.' })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => DateTimeResolver, { description: 'When the consent was recorded.' })
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field({ description: 'True while the consent is not withdrawn.' })
  get isActive(): boolean {
    return this.withdrawnAt === null;
  }
}

/** One row of the health-data access trail (field names only, never values). */
@Entity('patient_access_events')
export class PatientAccessEvent extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_id', type: 'uuid' })
  patientId: string;

  @Column({ name: 'actor_subject' })
  actorSubject: string;

  @Column({ name: 'actor_role' })
  actorRole: string;

  @Column()
  action: string;

  @Column({ type: 'text', array: true })
  fields: string[];

  @Column({ name: 'request_id' })
  requestId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

@ObjectType({ description: 'A page of patients.' })
export class PatientConnection extends Connection(Patient, 'patient') {}

@ObjectType({ description: 'A page of screenings, newest first.' })
export class ScreeningConnection extends Connection(Screening, 'screening') {}

@ObjectType({ description: 'A page of consents, most recently signed first.' })
export class ConsentConnection extends Connection(Consent, 'consent') {}
