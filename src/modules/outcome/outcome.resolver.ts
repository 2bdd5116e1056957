import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReadableBy } from '../../auth/read-policy';
import { RequestContext } from '../../context';
import { runMutation } from '../../common/mutation';
import { Course, CourseSession } from '../course/course.entity';
import { COURSE_READERS, COURSE_READERS_TEXT } from '../course/course.readers';
import { sessionById } from '../course/course.service';
import { AdverseEvent, OutcomeMeasurement, OutcomePhoto, OutcomeSeries } from './outcome.entity';
import { AnalyticsDimension } from './outcome.enums';
import {
  AdverseEventPayload,
  AdverseEventRecordInput,
  AdverseEventResolveInput,
  OutcomePhotoPayload,
  OutcomePhotoRecordInput,
  OutcomeRecordInput,
  OutcomeRecordPayload,
} from './outcome.inputs';
import { ANALYTICS_READERS, CLINICAL_RECORDERS, OUTCOME_RECORDERS } from './outcome.readers';
import {
  adverseEventsOfCourse,
  outcomeMeasurementsOf,
  outcomeTimelineOf,
  photosOfCourse,
  recordAdverseEvent,
  recordOutcome,
  recordPhoto,
  resolveAdverseEvent,
} from './outcome.service';
import { outcomeAnalytics } from './outcome-analytics.service';
import { ANALYTICS_READERS_TEXT, OutcomeAnalytics, OutcomeAnalyticsFilter } from './outcome-analytics.types';

@Resolver()
export class OutcomeMutationResolver {
  @Authorized([...OUTCOME_RECORDERS])
  @Mutation(() => OutcomeRecordPayload, {
    description:
      "Records a value on a validated scale for a course: the baseline (no session) or a follow-up after a completed session. Refused as userErrors: a value outside the scale's range (OUT_OF_RANGE), a scale that measures none of the course's concerns (SCALE_NOT_FOR_COURSE), an assessor the scale does not take (WRONG_ASSESSOR), a follow-up before its baseline (NO_BASELINE), a second value for the same place (ALREADY_RECORDED). Recorded in the health-data access trail. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics), or PATIENT (their own courses, patient-reported scales).",
  })
  async outcomeRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OutcomeRecordInput, { description: 'The measurement.' }) input: OutcomeRecordInput,
  ): Promise<OutcomeRecordPayload> {
    const { value, userErrors } = await runMutation(ctx, () => recordOutcome(ctx, input));
    return { measurement: value, userErrors };
  }

  @Authorized([...CLINICAL_RECORDERS])
  @Mutation(() => AdverseEventPayload, {
    description:
      'Records an adverse event on a session that took place (kind, severity, onset, resolution). Recorded in the health-data access trail. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).',
  })
  async adverseEventRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdverseEventRecordInput, { description: 'The event.' }) input: AdverseEventRecordInput,
  ): Promise<AdverseEventPayload> {
    const { value, userErrors } = await runMutation(ctx, () => recordAdverseEvent(ctx, input));
    return { adverseEvent: value, userErrors };
  }

  @Authorized([...CLINICAL_RECORDERS])
  @Mutation(() => AdverseEventPayload, {
    description: 'Records when an adverse event resolved. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).',
  })
  async adverseEventResolve(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdverseEventResolveInput, { description: 'The event and its resolution.' }) input: AdverseEventResolveInput,
  ): Promise<AdverseEventPayload> {
    const { value, userErrors } = await runMutation(ctx, () => resolveAdverseEvent(ctx, input));
    return { adverseEvent: value, userErrors };
  }

  @Authorized([...CLINICAL_RECORDERS])
  @Mutation(() => OutcomePhotoPayload, {
    description:
      "Records a photo's metadata (storage key, angle, time) on a session that took place; refused (NO_PHOTO_CONSENT) unless the patient's photo consent, signed by then, is in force. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics).",
  })
  async outcomePhotoRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OutcomePhotoRecordInput, { description: 'The photo.' }) input: OutcomePhotoRecordInput,
  ): Promise<OutcomePhotoPayload> {
    const { value, userErrors } = await runMutation(ctx, () => recordPhoto(ctx, input));
    return { photo: value, userErrors };
  }
}

@Resolver()
export class OutcomeAnalyticsResolver {
  @Authorized([...ANALYTICS_READERS])
  @Query(() => OutcomeAnalytics, {
    description: `Outcomes of courses grouped by any of PROTOCOL, CLINIC, PRACTITIONER, SKIN_TYPE and MONTH: courses started and completed, completion rate, sessions per completed course, no-show rate, per scale the mean and median change from baseline and the share improved, adverse-event rates by kind, each with the patients behind it. Groups and figures with fewer patients than the minimum are reported as suppressed. Computed by one SQL statement under its own timeout. Also as CSV: GET /analytics/outcomes.csv. ${ANALYTICS_READERS_TEXT}`,
  })
  outcomeAnalytics(
    @Ctx() ctx: RequestContext,
    @Arg('groupBy', () => [AnalyticsDimension], { description: 'The dimensions to group by (none: one group of everything in scope).' })
    groupBy: AnalyticsDimension[],
    @Arg('filter', () => OutcomeAnalyticsFilter, { nullable: true, description: 'Which courses count; all in scope when omitted.' })
    filter?: OutcomeAnalyticsFilter | null,
  ): Promise<OutcomeAnalytics> {
    return outcomeAnalytics(ctx, filter, groupBy);
  }
}

@Resolver(() => Course)
export class CourseOutcomesResolver {
  @ReadableBy(COURSE_READERS)
  @FieldResolver(() => [OutcomeSeries], {
    description: `The course's outcome timeline: per scale, area and assessor, the baseline, each follow-up and its change from the baseline. Recorded in the health-data access trail. ${COURSE_READERS_TEXT}`,
  })
  outcomeTimeline(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<OutcomeSeries[]> {
    return outcomeTimelineOf(ctx, course.id);
  }

  @ReadableBy(COURSE_READERS)
  @FieldResolver(() => [OutcomeMeasurement], {
    description: `Every outcome measurement of the course, by assessment time. ${COURSE_READERS_TEXT}`,
  })
  outcomeMeasurements(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<OutcomeMeasurement[]> {
    return outcomeMeasurementsOf(ctx, course.id);
  }

  @ReadableBy(COURSE_READERS)
  @FieldResolver(() => [AdverseEvent], { description: `Adverse events of the course's sessions, by onset. ${COURSE_READERS_TEXT}` })
  adverseEvents(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<AdverseEvent[]> {
    return adverseEventsOfCourse.load(ctx, course.id);
  }

  @ReadableBy(COURSE_READERS)
  @FieldResolver(() => [OutcomePhoto], { description: `Photo records of the course's sessions, by time taken. ${COURSE_READERS_TEXT}` })
  photos(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<OutcomePhoto[]> {
    return photosOfCourse.load(ctx, course.id);
  }
}

@Resolver(() => AdverseEvent)
export class AdverseEventResolver {
  @FieldResolver(() => CourseSession, { nullable: true, description: 'The session.' })
  session(@Root() event: AdverseEvent, @Ctx() ctx: RequestContext): Promise<CourseSession | null> {
    return sessionById(ctx, event.sessionId);
  }
}
