import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { FitzpatrickType, ProtocolKind, SkinConcern, TreatmentCategory } from './catalog.enums';

@InputType({ description: 'Narrows a list of treatments; all given conditions must hold.' })
export class TreatmentFilter {
  @Field(() => SkinConcern, { nullable: true, description: 'Only treatments that address this concern.' })
  concern?: SkinConcern | null;

  @Field(() => FitzpatrickType, {
    nullable: true,
    description: 'Only treatments possible for this skin type (SUITABLE or CAUTION; check `skinTypes` for the reason of a caution).',
  })
  fitzpatrickType?: FitzpatrickType | null;

  @Field(() => TreatmentCategory, { nullable: true, description: 'Only treatments of this family.' })
  category?: TreatmentCategory | null;

  @TextField(LIMITS.NAME, {
    nullable: true,
    description: 'Text search over name, aliases, summary and description (words or a partial name).',
  })
  search?: string | null;
}

@ArgsType()
export class TreatmentsArgs extends ConnectionArgs {
  @Field(() => TreatmentFilter, { nullable: true, description: 'Conditions the treatments must meet.' })
  filter?: TreatmentFilter | null;
}

@InputType({ description: 'Narrows a list of protocols; all given conditions must hold.' })
export class ProtocolFilter {
  @Field(() => ID, { nullable: true, description: 'Only protocols that include this treatment (global id).' })
  treatmentId?: string | null;

  @TextField(LIMITS.SLUG, { nullable: true, description: 'Only protocols that include the treatment with this slug.' })
  treatmentSlug?: string | null;

  @Field(() => SkinConcern, { nullable: true, description: 'Only protocols that target this concern.' })
  concern?: SkinConcern | null;

  @Field(() => ProtocolKind, { nullable: true, description: 'Only protocols of this kind.' })
  kind?: ProtocolKind | null;
}

@ArgsType()
export class ProtocolsArgs extends ConnectionArgs {
  @Field(() => ProtocolFilter, { nullable: true, description: 'Conditions the protocols must meet.' })
  filter?: ProtocolFilter | null;
}
