import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Offering, OfferingDefault } from './offering.entity';

export const OfferingErrorCode = { ...COMMON_ERROR_CODES, CURRENCY_MISMATCH: 'CURRENCY_MISMATCH', NO_DEFAULT: 'NO_DEFAULT' } as const;
registerEnumType(OfferingErrorCode, {
  name: 'OfferingErrorCode',
  description: 'Why an offering mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    CURRENCY_MISMATCH: { description: "The price is not in the organization's currency (`Organization.currency`)." },
    NO_DEFAULT: {
      description:
        "The organization has no default for the protocol, so a clinic's override must set every value (enabled, price, durationMinutes, bookableOnline); the field names the missing one.",
    },
  },
});
export const OfferingUserError = UserErrorType('Offering', OfferingErrorCode);

/** How long an appointment may be, in minutes: from a quick touch-up to a long combined session. */
export const DURATION_MINUTES = { min: 5, max: 600 } as const;

/** The values of an offering a clinic may override; `clear` names them. */
export enum OfferingField {
  ENABLED = 'ENABLED',
  PRICE = 'PRICE',
  DURATION_MINUTES = 'DURATION_MINUTES',
  BOOKABLE_ONLINE = 'BOOKABLE_ONLINE',
}
registerEnumType(OfferingField, {
  name: 'OfferingField',
  description: 'A value of an offering that a clinic may override, or clear to inherit the organization-wide default again.',
  valuesConfig: {
    ENABLED: { description: '`enabled`: whether the clinic offers the protocol.' },
    PRICE: { description: '`price`: amount and currency.' },
    DURATION_MINUTES: { description: '`durationMinutes`: length of the appointment.' },
    BOOKABLE_ONLINE: { description: '`bookableOnline`: whether patients may book it online.' },
  },
});

@InputType({ description: 'An amount of money: integer minor units (e.g. cents) of an ISO 4217 currency.' })
export class MoneyInput {
  @Field(() => Int, { description: 'Amount in minor units, e.g. 35000 for 350.00 USD; at least 0.' })
  amount: number;

  @TextField(LIMITS.CURRENCY, { description: 'ISO 4217 currency code, e.g. "USD"; must be the organization\'s currency.' })
  currency: string;
}

@InputType({ description: "The organization-wide default of a protocol's offering: every value, replacing the current default if any." })
export class OfferingDefaultSetInput {
  @Field(() => ID, { description: "The protocol (the shared library's or the organization's own, not retired)." })
  protocolId: string;

  @Field({ description: 'Whether clinics offer the protocol unless they override it.' })
  enabled: boolean;

  @Field(() => MoneyInput, { description: "Price of one session, in the organization's currency." })
  price: MoneyInput;

  @Field(() => Int, {
    description: `Length of the appointment in minutes, including preparation; ${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}.`,
  })
  durationMinutes: number;

  @Field({ description: 'Whether patients may book it online themselves.' })
  bookableOnline: boolean;
}

/** What a clinic's override changes: values to set, and values to clear (inherit again). */
@InputType({ description: 'What a clinic override changes (base of OfferingSetInput and OfferingsBulkSetInput).' })
export abstract class OfferingOverrideInput {
  @Field(() => ID, { description: "The protocol (the shared library's or the organization's own, not retired)." })
  protocolId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Override whether the clinic offers the protocol; omitted or null leaves it as it is.',
  })
  enabled?: boolean | null;

  @Field(() => MoneyInput, {
    nullable: true,
    description: "Override the price (organization's currency, amount at least 0); omitted or null leaves it as it is.",
  })
  price?: MoneyInput | null;

  @Field(() => Int, {
    nullable: true,
    description: `Override the appointment length in minutes (${DURATION_MINUTES.min} to ${DURATION_MINUTES.max}); omitted or null leaves it as it is.`,
  })
  durationMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Override online booking; omitted or null leaves it as it is.' })
  bookableOnline?: boolean | null;

  @Field(() => [OfferingField], {
    nullable: true,
    description:
      'Overridden values to clear, so they fall back to the organization-wide default; clearing every value removes the override. A field may not be both set and cleared.',
  })
  clear?: OfferingField[] | null;
}

@InputType({
  description: "One clinic's override of a protocol's offering. Values not given keep their current override or inherit the default.",
})
export class OfferingSetInput extends OfferingOverrideInput {
  @Field(() => ID, { description: 'The clinic.' })
  clinicId: string;
}

@InputType({
  description: "The same override of a protocol's offering for several clinics at once; give `clinicIds` or `allClinics: true`, not both.",
})
export class OfferingsBulkSetInput extends OfferingOverrideInput {
  @Field(() => [ID], { nullable: true, description: 'The clinics (at least one; duplicates count once).' })
  clinicIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for every clinic of the organization (deactivated ones included); for CLINIC_MANAGER every clinic they manage.',
  })
  allClinics?: boolean | null;
}

@ObjectType({ description: 'Result of setting an organization-wide offering default: the default, or why it failed.' })
export class OfferingDefaultPayload {
  @Field(() => OfferingDefault, { nullable: true, description: 'The default as it is after the change; null when the mutation failed.' })
  offeringDefault: OfferingDefault | null;

  @Field(() => [OfferingUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: "Result of changing one clinic's offering: the effective offering, or why it failed." })
export class OfferingPayload {
  @Field(() => Offering, {
    nullable: true,
    description:
      "The clinic's effective offering after the change (override over default); null when the mutation failed, or when the override was removed and the organization has no default for the protocol (the clinic no longer offers it).",
  })
  offering: Offering | null;

  @Field(() => [OfferingUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({
  description:
    'Result of changing the offering of several clinics: their effective offerings, or why it failed (then nothing was written).',
})
export class OfferingsBulkPayload {
  @Field(() => [Offering], {
    description:
      "The clinics' effective offerings after the change, in the order of `clinicIds` (by clinic name for `allClinics`); empty when the mutation failed. A clinic whose override was removed while the organization has no default no longer offers the protocol and is left out.",
  })
  offerings: Offering[];

  @Field(() => [OfferingUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
