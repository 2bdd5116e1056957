import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField, TextListField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Protocol, Treatment } from './catalog.entity';
import {
  Contraindication,
  ContraindicationSeverity,
  DiscomfortLevel,
  FitzpatrickType,
  Invasiveness,
  ProtocolKind,
  SkinConcern,
  SkinTypeSuitability,
  TreatmentCategory,
} from './catalog.enums';

export const CatalogErrorCode = { ...COMMON_ERROR_CODES, RETIRED: 'RETIRED', IN_USE: 'IN_USE', INVALID_STEPS: 'INVALID_STEPS' } as const;
registerEnumType(CatalogErrorCode, {
  name: 'CatalogErrorCode',
  description: 'Why a treatment or protocol mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    RETIRED: { description: 'The treatment or protocol (or a treatment a step refers to) is retired.' },
    IN_USE: { description: 'The treatment is a step of a protocol that is not retired; retire or change that protocol first.' },
    INVALID_STEPS: {
      description:
        "The steps do not fit the protocol's kind: SINGLE has exactly one step; SAME_VISIT at least two, without gaps; ALTERNATING at least two, each with its gap range.",
    },
  },
});
export const CatalogUserError = UserErrorType('Catalog', CatalogErrorCode);

@InputType({ description: 'An inclusive range of whole numbers.' })
export class IntRangeInput {
  @Field(() => Int, { description: 'Lower bound (inclusive).' })
  min: number;

  @Field(() => Int, { description: 'Upper bound (inclusive), not below `min`.' })
  max: number;
}

@InputType({ description: 'How long one treatment session takes.' })
export class TreatmentDurationInput {
  @Field(() => Int, { description: 'Shortest usual duration, in minutes (at least 1).' })
  minMinutes: number;

  @Field(() => Int, { description: 'Longest usual duration, in minutes (not below `minMinutes`, at most 1440).' })
  maxMinutes: number;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'What the duration depends on, e.g. the area treated.' })
  note?: string | null;
}

@InputType({ description: 'One part of how a treatment works.' })
export class MechanismInput {
  @TextField(LIMITS.NAME, { description: 'Short name, e.g. "Collagen boost".' })
  name: string;

  @TextField(LIMITS.TEXT, { description: 'What happens in the skin.' })
  description: string;
}

@InputType({ description: 'A benefit of a treatment for one skin concern.' })
export class BenefitInput {
  @Field(() => SkinConcern, { description: 'The concern this benefit addresses.' })
  concern: SkinConcern;

  @TextField(LIMITS.TEXT, { description: 'What the treatment does for it.' })
  description: string;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'A qualification of the benefit, e.g. that deeper scars need more sessions.' })
  note?: string | null;
}

@InputType({ description: 'One step of the procedure as the patient experiences it; its position is its place in the list.' })
export class ProcedureStepInput {
  @TextField(LIMITS.NAME, { description: 'Name of the step, e.g. "Preparation".' })
  name: string;

  @TextField(LIMITS.TEXT, { description: 'What is done in this step.' })
  description: string;
}

@InputType({ description: 'An expected after-effect and how long it usually lasts.' })
export class RecoveryEffectInput {
  @TextField(LIMITS.NAME, { description: 'The effect, e.g. "Redness".' })
  effect: string;

  @Field(() => IntRangeInput, { description: 'Usual duration in days (0 or more).' })
  days: IntRangeInput;
}

@InputType({ description: 'Downtime and recovery after a session.' })
export class RecoveryInput {
  @TextField(LIMITS.TEXT, { description: 'Downtime in one sentence.' })
  summary: string;

  @Field(() => [RecoveryEffectInput], { nullable: true, description: 'Expected after-effects and how long they last; none when omitted.' })
  effects?: RecoveryEffectInput[] | null;

  @Field(() => IntRangeInput, { description: 'Days until most patients resume normal activities (0 or more).' })
  normalActivitiesWithinDays: IntRangeInput;

  @Field(() => Int, { description: 'Days within which the skin has fully recovered; not below `normalActivitiesWithinDays.min`.' })
  fullRecoveryWithinDays: number;
}

@InputType({ description: 'Pain and pain relief during a treatment.' })
export class ComfortInput {
  @Field(() => DiscomfortLevel, { description: 'Discomfort to expect with the usual pain relief.' })
  discomfort: DiscomfortLevel;

  @TextField(LIMITS.NAME, { nullable: true, description: 'Pain relief used, e.g. "Topical numbing cream".' })
  painRelief?: string | null;

  @TextField(LIMITS.TEXT, { description: 'What patients should expect, in words.' })
  note: string;
}

@InputType({ description: 'Suitability of a treatment for one Fitzpatrick skin type.' })
export class SkinTypeAssessmentInput {
  @Field(() => FitzpatrickType, { description: 'The skin type (each at most once per treatment).' })
  skinType: FitzpatrickType;

  @Field(() => SkinTypeSuitability, { description: 'How suitable the treatment is.' })
  suitability: SkinTypeSuitability;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'The reason; required for CAUTION and NOT_RECOMMENDED.' })
  note?: string | null;
}

@InputType({ description: 'A contraindication of a treatment and what to do about it.' })
export class ContraindicationRuleInput {
  @Field(() => Contraindication, { description: 'The condition (each at most once per treatment).' })
  condition: Contraindication;

  @Field(() => ContraindicationSeverity, { description: 'Whether it blocks the treatment or requires clearance.' })
  severity: ContraindicationSeverity;

  @TextField(LIMITS.TEXT, { description: 'Advice for patient and practitioner, e.g. "Consult a dermatologist first."' })
  advice: string;
}

@InputType({ description: 'The usual plan of a course: how many sessions, how far apart.' })
export class CourseTemplateInput {
  @Field(() => IntRangeInput, { description: 'Number of sessions of a course (at least 1).' })
  sessionCount: IntRangeInput;

  @Field(() => IntRangeInput, { description: 'Days between the starts of consecutive sessions (at least 1).' })
  intervalDays: IntRangeInput;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'What the plan depends on, e.g. the skin concern.' })
  note?: string | null;
}

@InputType({ description: 'One aftercare instruction with how long it applies after the session.' })
export class AftercareInstructionInput {
  @TextField(LIMITS.NAME, { description: 'The instruction, e.g. "No makeup".' })
  instruction: string;

  @Field(() => IntRangeInput, { description: 'Hours after the session during which the instruction applies (at least 1).' })
  hours: IntRangeInput;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Why, or what to expect.' })
  note?: string | null;
}

@InputType({ description: 'A frequently asked question about a treatment, with its answer.' })
export class FaqEntryInput {
  @TextField(LIMITS.TEXT, { description: 'The question, as patients ask it.' })
  question: string;

  @TextField(LIMITS.LONG_TEXT, { description: 'The answer.' })
  answer: string;
}

@InputType({ description: "A new treatment of the viewer's organization. Omitted content lists are empty." })
export class TreatmentCreateInput {
  @TextField(LIMITS.SLUG, {
    description:
      "URL-safe name, unique among the organization's treatments, retired ones included (lowercase letters, digits, dashes). It may equal a library slug: `treatment(slug:)` then finds the organization's own entry.",
  })
  slug: string;

  @TextField(LIMITS.NAME, { description: 'Display name.' })
  name: string;

  @Field(() => TreatmentCategory, { description: 'The family of the treatment.' })
  category: TreatmentCategory;

  @TextListField(LIMITS.NAME, { nullable: true, description: 'Other names, each once.' })
  aliases?: string[] | null;

  @Field(() => Invasiveness, { description: 'How far the treatment enters the body.' })
  invasiveness: Invasiveness;

  @TextField(LIMITS.TEXT, { description: 'One-sentence summary.' })
  summary: string;

  @TextField(LIMITS.LONG_TEXT, { description: 'What the treatment is and why patients choose it.' })
  description: string;

  @Field(() => [SkinConcern], { nullable: true, description: 'Skin concerns the treatment addresses, each once.' })
  concerns?: SkinConcern[] | null;

  @Field(() => TreatmentDurationInput, { description: 'How long a session takes.' })
  duration: TreatmentDurationInput;

  @Field(() => [MechanismInput], { nullable: true, description: 'How the treatment works.' })
  mechanisms?: MechanismInput[] | null;

  @Field(() => [BenefitInput], { nullable: true, description: 'Benefits, one per concern.' })
  benefits?: BenefitInput[] | null;

  @Field(() => [ProcedureStepInput], { nullable: true, description: 'What happens during a session, in order.' })
  procedureSteps?: ProcedureStepInput[] | null;

  @Field(() => RecoveryInput, { description: 'Downtime and recovery.' })
  recovery: RecoveryInput;

  @Field(() => ComfortInput, { description: 'Pain and pain relief.' })
  comfort: ComfortInput;

  @Field(() => [SkinTypeAssessmentInput], { nullable: true, description: 'Suitability for Fitzpatrick skin types.' })
  skinTypes?: SkinTypeAssessmentInput[] | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Safety statement for patients.' })
  safetyNote?: string | null;

  @Field(() => [ContraindicationRuleInput], {
    nullable: true,
    description: 'Conditions that block the treatment or require clearance first.',
  })
  contraindications?: ContraindicationRuleInput[] | null;

  @Field(() => CourseTemplateInput, { nullable: true, description: 'The course usually recommended.' })
  typicalCourse?: CourseTemplateInput | null;

  @Field(() => [AftercareInstructionInput], { nullable: true, description: 'Aftercare instructions.' })
  aftercare?: AftercareInstructionInput[] | null;

  @Field(() => [FaqEntryInput], { nullable: true, description: 'Frequently asked questions with answers.' })
  faq?: FaqEntryInput[] | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'Name of the clinician who medically reviewed the content.' })
  medicallyReviewedBy?: string | null;

  @TextField(LIMITS.LOCAL_DATE, {
    nullable: true,
    description: 'Day the content was last medically reviewed, "YYYY-MM-DD", not in the future.',
  })
  lastReviewedOn?: string | null;
}

@InputType({
  description:
    "Changes to one of the organization's own treatments: omitted fields stay as they are, given lists replace the whole list, and null clears an optional field (safetyNote, typicalCourse, medicallyReviewedBy, lastReviewedOn).",
})
export class TreatmentUpdateInput {
  @Field(() => ID, { description: 'The treatment to change.' })
  id: string;

  @TextField(LIMITS.SLUG, { nullable: true, description: "New slug, unique among the organization's treatments." })
  slug?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => TreatmentCategory, { nullable: true, description: 'New family.' })
  category?: TreatmentCategory | null;

  @TextListField(LIMITS.NAME, { nullable: true, description: 'New other names (replace all of them).' })
  aliases?: string[] | null;

  @Field(() => Invasiveness, { nullable: true, description: 'New invasiveness.' })
  invasiveness?: Invasiveness | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'New one-sentence summary.' })
  summary?: string | null;

  @TextField(LIMITS.LONG_TEXT, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => [SkinConcern], { nullable: true, description: 'New concerns (replace all of them).' })
  concerns?: SkinConcern[] | null;

  @Field(() => TreatmentDurationInput, { nullable: true, description: 'New session duration (replaces the whole duration).' })
  duration?: TreatmentDurationInput | null;

  @Field(() => [MechanismInput], { nullable: true, description: 'New mechanisms (replace all of them).' })
  mechanisms?: MechanismInput[] | null;

  @Field(() => [BenefitInput], { nullable: true, description: 'New benefits (replace all of them).' })
  benefits?: BenefitInput[] | null;

  @Field(() => [ProcedureStepInput], { nullable: true, description: 'New procedure steps, in order (replace all of them).' })
  procedureSteps?: ProcedureStepInput[] | null;

  @Field(() => RecoveryInput, { nullable: true, description: 'New recovery (replaces it whole).' })
  recovery?: RecoveryInput | null;

  @Field(() => ComfortInput, { nullable: true, description: 'New comfort (replaces it whole).' })
  comfort?: ComfortInput | null;

  @Field(() => [SkinTypeAssessmentInput], { nullable: true, description: 'New skin type assessments (replace all of them).' })
  skinTypes?: SkinTypeAssessmentInput[] | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'New safety statement.' })
  safetyNote?: string | null;

  @Field(() => [ContraindicationRuleInput], { nullable: true, description: 'New contraindications (replace all of them).' })
  contraindications?: ContraindicationRuleInput[] | null;

  @Field(() => CourseTemplateInput, { nullable: true, description: 'New typical course (replaces it whole).' })
  typicalCourse?: CourseTemplateInput | null;

  @Field(() => [AftercareInstructionInput], { nullable: true, description: 'New aftercare instructions (replace all of them).' })
  aftercare?: AftercareInstructionInput[] | null;

  @Field(() => [FaqEntryInput], { nullable: true, description: 'New questions and answers (replace all of them).' })
  faq?: FaqEntryInput[] | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New medical reviewer.' })
  medicallyReviewedBy?: string | null;

  @TextField(LIMITS.LOCAL_DATE, { nullable: true, description: 'New day of the last medical review, "YYYY-MM-DD", not in the future.' })
  lastReviewedOn?: string | null;
}

@InputType({ description: 'The treatment to retire.' })
export class TreatmentRetireInput {
  @Field(() => ID, { description: "The treatment (one of the organization's own)." })
  id: string;
}

@InputType({ description: 'One component of a protocol; its position is its place in the list.' })
export class ProtocolStepInput {
  @Field(() => ID, { description: "The treatment performed: from the shared library or the organization's own, not retired." })
  treatmentId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'ALTERNATING only (required there, at least 1): minimum days after the previous component. Omit for SINGLE and SAME_VISIT.',
  })
  minDaysAfterPrevious?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'ALTERNATING only (required there, not below the minimum): days after the previous component beyond which this step is late.',
  })
  maxDaysAfterPrevious?: number | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'Clinical note for this step.' })
  note?: string | null;
}

@InputType({ description: "A new protocol of the viewer's organization." })
export class ProtocolCreateInput {
  @TextField(LIMITS.SLUG, {
    description:
      "URL-safe name, unique among the organization's protocols, retired ones included. It may equal a library slug: `protocol(slug:)` then finds the organization's own entry.",
  })
  slug: string;

  @TextField(LIMITS.NAME, { description: 'Display name.' })
  name: string;

  @TextField(LIMITS.TEXT, { description: 'What the protocol is for.' })
  summary: string;

  @Field(() => ProtocolKind, { description: 'How the steps are scheduled.' })
  kind: ProtocolKind;

  @Field(() => [SkinConcern], { nullable: true, description: 'Concerns the protocol targets, each once.' })
  concerns?: SkinConcern[] | null;

  @Field(() => CourseTemplateInput, { description: 'The course plan: session count range and days between sessions.' })
  courseTemplate: CourseTemplateInput;

  @Field(() => [ProtocolStepInput], { description: 'The components, in order: one for SINGLE, at least two otherwise.' })
  steps: ProtocolStepInput[];
}

@InputType({ description: "Changes to one of the organization's own protocols; omitted fields stay as they are." })
export class ProtocolUpdateInput {
  @Field(() => ID, { description: 'The protocol to change.' })
  id: string;

  @TextField(LIMITS.SLUG, { nullable: true, description: "New slug, unique among the organization's protocols." })
  slug?: string | null;

  @TextField(LIMITS.NAME, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @TextField(LIMITS.TEXT, { nullable: true, description: 'New summary.' })
  summary?: string | null;

  @Field(() => ProtocolKind, { nullable: true, description: 'New kind; the steps (given or current) must fit it.' })
  kind?: ProtocolKind | null;

  @Field(() => [SkinConcern], { nullable: true, description: 'New concerns (replace all of them).' })
  concerns?: SkinConcern[] | null;

  @Field(() => CourseTemplateInput, { nullable: true, description: 'New course plan (replaces it whole).' })
  courseTemplate?: CourseTemplateInput | null;

  @Field(() => [ProtocolStepInput], { nullable: true, description: 'New steps, in order (replace all of them; the steps get new ids).' })
  steps?: ProtocolStepInput[] | null;
}

@InputType({ description: 'The protocol to retire.' })
export class ProtocolRetireInput {
  @Field(() => ID, { description: "The protocol (one of the organization's own)." })
  id: string;
}

@ObjectType({ description: 'Result of a treatment mutation: the treatment, or why it failed.' })
export class TreatmentPayload {
  @Field(() => Treatment, { nullable: true, description: 'The treatment as it is after the change; null when the mutation failed.' })
  treatment: Treatment | null;

  @Field(() => [CatalogUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'Result of a protocol mutation: the protocol, or why it failed.' })
export class ProtocolPayload {
  @Field(() => Protocol, { nullable: true, description: 'The protocol as it is after the change; null when the mutation failed.' })
  protocol: Protocol | null;

  @Field(() => [CatalogUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
