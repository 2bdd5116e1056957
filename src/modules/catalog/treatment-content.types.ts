/**
 * The structured content of a treatment (stored as typed JSON documents on the
 * treatment row): how it works, benefits, steps, recovery, safety, aftercare, FAQ.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import {
  Contraindication,
  ContraindicationSeverity,
  DiscomfortLevel,
  FitzpatrickType,
  SkinConcern,
  SkinTypeSuitability,
} from './catalog.enums';

@ObjectType({ description: 'An inclusive range of whole numbers.' })
export class IntRange {
  @Field(() => Int, { description: 'Lower bound (inclusive).' })
  min: number;

  @Field(() => Int, { description: 'Upper bound (inclusive).' })
  max: number;
}

@ObjectType({ description: 'How long one treatment session takes.' })
export class TreatmentDuration {
  @Field(() => Int, { description: 'Shortest usual duration, in minutes.' })
  minMinutes: number;

  @Field(() => Int, { description: 'Longest usual duration, in minutes.' })
  maxMinutes: number;

  @Field(() => String, { nullable: true, description: 'What the duration depends on, e.g. the area treated.' })
  note: string | null;
}

@ObjectType({ description: 'One part of how a treatment works.' })
export class Mechanism {
  @Field({ description: 'Short name, e.g. "Collagen boost".' })
  name: string;

  @Field({ description: 'What happens in the skin.' })
  description: string;
}

@ObjectType({ description: 'A benefit of a treatment for one skin concern.' })
export class Benefit {
  @Field(() => SkinConcern, { description: 'The concern this benefit addresses.' })
  concern: SkinConcern;

  @Field({ description: 'What the treatment does for it.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'A qualification of the benefit, e.g. that deeper scars need more sessions.' })
  note: string | null;
}

@ObjectType({ description: 'One step of the procedure, as the patient experiences it.' })
export class ProcedureStep {
  @Field(() => Int, { description: 'Order of the step, from 1.' })
  position: number;

  @Field({ description: 'Name of the step, e.g. "Preparation".' })
  name: string;

  @Field({ description: 'What is done in this step.' })
  description: string;
}

@ObjectType({ description: 'An expected after-effect and how long it usually lasts.' })
export class RecoveryEffect {
  @Field({ description: 'The effect, e.g. "Redness".' })
  effect: string;

  @Field(() => IntRange, { description: 'Usual duration in days.' })
  days: IntRange;
}

@ObjectType({ description: 'Downtime and recovery after a session.' })
export class Recovery {
  @Field({ description: 'Downtime in one sentence.' })
  summary: string;

  @Field(() => [RecoveryEffect], { description: 'Expected after-effects and how long they last.' })
  effects: RecoveryEffect[];

  @Field(() => IntRange, { description: 'Days until most patients resume normal activities.' })
  normalActivitiesWithinDays: IntRange;

  @Field(() => Int, { description: 'Days within which the skin has fully recovered.' })
  fullRecoveryWithinDays: number;
}

@ObjectType({ description: 'Pain and pain relief during a treatment.' })
export class Comfort {
  @Field(() => DiscomfortLevel, { description: 'Discomfort to expect with the usual pain relief.' })
  discomfort: DiscomfortLevel;

  @Field(() => String, { nullable: true, description: 'Pain relief used, e.g. "Topical numbing cream".' })
  painRelief: string | null;

  @Field({ description: 'What patients should expect, in words.' })
  note: string;
}

@ObjectType({ description: 'Suitability of a treatment for one Fitzpatrick skin type.' })
export class SkinTypeAssessment {
  @Field(() => FitzpatrickType, { description: 'The skin type.' })
  skinType: FitzpatrickType;

  @Field(() => SkinTypeSuitability, { description: 'How suitable the treatment is.' })
  suitability: SkinTypeSuitability;

  @Field(() => String, { nullable: true, description: 'The reason for a caution, e.g. the risk of post-inflammatory hyperpigmentation.' })
  note: string | null;
}

@ObjectType({ description: 'A contraindication of a treatment and what to do about it.' })
export class ContraindicationRule {
  @Field(() => Contraindication, { description: 'The condition.' })
  condition: Contraindication;

  @Field(() => ContraindicationSeverity, { description: 'Whether it blocks the treatment or requires clearance.' })
  severity: ContraindicationSeverity;

  @Field({ description: 'Advice for patient and practitioner, e.g. "Consult a dermatologist first."' })
  advice: string;
}

@ObjectType({ description: 'The usual plan of a course: how many sessions, how far apart.' })
export class CourseTemplate {
  @Field(() => IntRange, { description: 'Number of sessions of a course.' })
  sessionCount: IntRange;

  @Field(() => IntRange, { description: 'Days between the starts of consecutive sessions.' })
  intervalDays: IntRange;

  @Field(() => String, { nullable: true, description: 'What the plan depends on, e.g. the skin concern.' })
  note: string | null;

  @Field(() => IntRange, { description: 'The same interval in whole weeks (rounded down, then up).' })
  get intervalWeeks(): IntRange {
    return { min: Math.floor(this.intervalDays.min / 7), max: Math.ceil(this.intervalDays.max / 7) };
  }
}

@ObjectType({ description: 'One aftercare instruction with how long it applies after the session.' })
export class AftercareInstruction {
  @Field({ description: 'The instruction, e.g. "No makeup".' })
  instruction: string;

  @Field(() => IntRange, { description: 'Hours after the session during which the instruction applies (a range where clinics differ).' })
  hours: IntRange;

  @Field(() => String, { nullable: true, description: 'Why, or what to expect.' })
  note: string | null;
}

@ObjectType({ description: 'A frequently asked question about a treatment, with its answer.' })
export class FaqEntry {
  @Field({ description: 'The question, as patients ask it.' })
  question: string;

  @Field({ description: 'The answer.' })
  answer: string;
}
