import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField, TextListField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Practitioner, Qualification } from './practitioner.entity';

export const PractitionerErrorCode = { ...COMMON_ERROR_CODES, TREATMENT_RETIRED: 'TREATMENT_RETIRED' } as const;
registerEnumType(PractitionerErrorCode, {
  name: 'PractitionerErrorCode',
  description: 'Why a practitioner or qualification mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    TREATMENT_RETIRED: { description: 'The treatment has been retired from the catalog: no new qualifications are granted for it.' },
  },
});
export const PractitionerUserError = UserErrorType('Practitioner', PractitionerErrorCode);

@InputType({ description: "A new practitioner of the viewer's organization." })
export class PractitionerCreateInput {
  @TextField(LIMITS.SLUG, { description: 'URL-safe name, unique within the organization (lowercase letters, digits, dashes).' })
  slug: string;

  @TextField(LIMITS.SHORT_LABEL, { nullable: true, description: 'Honorific, e.g. "Dr."' })
  title?: string | null;

  @TextField(LIMITS.NAME, { description: 'Given (first) name.' })
  givenName: string;

  @TextField(LIMITS.NAME, { description: 'Family (last) name.' })
  familyName: string;

  @TextField(LIMITS.NAME, { description: 'Profession, e.g. "Dermatologist", "Aesthetic nurse", "Licensed esthetician".' })
  profession: string;

  @TextListField(LIMITS.SHORT_LABEL, {
    nullable: true,
    description: 'Post-nominal credentials and licences, e.g. ["MD", "FAAD"]; none when omitted.',
  })
  credentials?: string[] | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Short biography for patients.' })
  bio?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Clinics of the organization the practitioner works at; none when omitted.' })
  clinicIds?: string[] | null;
}

@InputType({
  description:
    'Changes to a practitioner: omitted fields stay as they are; null clears an optional field (title, bio) and leaves a required one as it is.',
})
export class PractitionerUpdateInput {
  @Field(() => ID, { description: 'The practitioner to change.' })
  id: string;

  @TextField(LIMITS.SLUG, { nullable: true, description: 'New slug, unique within the organization.' })
  slug?: string | null;

  @TextField(LIMITS.SHORT_LABEL, { nullable: true, description: 'New honorific.' })
  title?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New given (first) name.' })
  givenName?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New family (last) name.' })
  familyName?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New profession.' })
  profession?: string | null;

  @TextListField(LIMITS.SHORT_LABEL, { nullable: true, description: 'New credentials (replace all of them; an empty list removes them).' })
  credentials?: string[] | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'New biography.' })
  bio?: string | null;
}

@InputType({ description: "A practitioner and a clinic of the viewer's organization." })
export class PractitionerClinicInput {
  @Field(() => ID, { description: 'The practitioner.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The clinic.' })
  clinicId: string;
}

@InputType({ description: 'A qualification to grant a practitioner for one treatment.' })
export class QualificationGrantInput {
  @Field(() => ID, { description: "The practitioner of the viewer's organization." })
  practitionerId: string;

  @Field(() => ID, { description: "The treatment: one of the shared library or of the viewer's organization, not retired." })
  treatmentId: string;

  @TextField(LIMITS.LOCAL_DATE, {
    description:
      'Day the qualification was obtained, "YYYY-MM-DD"; not in the future (judged in UTC+14, the earliest time zone, so that no clinic\'s today is refused).',
  })
  grantedOn: string;

  @TextField(LIMITS.LOCAL_DATE, {
    nullable: true,
    description: 'Last day the qualification is valid, "YYYY-MM-DD", not before `grantedOn`; omitted when it does not expire.',
  })
  expiresOn?: string | null;
}

@InputType({ description: 'The qualification to revoke.' })
export class QualificationRevokeInput {
  @Field(() => ID, { description: 'The qualification.' })
  id: string;
}

@ObjectType({ description: 'Result of a practitioner mutation: the practitioner, or why it failed.' })
export class PractitionerPayload {
  @Field(() => Practitioner, {
    nullable: true,
    description: 'The practitioner as they are after the change; null when the mutation failed.',
  })
  practitioner: Practitioner | null;

  @Field(() => [PractitionerUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'Result of a qualification mutation: the qualification, or why it failed.' })
export class QualificationPayload {
  @Field(() => Qualification, {
    nullable: true,
    description: 'The qualification as it is after the change; null when the mutation failed.',
  })
  qualification: Qualification | null;

  @Field(() => [PractitionerUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
