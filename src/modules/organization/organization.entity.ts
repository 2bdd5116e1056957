import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { CurrencyResolver, EmailAddressResolver, LocalTimeResolver, PhoneNumberResolver } from 'graphql-scalars';
import { TimeZoneScalar } from '../../common/time-zone-scalar';
import { Node, NodeEntity } from '../../common/relay/node';
import { Connection } from '../../common/relay/connection';

@ObjectType({ description: 'Clinical rules whose numbers differ between organizations (defaults from common practice).' })
export class ClinicalSettings {
  @Field(() => Int, {
    description: 'Months after oral isotretinoin before microneedling or a peel (clinics use 2, 3, 6 or 12; default 6).',
  })
  isotretinoinWashoutMonths: number;

  @Field(() => Int, { description: 'Days without topical retinoids before a peel (default 7).' })
  retinoidWashoutDays: number;

  @Field(() => Int, { description: 'Days a screening questionnaire stays valid before it must be renewed (default 180).' })
  screeningValidDays: number;
}

@ObjectType({
  implements: Node,
  description: 'A clinic chain or franchise brand: the tenant that owns clinics, practitioners, offerings and patients.',
})
@Entity('organizations')
export class Organization extends NodeEntity {
  @Field({ description: 'URL-safe unique name, e.g. "lumiere-skin". Anonymous clients choose an organization by it.' })
  @Column()
  slug: string;

  @Field({ description: 'Display name of the chain.' })
  @Column()
  name: string;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency of every price of this organization.' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => TimeZoneScalar, { description: 'IANA time zone used when a clinic does not say otherwise.' })
  @Column({ name: 'default_time_zone' })
  defaultTimeZone: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'isotretinoin_washout_months', type: 'integer' })
  isotretinoinWashoutMonths: number;

  @Column({ name: 'retinoid_washout_days', type: 'integer' })
  retinoidWashoutDays: number;

  @Column({ name: 'screening_valid_days', type: 'integer' })
  screeningValidDays: number;

  @Field(() => ClinicalSettings, { description: "The organization's clinical settings (waiting periods, screening renewal)." })
  get clinicalSettings(): ClinicalSettings {
    const { isotretinoinWashoutMonths, retinoidWashoutDays, screeningValidDays } = this;
    return { isotretinoinWashoutMonths, retinoidWashoutDays, screeningValidDays };
  }
}

@ObjectType({ description: 'A postal address.' })
export class Address {
  @Field({ description: 'Street and number.' })
  streetAddress: string;

  @Field({ description: 'City or town.' })
  locality: string;

  @Field(() => String, { nullable: true, description: 'State, province or region.' })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
  countryCode: string;
}

export enum DayOfWeek {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(DayOfWeek, {
  name: 'DayOfWeek',
  description: 'A day of the week (ISO 8601 order, Monday first).',
  valuesConfig: {
    MONDAY: { description: 'Monday.' },
    TUESDAY: { description: 'Tuesday.' },
    WEDNESDAY: { description: 'Wednesday.' },
    THURSDAY: { description: 'Thursday.' },
    FRIDAY: { description: 'Friday.' },
    SATURDAY: { description: 'Saturday.' },
    SUNDAY: { description: 'Sunday.' },
  },
});
/** ISO day numbers as stored in clinic_opening_hours.day_of_week. */
export const DAYS_OF_WEEK = Object.values(DayOfWeek);

@ObjectType({ description: "One opening interval of a clinic on a day of the week, in the clinic's own time zone." })
export class OpeningHours {
  @Field(() => DayOfWeek, { description: 'The day the interval applies to.' })
  dayOfWeek: DayOfWeek;

  @Field(() => LocalTimeResolver, { description: 'Opening time (local time of the clinic).' })
  opens: string;

  @Field(() => LocalTimeResolver, { description: 'Closing time (local time of the clinic).' })
  closes: string;
}

@ObjectType({ implements: Node, description: 'One location of an organization, with its address, time zone and opening hours.' })
@Entity('clinics')
export class Clinic extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field({ description: 'URL-safe name, unique within the organization.' })
  @Column()
  slug: string;

  @Field({ description: 'Display name of the clinic.' })
  @Column()
  name: string;

  @Column({ name: 'street_address' })
  streetAddress: string;

  @Column()
  locality: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Field(() => TimeZoneScalar, { description: 'IANA time zone of the clinic; opening hours and anything "per day" use it.' })
  @Column({ name: 'time_zone' })
  timeZone: string;

  @Field(() => PhoneNumberResolver, { nullable: true, description: 'Phone number in E.164 form.' })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => EmailAddressResolver, { nullable: true, description: 'Contact e-mail address.' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field({ description: 'False once the clinic is deactivated; inactive clinics take no bookings.' })
  @Column()
  active: boolean;
}

/** The address of a clinic as its own object; the columns live on the clinic row. */
export function addressOf(clinic: Clinic): Address {
  const { streetAddress, locality, region, postalCode, countryCode } = clinic;
  return { streetAddress, locality, region, postalCode, countryCode };
}

@ObjectType({ description: 'A page of organizations.' })
export class OrganizationConnection extends Connection(Organization, 'organization') {}

@ObjectType({ description: 'A page of clinics.' })
export class ClinicConnection extends Connection(Clinic, 'clinic') {}
