import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { SortDirection } from '../../common/relay/ordering';

@InputType({ description: 'Narrows a list of clinics; all given conditions must hold.' })
export class ClinicFilter {
  @TextField(LIMITS.NAME, { nullable: true, description: 'City, compared case-insensitively, e.g. "new york".' })
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only clinics of this organization (global id).' })
  organizationId?: string | null;

  @TextField(LIMITS.SLUG, { nullable: true, description: 'Only clinics of the organization with this slug.' })
  organizationSlug?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) clinics; both when omitted.' })
  active?: boolean | null;
}

export enum ClinicOrderField {
  NAME = 'NAME',
  CITY = 'CITY',
}
registerEnumType(ClinicOrderField, {
  name: 'ClinicOrderField',
  description: 'What clinics can be ordered by.',
  valuesConfig: { NAME: { description: 'Clinic name.' }, CITY: { description: 'City, then id.' } },
});

@InputType({ description: 'Order of a list of clinics.' })
export class ClinicOrder {
  @Field(() => ClinicOrderField, { description: 'The field to order by.' })
  field: ClinicOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
  direction: SortDirection;
}

@ArgsType()
export class ClinicsArgs extends ConnectionArgs {
  @Field(() => ClinicFilter, { nullable: true, description: 'Conditions the clinics must meet.' })
  filter?: ClinicFilter | null;

  @Field(() => ClinicOrder, { nullable: true, description: 'Order of the clinics; by name when omitted.' })
  orderBy?: ClinicOrder | null;
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {}
