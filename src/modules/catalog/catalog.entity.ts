import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, NodeEntity } from '../../common/relay/node';
import { Connection } from '../../common/relay/connection';
import { FitzpatrickType, Invasiveness, ProtocolKind, SkinConcern, SkinTypeSuitability, TreatmentCategory } from './catalog.enums';
import {
  AftercareInstruction,
  Benefit,
  Comfort,
  ContraindicationRule,
  CourseTemplate,
  FaqEntry,
  IntRange,
  Mechanism,
  ProcedureStep,
  Recovery,
  SkinTypeAssessment,
  TreatmentDuration,
} from './treatment-content.types';

function courseTemplate(sessionCount: IntRange, intervalDays: IntRange, note: string | null): CourseTemplate {
  return Object.assign(new CourseTemplate(), { sessionCount, intervalDays, note });
}

/**
 * Catalog rows either belong to the shared treatment library (organizationId null,
 * read by every organization) or to one organization.
 */
@ObjectType({
  implements: Node,
  description: 'A procedure such as microneedling, PRP therapy or a chemical peel, with its patient-facing content.',
})
@Entity('treatments')
export class Treatment extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field({ description: 'URL-safe name, e.g. "microneedling"; `treatment(slug:)` finds it.' })
  @Column()
  slug: string;

  @Field({ description: 'Display name.' })
  @Column()
  name: string;

  @Field(() => TreatmentCategory, { description: 'The family of the treatment.' })
  @Column({ type: 'text' })
  category: TreatmentCategory;

  @Field(() => [String], { description: 'Other names, e.g. "collagen induction therapy".' })
  @Column({ type: 'text', array: true })
  aliases: string[];

  @Field(() => Invasiveness, { description: 'How far the treatment enters the body.' })
  @Column({ type: 'text' })
  invasiveness: Invasiveness;

  @Field({ description: 'One-sentence summary.' })
  @Column()
  summary: string;

  @Field({ description: 'What the treatment is and why patients choose it.' })
  @Column()
  description: string;

  @Field(() => [SkinConcern], { description: 'Skin concerns the treatment addresses.' })
  @Column({ type: 'text', array: true })
  concerns: SkinConcern[];

  @Column({ name: 'duration_min_minutes', type: 'integer' })
  durationMinMinutes: number;

  @Column({ name: 'duration_max_minutes', type: 'integer' })
  durationMaxMinutes: number;

  @Column({ name: 'duration_note', type: 'text', nullable: true })
  durationNote: string | null;

  @Field(() => [Mechanism], { description: 'How the treatment works, step by step in the skin.' })
  @Column({ type: 'jsonb' })
  mechanisms: Mechanism[];

  @Field(() => [Benefit], { description: 'Benefits, one per concern.' })
  @Column({ type: 'jsonb' })
  benefits: Benefit[];

  @Field(() => [ProcedureStep], { description: 'What happens during a session, in order.' })
  @Column({ name: 'procedure_steps', type: 'jsonb' })
  procedureSteps: ProcedureStep[];

  @Field(() => Recovery, { description: 'Downtime and recovery.' })
  @Column({ type: 'jsonb' })
  recovery: Recovery;

  @Field(() => Comfort, { description: 'Pain and pain relief.' })
  @Column({ type: 'jsonb' })
  comfort: Comfort;

  @Field(() => [SkinTypeAssessment], { description: 'Suitability for each Fitzpatrick skin type, with the reason for any caution.' })
  @Column({ name: 'skin_types', type: 'jsonb' })
  skinTypes: SkinTypeAssessment[];

  @Field(() => String, { nullable: true, description: 'Safety statement for patients, e.g. who should consult a dermatologist first.' })
  @Column({ name: 'safety_note', type: 'text', nullable: true })
  safetyNote: string | null;

  @Field(() => [ContraindicationRule], { description: 'Conditions that block the treatment or require clearance first.' })
  @Column({ type: 'jsonb' })
  contraindications: ContraindicationRule[];

  /** The eligibility rules as stored (a JSON array); the eligibility area validates and exposes them. */
  @Column({ name: 'eligibility_rules', type: 'jsonb' })
  eligibilityRulesDocument: unknown;

  @Column({ name: 'typical_course', type: 'jsonb', nullable: true })
  typicalCourseDocument: { sessionCount: IntRange; intervalDays: IntRange; note: string | null } | null;

  @Field(() => [AftercareInstruction], { description: 'Aftercare instructions (defaults; a clinic may give stricter ones).' })
  @Column({ type: 'jsonb' })
  aftercare: AftercareInstruction[];

  @Field(() => [FaqEntry], { description: 'Frequently asked questions with answers.' })
  @Column({ type: 'jsonb' })
  faq: FaqEntry[];

  @Field(() => String, { nullable: true, description: 'Name of the clinician who medically reviewed this content.' })
  @Column({ name: 'medically_reviewed_by', type: 'text', nullable: true })
  medicallyReviewedBy: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day the content was last medically reviewed.' })
  @Column({ name: 'last_reviewed_on', type: 'date', nullable: true })
  lastReviewedOn: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /** Clinic context inherited from a clinic's offering; see Protocol.atClinicId. */
  atClinicId?: string;

  @Field(() => TreatmentDuration, { description: 'How long a session takes.' })
  get duration(): TreatmentDuration {
    return { minMinutes: this.durationMinMinutes, maxMinutes: this.durationMaxMinutes, note: this.durationNote };
  }

  @Field(() => CourseTemplate, { nullable: true, description: 'The course usually recommended: number of sessions and spacing.' })
  get typicalCourse(): CourseTemplate | null {
    const doc = this.typicalCourseDocument;
    return doc ? courseTemplate(doc.sessionCount, doc.intervalDays, doc.note) : null;
  }

  @Field({ description: 'True when every Fitzpatrick type is SUITABLE.' })
  get suitableForAllSkinTypes(): boolean {
    return Object.values(FitzpatrickType).every((type) =>
      this.skinTypes.some((s) => s.skinType === type && s.suitability === SkinTypeSuitability.SUITABLE),
    );
  }

  @Field({ description: 'True when the treatment belongs to the shared treatment library rather than to one organization.' })
  get isLibrary(): boolean {
    return this.organizationId === null;
  }
}

@ObjectType({
  implements: Node,
  description: 'What is offered and planned: one treatment or a combination, with ordered steps and a course template.',
})
@Entity('protocols')
export class Protocol extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field({ description: 'URL-safe name, e.g. "microneedling-prp"; `protocol(slug:)` finds it.' })
  @Column()
  slug: string;

  @Field({ description: 'Display name, e.g. "Microneedling + PRP".' })
  @Column()
  name: string;

  @Field({ description: 'What the protocol is for.' })
  @Column()
  summary: string;

  @Field(() => ProtocolKind, { description: 'How the steps are scheduled: one treatment, same visit, or alternating visits.' })
  @Column({ type: 'text' })
  kind: ProtocolKind;

  @Field(() => [SkinConcern], { description: 'Concerns the protocol targets.' })
  @Column({ type: 'text', array: true })
  concerns: SkinConcern[];

  @Column({ name: 'session_count_min', type: 'integer' })
  sessionCountMin: number;

  @Column({ name: 'session_count_max', type: 'integer' })
  sessionCountMax: number;

  @Column({ name: 'interval_min_days', type: 'integer' })
  intervalMinDays: number;

  @Column({ name: 'interval_max_days', type: 'integer' })
  intervalMaxDays: number;

  @Column({ name: 'course_note', type: 'text', nullable: true })
  courseNote: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  /**
   * Set when the protocol is reached through a clinic's offering, so that lists below
   * it (qualified practitioners) narrow to that clinic. Not a column.
   */
  atClinicId?: string;

  @Field(() => CourseTemplate, {
    description: 'The course plan: session count range and days between sessions. A course outside it needs a recorded override.',
  })
  get courseTemplate(): CourseTemplate {
    return courseTemplate(
      { min: this.sessionCountMin, max: this.sessionCountMax },
      { min: this.intervalMinDays, max: this.intervalMaxDays },
      this.courseNote,
    );
  }

  @Field({ description: 'True when the protocol belongs to the shared library rather than to one organization.' })
  get isLibrary(): boolean {
    return this.organizationId === null;
  }
}

@ObjectType({
  implements: Node,
  description: 'One component of a protocol: a treatment, its place in the order, and its minimum gap after the previous component.',
})
@Entity('protocol_steps')
export class ProtocolStep extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'protocol_id', type: 'uuid' })
  protocolId: string;

  @Field(() => Int, { description: 'Order of the step within the protocol, from 1.' })
  @Column({ type: 'smallint' })
  position: number;

  @Column({ name: 'treatment_id', type: 'uuid' })
  treatmentId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'For alternating protocols: minimum days after the previous component (for step 1: after the last step of the previous cycle). Null when the steps share a visit.',
  })
  @Column({ name: 'min_days_after_previous', type: 'integer', nullable: true })
  minDaysAfterPrevious: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For alternating protocols: days after the previous component beyond which this step is late.',
  })
  @Column({ name: 'max_days_after_previous', type: 'integer', nullable: true })
  maxDaysAfterPrevious: number | null;

  @Field(() => String, { nullable: true, description: 'Clinical note for this step.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Clinic context inherited from the protocol; see Protocol.atClinicId. */
  atClinicId?: string;
}

@ObjectType({ description: 'A page of treatments.' })
export class TreatmentConnection extends Connection(Treatment, 'treatment') {}

@ObjectType({ description: 'A page of protocols.' })
export class ProtocolConnection extends Connection(Protocol, 'protocol') {}

@ObjectType({ description: 'A treatment that combines well with another, and why.' })
export class TreatmentPairing {
  treatmentId: string;

  @Field({ description: 'Why or how the two are combined.' })
  note: string;
}

/**
 * A view of a catalog object that remembers the clinic it was reached through, so
 * nested lists (qualified practitioners) narrow to that clinic. The view inherits every
 * field from the object itself (its prototype) instead of copying them: a deep catalog
 * page reaches hundreds of protocols, steps and treatments through clinics, and copying
 * each one's fields was a measurable share of the request.
 */
export function atClinic<T extends { atClinicId?: string }>(value: T, clinicId: string | undefined): T {
  if (!clinicId) return value;
  const view = Object.create(value) as T;
  view.atClinicId = clinicId;
  return view;
}
