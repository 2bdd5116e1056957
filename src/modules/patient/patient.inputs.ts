import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { LIMITS, TextField } from '../../common/input-limits';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { Consent, Patient, Screening } from './patient.entity';
import { ConsentKind } from './patient.enums';
import { ScreeningAnswersInput } from './screening-answers.types';

export const PatientErrorCode = { ...COMMON_ERROR_CODES, TREATMENT_RETIRED: 'TREATMENT_RETIRED' } as const;
registerEnumType(PatientErrorCode, {
  name: 'PatientErrorCode',
  description: 'Why a patient, screening or consent mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    TREATMENT_RETIRED: { description: 'The treatment has been retired from the catalog: no new consents are recorded for it.' },
  },
});
export const PatientUserError = UserErrorType('Patient', PatientErrorCode);

@ArgsType()
export class PatientsArgs extends ConnectionArgs {
  @TextField(LIMITS.NAME, {
    nullable: true,
    description:
      'Part of the name, e-mail or phone (case-insensitive; a phone may be typed with spaces or dashes); all patients when omitted or blank.',
  })
  search?: string | null;
}

@InputType({ description: "A new patient of the viewer's organization. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK." })
export class PatientRegisterInput {
  @TextField(LIMITS.NAME, { description: 'Given (first) name.' })
  givenName: string;

  @TextField(LIMITS.NAME, { description: 'Family (last) name.' })
  familyName: string;

  @TextField(LIMITS.LOCAL_DATE, { description: 'Date of birth, "YYYY-MM-DD": not in the future and at most 130 years ago.' })
  dateOfBirth: string;

  @TextField(LIMITS.EMAIL, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @TextField(LIMITS.PHONE, { nullable: true, description: 'Phone number in E.164 form, e.g. "+12125550134".' })
  phone?: string | null;

  @Field(() => FitzpatrickType, { nullable: true, description: 'Fitzpatrick skin type (I-VI), when assessed.' })
  skinType?: FitzpatrickType | null;

  @Field(() => ID, { nullable: true, description: 'The clinic of the organization the patient usually visits.' })
  preferredClinicId?: string | null;

  @TextField(LIMITS.IDEMPOTENCY_KEY, {
    nullable: true,
    description:
      'A key of the client\'s choosing (e.g. a random UUID) that makes retries safe: the same key with the same input within 24 hours answers the first registration again instead of registering the patient twice, also while the first is still running; with a different input it is IDEMPOTENCY_KEY_REUSED. A failed registration keeps no key. See README, "Idempotent retries".',
  })
  idempotencyKey?: string | null;
}

@InputType({
  description:
    'Changes to a patient: omitted fields stay as they are; null clears an optional field (email, phone, skinType, preferredClinicId) and leaves a required one as it is. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own record (not the skin type, which staff assess).',
})
export class PatientUpdateInput {
  @Field(() => ID, { description: 'The patient to change.' })
  id: string;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New given (first) name.' })
  givenName?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New family (last) name.' })
  familyName?: string | null;

  @TextField(LIMITS.LOCAL_DATE, { nullable: true, description: 'New date of birth, "YYYY-MM-DD".' })
  dateOfBirth?: string | null;

  @TextField(LIMITS.EMAIL, { nullable: true, description: 'New e-mail address; null removes it.' })
  email?: string | null;

  @TextField(LIMITS.PHONE, { nullable: true, description: 'New phone number (E.164); null removes it.' })
  phone?: string | null;

  @Field(() => FitzpatrickType, { nullable: true, description: 'New Fitzpatrick skin type; null removes it. Staff only.' })
  skinType?: FitzpatrickType | null;

  @Field(() => ID, { nullable: true, description: 'New preferred clinic; null removes it.' })
  preferredClinicId?: string | null;
}

@InputType({
  description:
    'A dated screening questionnaire of a patient. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves.',
})
export class ScreeningRecordInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId: string;

  @TextField(LIMITS.LOCAL_DATE, { description: 'Day the patient answered, "YYYY-MM-DD": not in the future nor before their birth.' })
  screenedOn: string;

  @Field(() => ScreeningAnswersInput, { description: 'The answers.' })
  answers: ScreeningAnswersInput;
}

@InputType({
  description: 'A consent the patient signed. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves.',
})
export class ConsentRecordInput {
  @Field(() => ID, { description: 'The patient.' })
  patientId: string;

  @Field(() => ConsentKind, { description: 'What the consent covers.' })
  kind: ConsentKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The treatment (of the library or of the organization): required for TREATMENT, absent for PHOTOS.',
  })
  treatmentId?: string | null;

  @TextField(LIMITS.SHORT_LABEL, { description: 'Version of the consent text the patient signed, e.g. "microneedling-2025-03".' })
  contentVersion: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the patient signed; now when omitted. Not in the future.' })
  signedAt?: Date | null;
}

@InputType({
  description: 'The consent to withdraw. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own.',
})
export class ConsentWithdrawInput {
  @Field(() => ID, { description: 'The consent.' })
  id: string;
}

@ObjectType({ description: 'Result of a patient mutation: the patient, or why it failed.' })
export class PatientPayload {
  @Field(() => Patient, { nullable: true, description: 'The patient as they are after the change; null when the mutation failed.' })
  patient: Patient | null;

  @Field(() => [PatientUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'Result of recording a screening: the screening, or why it failed.' })
export class ScreeningPayload {
  @Field(() => Screening, { nullable: true, description: 'The recorded screening; null when the mutation failed.' })
  screening: Screening | null;

  @Field(() => [PatientUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'Result of a consent mutation: the consent, or why it failed.' })
export class ConsentPayload {
  @Field(() => Consent, { nullable: true, description: 'The consent as it is after the change; null when the mutation failed.' })
  consent: Consent | null;

  @Field(() => [PatientUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
