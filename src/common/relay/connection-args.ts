import { ArgsType, Field, Int } from 'type-graphql';
import { LIMITS, TextField } from '../input-limits';

/** Forward pagination arguments shared by every connection field. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size: default 20, at most 100 (larger values are capped); negative values are rejected.',
  })
  first?: number | null;

  @TextField(LIMITS.CURSOR, {
    nullable: true,
    description: 'Return items after this cursor (an `endCursor` or edge `cursor` of this connection).',
  })
  after?: string | null;
}
