import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/relay/connection-args';

@InputType({ description: "Narrows a clinic's offerings; all given conditions must hold." })
export class OfferingFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only enabled (true) or disabled (false) offerings; both when omitted.' })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offerings that can (true) or cannot (false) be booked online.' })
  bookableOnline?: boolean | null;
}

@ArgsType()
export class OfferingsArgs extends ConnectionArgs {
  @Field(() => OfferingFilter, { nullable: true, description: 'Conditions the offerings must meet.' })
  filter?: OfferingFilter | null;
}
