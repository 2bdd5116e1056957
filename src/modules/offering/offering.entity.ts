import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/relay/node';
import { toGlobalId } from '../../common/relay/global-id';
import { Money } from '../../common/money';
import { Connection } from '../../common/relay/connection';

/**
 * A protocol as one clinic offers it. Computed from the organization-wide default
 * (offering_settings row without clinic) and the clinic's override, field by field.
 */
@ObjectType({
  implements: Node,
  description:
    'A protocol as offered by one clinic: whether it is enabled, its price, duration and online booking. Values come from the organization-wide default unless the clinic overrides them.',
})
export class Offering {
  clinicId: string;
  protocolId: string;
  organizationId: string;

  @Field({ description: 'False when the clinic does not currently offer the protocol; disabled offerings cannot be booked.' })
  enabled: boolean;

  @Field(() => Money, { description: 'Price of one session at this clinic.' })
  price: Money;

  @Field(() => Int, { description: 'Length of the appointment in minutes, including preparation.' })
  durationMinutes: number;

  @Field({ description: 'True when patients may book this offering online themselves.' })
  bookableOnline: boolean;

  @Field({ description: 'True when the clinic overrides at least one value of the organization-wide default.' })
  overridden: boolean;

  get globalId(): string {
    return toGlobalId('Offering', `${this.clinicId}:${this.protocolId}`);
  }
}

@ObjectType({ description: 'A page of offerings.' })
export class OfferingConnection extends Connection(Offering, 'offering') {}

@ObjectType({
  description: "The organization-wide default of a protocol's offering: what every clinic offers unless it overrides a value.",
})
export class OfferingDefault {
  protocolId: string;

  @Field({ description: 'Whether clinics offer the protocol unless they override it.' })
  enabled: boolean;

  @Field(() => Money, { description: 'Price of one session.' })
  price: Money;

  @Field(() => Int, { description: 'Length of the appointment in minutes, including preparation.' })
  durationMinutes: number;

  @Field({ description: 'Whether patients may book it online themselves.' })
  bookableOnline: boolean;
}
