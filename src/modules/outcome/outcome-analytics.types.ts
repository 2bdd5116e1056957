/**
 * The GraphQL types of outcome analytics. They carry counts, rates and changes, and the
 * ids and names of protocols and clinics (public catalog) and the ids of practitioners:
 * never a patient, a patient's id or anything that identifies one (a test walks them).
 */
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { FitzpatrickType, SkinConcern } from '../catalog/catalog.enums';
import { AnalyticsDimension } from './outcome.enums';
import { AdverseEventKind, OutcomeScale } from './outcome.rules';

export const ANALYTICS_READERS_TEXT = "Requires ANALYST, ORG_ADMIN or CLINIC_MANAGER (CLINIC_MANAGER: their clinics' courses only).";

@InputType({ description: 'Which courses outcome analytics counts; every criterion given must hold (lists: any of their values).' })
export class OutcomeAnalyticsFilter {
  @Field(() => [ID], { nullable: true, description: 'Courses of these protocols.' })
  protocolIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Courses of protocols that include one of these treatments.' })
  treatmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Courses at these clinics.' })
  clinicIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Courses led by these practitioners.' })
  practitionerIds?: string[] | null;

  @Field(() => [SkinConcern], { nullable: true, description: 'Courses targeting one of these concerns.' })
  concerns?: SkinConcern[] | null;

  @Field(() => [FitzpatrickType], { nullable: true, description: 'Courses of patients of these Fitzpatrick skin types.' })
  skinTypes?: FitzpatrickType[] | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Courses started at or after this instant.' })
  startedFrom?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Courses started before this instant.' })
  startedBefore?: Date | null;
}

@ObjectType({
  description:
    'Change on one scale within a group: one observation per course, area and assessor (the latest follow-up against the baseline).',
})
export class ScaleOutcome {
  @Field(() => OutcomeScale, { description: 'The scale.' })
  scale: OutcomeScale;

  @Field({ description: 'Whether the figures are withheld because fewer patients than the minimum stand behind them.' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true, description: 'Observations (course, area, assessor); null when suppressed.' })
  observations: number | null;

  @Field(() => Int, { nullable: true, description: 'Patients behind the figures; null when suppressed.' })
  patients: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of the latest follow-up values; null when suppressed.' })
  meanValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean change from baseline (GAIS: from "no change"); null when suppressed or for per-session scales (pain).',
  })
  meanChange: number | null;

  @Field(() => Float, { nullable: true, description: 'Median change from baseline; null when suppressed or without changes.' })
  medianChange: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Share (0-1) of observations improved by at least the scale's minimal difference (one grade on graded scales); null when suppressed or without changes.",
  })
  improvedShare: number | null;
}

@ObjectType({ description: 'How often one kind of adverse event occurred within a group.' })
export class AdverseEventRate {
  @Field(() => AdverseEventKind, { description: 'The kind.' })
  kind: AdverseEventKind;

  @Field(() => Int, { nullable: true, description: 'Treated sessions with at least one event of this kind; null when suppressed.' })
  sessions: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Those sessions over all treated (checked-in or completed) sessions of the group; null when suppressed.',
  })
  rate: number | null;

  @Field(() => Int, { nullable: true, description: 'Patients who had such an event; null when suppressed.' })
  patients: number | null;
}

@ObjectType({
  description:
    'One group of courses and its figures. The dimension fields not grouped by are null. Every figure is null, and `suppressed` true, when fewer patients than the minimum stand behind it.',
})
export class OutcomeAnalyticsGroup {
  @Field(() => ID, { nullable: true, description: 'The protocol (grouped by PROTOCOL).' })
  protocolId: string | null;

  @Field(() => String, { nullable: true, description: "The protocol's name (grouped by PROTOCOL)." })
  protocolName: string | null;

  @Field(() => ID, { nullable: true, description: 'The clinic (grouped by CLINIC).' })
  clinicId: string | null;

  @Field(() => String, { nullable: true, description: "The clinic's name (grouped by CLINIC)." })
  clinicName: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead practitioner, by id only (grouped by PRACTITIONER).' })
  practitionerId: string | null;

  @Field(() => FitzpatrickType, { nullable: true, description: 'The skin type (grouped by SKIN_TYPE; null also for "not recorded").' })
  skinType: FitzpatrickType | null;

  @Field(() => String, { nullable: true, description: "The month courses started, YYYY-MM in the clinic's zone (grouped by MONTH)." })
  month: string | null;

  @Field({ description: 'Whether the group has fewer patients than the minimum: its figures are withheld.' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true, description: 'Patients of the courses of the group.' })
  patients: number | null;

  @Field(() => Int, { nullable: true, description: 'Courses started (patients: `patients`).' })
  coursesStarted: number | null;

  @Field(() => Int, { nullable: true, description: 'Courses completed.' })
  coursesCompleted: number | null;

  @Field(() => Int, { nullable: true, description: 'Patients of the completed courses.' })
  completedPatients: number | null;

  @Field(() => Float, { nullable: true, description: 'Completed over started courses (0-1).' })
  completionRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Completed sessions per completed course (patients: `completedPatients`; suppressed below the minimum).',
  })
  meanSessionsPerCompletedCourse: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions whose patient did not come.' })
  noShowSessions: number | null;

  @Field(() => Int, { nullable: true, description: 'Sessions that were due: checked in, completed or no-show.' })
  dueSessions: number | null;

  @Field(() => Int, { nullable: true, description: 'Patients with due sessions (behind the no-show rate).' })
  dueSessionPatients: number | null;

  @Field(() => Float, { nullable: true, description: 'No-show sessions over due sessions (0-1; patients: `dueSessionPatients`).' })
  noShowRate: number | null;

  @Field(() => Int, { nullable: true, description: 'Treated (checked-in or completed) sessions: the denominator of adverse-event rates.' })
  treatedSessions: number | null;

  @Field(() => Int, { nullable: true, description: 'Patients with treated sessions (behind the adverse-event rates).' })
  treatedPatients: number | null;

  @Field(() => [ScaleOutcome], {
    description: 'Per scale with observations in the group: change from baseline and share improved. Empty when suppressed.',
  })
  scales: ScaleOutcome[];

  @Field(() => [AdverseEventRate], {
    description: 'Per adverse-event kind (every kind): sessions, rate and patients. Empty when suppressed.',
  })
  adverseEvents: AdverseEventRate[];
}

@ObjectType({ description: `Treatment outcomes of courses, grouped, without patient identities. ${ANALYTICS_READERS_TEXT}` })
export class OutcomeAnalytics {
  @Field(() => [AnalyticsDimension], { description: 'The dimensions grouped by, as asked.' })
  groupBy: AnalyticsDimension[];

  @Field(() => Int, { description: 'The fewest patients a figure needs behind it to be shown (ANALYTICS_MIN_GROUP_PATIENTS).' })
  minGroupPatients: number;

  @Field(() => [OutcomeAnalyticsGroup], { description: 'The groups, ordered by their dimensions; suppressed groups are listed as such.' })
  groups: OutcomeAnalyticsGroup[];
}
