import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Clinic, DayOfWeek } from './organization.entity';

export const ClinicErrorCode = {
  ...COMMON_ERROR_CODES,
  INVALID_TIME_ZONE: 'INVALID_TIME_ZONE',
  INVALID_OPENING_HOURS: 'INVALID_OPENING_HOURS',
} as const;
registerEnumType(ClinicErrorCode, {
  name: 'ClinicErrorCode',
  description: 'Why a clinic mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    INVALID_TIME_ZONE: { description: 'Not an IANA time zone such as "America/New_York".' },
    INVALID_OPENING_HOURS: {
      description: 'An opening interval is malformed, closes before it opens, or overlaps another on the same day.',
    },
  },
});
export const ClinicUserError = UserErrorType('Clinic', ClinicErrorCode);

@InputType({ description: 'A postal address.' })
export class AddressInput {
  @TextField(LIMITS.NAME, { description: 'Street and number.' })
  streetAddress: string;

  @TextField(LIMITS.NAME, { description: 'City or town.' })
  locality: string;

  @TextField(LIMITS.NAME, { nullable: true, description: 'State, province or region.' })
  region?: string | null;

  @TextField(LIMITS.POSTAL_CODE, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode?: string | null;

  @TextField(LIMITS.COUNTRY_CODE, { description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
  countryCode: string;
}

@InputType({ description: "One opening interval, in the clinic's local time." })
export class OpeningHoursInput {
  @Field(() => DayOfWeek, { description: 'The day.' })
  dayOfWeek: DayOfWeek;

  @TextField(LIMITS.LOCAL_TIME, { description: 'Opening time, "HH:MM" (24-hour).' })
  opens: string;

  @TextField(LIMITS.LOCAL_TIME, { description: 'Closing time, "HH:MM" (24-hour), after `opens`.' })
  closes: string;
}

@InputType({ description: "A new clinic of the viewer's organization." })
export class ClinicCreateInput {
  @TextField(LIMITS.SLUG, { description: 'URL-safe name, unique within the organization (lowercase letters, digits, dashes).' })
  slug: string;

  @TextField(LIMITS.NAME, { description: 'Display name.' })
  name: string;

  @Field(() => AddressInput, { description: 'Postal address.' })
  address: AddressInput;

  @TextField(LIMITS.TIME_ZONE, { description: 'IANA time zone, e.g. "America/Chicago".' })
  timeZone: string;

  @TextField(LIMITS.PHONE, { nullable: true, description: 'Phone number in E.164 form, e.g. "+12125550134".' })
  phone?: string | null;

  @TextField(LIMITS.EMAIL, { nullable: true, description: 'Contact e-mail address.' })
  email?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Weekly opening hours; none means closed until set.' })
  openingHours?: OpeningHoursInput[] | null;
}

@InputType({ description: 'Changes to a clinic: omitted fields stay as they are; null clears an optional field (phone, email).' })
export class ClinicUpdateInput {
  @Field(() => ID, { description: 'The clinic to change.' })
  id: string;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => AddressInput, { nullable: true, description: 'New postal address (replaces the whole address).' })
  address?: AddressInput | null;

  @TextField(LIMITS.TIME_ZONE, { nullable: true, description: 'New IANA time zone.' })
  timeZone?: string | null;

  @TextField(LIMITS.PHONE, { nullable: true, description: 'New phone number (E.164); null removes it.' })
  phone?: string | null;

  @TextField(LIMITS.EMAIL, { nullable: true, description: 'New contact e-mail address; null removes it.' })
  email?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'New weekly opening hours (replace all of them).' })
  openingHours?: OpeningHoursInput[] | null;
}

@InputType({ description: 'The clinic to deactivate.' })
export class ClinicDeactivateInput {
  @Field(() => ID, { description: 'The clinic.' })
  id: string;
}

@ObjectType({ description: 'Result of a clinic mutation: the clinic, or why it failed.' })
export class ClinicPayload {
  @Field(() => Clinic, { nullable: true, description: 'The clinic as it is after the change; null when the mutation failed.' })
  clinic: Clinic | null;

  @Field(() => [ClinicUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
