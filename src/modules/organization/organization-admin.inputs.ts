import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Organization } from './organization.entity';

export const OrganizationErrorCode = {
  ...COMMON_ERROR_CODES,
  INVALID_TIME_ZONE: 'INVALID_TIME_ZONE',
  INVALID_CURRENCY: 'INVALID_CURRENCY',
} as const;
registerEnumType(OrganizationErrorCode, {
  name: 'OrganizationErrorCode',
  description: 'Why an organization mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    INVALID_TIME_ZONE: { description: 'Not an IANA time zone such as "Europe/London".' },
    INVALID_CURRENCY: { description: 'Not an ISO 4217 currency code such as "USD".' },
  },
});
export const OrganizationUserError = UserErrorType('Organization', OrganizationErrorCode);

@InputType({ description: 'Clinical settings; omitted values keep their current (or default) value.' })
export class ClinicalSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Months after oral isotretinoin before microneedling or a peel, 0 to 24.' })
  isotretinoinWashoutMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days without topical retinoids before a peel, 0 to 60.' })
  retinoidWashoutDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days a screening stays valid, 1 to 730.' })
  screeningValidDays?: number | null;
}

@InputType({ description: 'A new organization (clinic chain) and its first ORG_ADMIN.' })
export class OrganizationCreateInput {
  @TextField(LIMITS.SLUG, { description: 'URL-safe unique name (lowercase letters, digits, dashes).' })
  slug: string;

  @TextField(LIMITS.NAME, { description: 'Display name.' })
  name: string;

  @TextField(LIMITS.CURRENCY, { description: 'ISO 4217 currency of all its prices, e.g. "GBP". Cannot be changed later.' })
  currency: string;

  @TextField(LIMITS.TIME_ZONE, { description: 'IANA time zone used when a clinic does not say otherwise.' })
  defaultTimeZone: string;

  @Field(() => ClinicalSettingsInput, { nullable: true, description: 'Clinical settings; defaults apply where omitted.' })
  clinicalSettings?: ClinicalSettingsInput | null;

  @TextField(LIMITS.SUBJECT, { description: "Token subject of the person who becomes the organization's first ORG_ADMIN." })
  firstAdminSubject: string;
}

@InputType({ description: 'Changes to an organization; omitted fields stay as they are.' })
export class OrganizationUpdateInput {
  @Field(() => ID, { description: 'The organization.' })
  id: string;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @TextField(LIMITS.TIME_ZONE, { nullable: true, description: 'New default IANA time zone.' })
  defaultTimeZone?: string | null;

  @Field(() => ClinicalSettingsInput, { nullable: true, description: 'New clinical settings.' })
  clinicalSettings?: ClinicalSettingsInput | null;
}

@ObjectType({ description: 'Result of an organization mutation.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organization after the change; null when the mutation failed.' })
  organization: Organization | null;

  @Field(() => [OrganizationUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
