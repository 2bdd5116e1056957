import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { runMutation } from '../../common/mutation';
import { CourseSession } from './course.entity';
import {
  SessionBookInput,
  SessionCancelInput,
  SessionCompleteInput,
  SessionPayload,
  SessionRefInput,
  SessionRescheduleInput,
} from './course.inputs';
import { CLINICIANS, COURSE_READERS, COURSE_STAFF } from './course.readers';
import { runIdempotentMutation } from '../../common/idempotency';
import { sessionById } from './course.service';
import { bookSession, rescheduleSession } from './session-booking.service';
import { cancelSession, checkInSession, completeSession, noShowSession } from './session-lifecycle.service';

async function sessionPayload(ctx: RequestContext, change: () => Promise<CourseSession>): Promise<SessionPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { session: value, userErrors };
}

const PATIENT_OWN =
  'Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK (clinic-scoped roles: their clinics), or PATIENT for their own courses.';

@Resolver()
export class SessionResolver {
  @Authorized([...COURSE_READERS])
  @Mutation(() => SessionPayload, {
    description: `Books the next session of a course: checks the spacing after the previous session (INTERVAL_TOO_SHORT with the earliest allowed start), the practitioner's qualification on that day, the offering, opening and working hours, leave, eligibility and the screening's age; overlapping sessions of the practitioner or the patient are refused by the database (SLOT_UNAVAILABLE). ${PATIENT_OWN}`,
  })
  async sessionBook(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionBookInput, { description: 'The booking.' }) input: SessionBookInput,
  ): Promise<SessionPayload> {
    // A retried booking with the same key replays the first one instead of booking twice.
    const { value, userErrors } = await runIdempotentMutation(
      ctx,
      {
        operation: 'sessionBook',
        key: input.idempotencyKey,
        input,
        remember: (session: CourseSession) => ({ sessionId: session.id }),
        recall: (stored) => sessionById(ctx, stored.sessionId),
      },
      () => bookSession(ctx, input),
    );
    return { session: value, userErrors };
  }

  @Authorized([...COURSE_READERS])
  @Mutation(() => SessionPayload, {
    description: `Moves a scheduled session (and optionally to another practitioner), with the same checks as sessionBook. ${PATIENT_OWN}`,
  })
  sessionReschedule(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionRescheduleInput, { description: 'The move.' }) input: SessionRescheduleInput,
  ): Promise<SessionPayload> {
    return sessionPayload(ctx, () => rescheduleSession(ctx, input));
  }

  @Authorized([...COURSE_READERS])
  @Mutation(() => SessionPayload, {
    description: `Cancels a scheduled or checked-in session with a reason; its time becomes free. ${PATIENT_OWN}`,
  })
  sessionCancel(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionCancelInput, { description: 'The cancellation.' }) input: SessionCancelInput,
  ): Promise<SessionPayload> {
    return sessionPayload(ctx, () => cancelSession(ctx, input));
  }

  @Authorized([...COURSE_STAFF])
  @Mutation(() => SessionPayload, {
    description:
      'Checks the patient in for a scheduled session. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK (clinic-scoped roles: their clinics).',
  })
  sessionCheckIn(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionRefInput, { description: 'The session.' }) input: SessionRefInput,
  ): Promise<SessionPayload> {
    return sessionPayload(ctx, () => checkInSession(ctx, input));
  }

  @Authorized([...CLINICIANS])
  @Mutation(() => SessionPayload, {
    description:
      "Completes a checked-in session with what was done (areas and needle depths, device, numbing, products with lot numbers, notes, adverse events); the session then carries its aftercare plan with absolute times in the clinic's zone. Recorded in the health-data access trail. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (clinic-scoped roles: their clinics).",
  })
  sessionComplete(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionCompleteInput, { description: 'The record.' }) input: SessionCompleteInput,
  ): Promise<SessionPayload> {
    return sessionPayload(ctx, () => completeSession(ctx, input));
  }

  @Authorized([...COURSE_STAFF])
  @Mutation(() => SessionPayload, {
    description:
      'Marks a scheduled session as a no-show; its time stays taken and the course reports the deviation. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK (clinic-scoped roles: their clinics).',
  })
  sessionNoShow(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SessionRefInput, { description: 'The session.' }) input: SessionRefInput,
  ): Promise<SessionPayload> {
    return sessionPayload(ctx, () => noShowSession(ctx, input));
  }
}
