import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { ConnectionArgs } from '../../common/relay/connection-args';

@InputType({ description: 'Narrows a list of practitioners; all given conditions must hold.' })
export class PractitionerFilter {
  @Field(() => ID, { nullable: true, description: 'Only practitioners working at this clinic.' })
  clinicId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only practitioners of this organization.' })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only practitioners with a valid (unrevoked, unexpired) qualification for this treatment.',
  })
  qualifiedForTreatmentId?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'Case-insensitive text contained in the name.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or former (false) practitioners; both when omitted.' })
  active?: boolean | null;
}

@ArgsType()
export class PractitionersArgs extends ConnectionArgs {
  @Field(() => PractitionerFilter, { nullable: true, description: 'Conditions the practitioners must meet.' })
  filter?: PractitionerFilter | null;
}

@ArgsType()
export class QualifiedPractitionersArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      "Only practitioners working at this clinic. When omitted and the treatment was reached through a clinic's offering, that clinic is used.",
  })
  clinicId?: string | null;
}
