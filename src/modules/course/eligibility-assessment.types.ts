/** The `eligibility` query's answer: a verdict and every reason behind it. */
import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { EligibilityReasonCode, EligibilitySeverity, EligibilityVerdict } from '../eligibility/eligibility.enums';

@ObjectType({ description: "The fact behind a reason: a screening answer, the screening's date or the skin type." })
export class EligibilityAnswerType {
  @Field({ description: 'The answer\'s name, e.g. "herpesHistory", "isotretinoinLastDoseOn", "screenedOn" or "fitzpatrickType".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The answer as text ("true", a date, a skin type); null when not recorded.' })
  value: string | null;
}

@ObjectType({ description: 'One reason of an eligibility verdict.' })
export class EligibilityReasonType {
  @Field(() => EligibilityReasonCode, { description: 'The reason.' })
  code: EligibilityReasonCode;

  @Field(() => EligibilitySeverity, { description: 'ABSOLUTE blocks, RELATIVE needs a clearance, WARNING informs.' })
  severity: EligibilitySeverity;

  @Field(() => String, { nullable: true, description: "Slug of the treatment it concerns; null for the screening's own reasons." })
  treatmentSlug: string | null;

  @Field(() => EligibilityAnswerType, { nullable: true, description: 'The answer behind it; null when there is none.' })
  answer: EligibilityAnswerType | null;

  @Field({ description: 'What applies.' })
  message: string;

  @Field({ description: 'What to do about it.' })
  advice: string;

  @Field({ description: "A practitioner's clearance is recorded for it (RELATIVE only), so it no longer blocks." })
  cleared: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For waiting periods: the first day it no longer applies.' })
  waitEndsOn: string | null;
}

@ObjectType({ description: 'Whether a patient may receive a protocol at a clinic on a day, and why.' })
export class EligibilityAssessment {
  @Field(() => EligibilityVerdict, { description: 'ELIGIBLE, NEEDS_CLEARANCE or INELIGIBLE.' })
  verdict: EligibilityVerdict;

  @Field(() => LocalDateResolver, { description: "The day judged, in the clinic's time zone." })
  sessionOn: string;

  @Field(() => [EligibilityReasonType], { description: "Every reason: screening first, then each treatment's in step order." })
  reasons: EligibilityReasonType[];
}
