/** A treatment's eligibility rules as the schema shows them (read-only, public: they are part of the catalog). */
import { Field, ObjectType } from 'type-graphql';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { EligibilityReasonCode, EligibilitySeverity, WaitingPeriodSetting, WaitingPeriodUnit } from './eligibility.enums';

@ObjectType({ description: 'A waiting period that runs from a dated screening answer, its length set by the organization.' })
export class EligibilityWaitingPeriod {
  @Field({ description: 'The dated screening answer it runs from, e.g. "isotretinoinLastDoseOn".' })
  since: string;

  @Field(() => WaitingPeriodUnit, { description: 'Whether the length is counted in days or calendar months.' })
  unit: WaitingPeriodUnit;

  @Field(() => WaitingPeriodSetting, { description: 'The clinical setting that gives its length (see `Organization.clinicalSettings`).' })
  setting: WaitingPeriodSetting;
}

@ObjectType('EligibilityRule', {
  description: 'One eligibility rule of a treatment: when it applies, how much it weighs, and what to tell patient and practitioner.',
})
/** Named EligibilityRule in the schema; the TypeScript name leaves EligibilityRule to the stored format. */
export class EligibilityRuleType {
  @Field(() => EligibilityReasonCode, { description: 'The reason the rule gives when it applies; unique within the treatment.' })
  code: EligibilityReasonCode;

  @Field(() => EligibilitySeverity, { description: "Whether it blocks the treatment, needs a practitioner's clearance, or warns." })
  severity: EligibilitySeverity;

  @Field(() => String, {
    nullable: true,
    description: 'The yes/no screening answer that makes it apply, e.g. "activeInfectionAtSite"; null for other kinds of rule.',
  })
  screeningFlag: string | null;

  @Field(() => EligibilityWaitingPeriod, {
    nullable: true,
    description: 'The waiting period during which it applies; null for other kinds of rule.',
  })
  waitingPeriod: EligibilityWaitingPeriod | null;

  @Field(() => [FitzpatrickType], { description: 'The skin types it applies to; empty unless the rule is about skin type.' })
  skinTypes: FitzpatrickType[];

  @Field({ description: 'What applies, for patient and practitioner.' })
  message: string;

  @Field({ description: 'What to do about it, e.g. "Consult a dermatologist first."' })
  advice: string;
}
