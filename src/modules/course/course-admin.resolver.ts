import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { runMutation } from '../../common/mutation';
import { ClearancePayload, ClearanceRecordInput, CourseCancelInput, CoursePayload, CourseStartInput } from './course.inputs';
import { CLEARERS, COURSE_STAFF } from './course.readers';
import { recordClearance, startCourse } from './course-admin.service';
import { cancelCourse } from './session-lifecycle.service';

@Resolver()
export class CourseAdminResolver {
  @Authorized([...COURSE_STAFF])
  @Mutation(() => CoursePayload, {
    description:
      "Starts a course for a patient: refused with the eligibility reasons when INELIGIBLE, or until clearances are recorded when NEEDS_CLEARANCE; the planned sessions lie in the protocol's range unless an override reason is given (by a PRACTITIONER, or an ORG_ADMIN for the lead practitioner). Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK (clinic-scoped roles: their clinics).",
  })
  async courseStart(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CourseStartInput, { description: 'The course.' }) input: CourseStartInput,
  ): Promise<CoursePayload> {
    const { value, userErrors } = await runMutation(ctx, () => startCourse(ctx, input));
    return { course: value, userErrors };
  }

  @Authorized([...COURSE_STAFF])
  @Mutation(() => CoursePayload, {
    description:
      'Cancels a planned or active course, with a reason: its scheduled sessions are cancelled too (their times are free again) and the cancellation is recorded in the health-data access trail. Refused for a completed or cancelled course, or while a session is checked in. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK (clinic-scoped roles: their clinics).',
  })
  async courseCancel(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CourseCancelInput, { description: 'The course and why.' }) input: CourseCancelInput,
  ): Promise<CoursePayload> {
    const { value, userErrors } = await runMutation(ctx, () => cancelCourse(ctx, input));
    return { course: value, userErrors };
  }

  @Authorized([...CLEARERS])
  @Mutation(() => ClearancePayload, {
    description:
      "Records a practitioner's clearance of one relative contraindication of a patient for one treatment, with a note, on the patient's latest screening; recorded in the health-data access trail. Requires PRACTITIONER (as themselves) or ORG_ADMIN (naming the practitioner).",
  })
  async clearanceRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClearanceRecordInput, { description: 'The clearance.' }) input: ClearanceRecordInput,
  ): Promise<ClearancePayload> {
    const { value, userErrors } = await runMutation(ctx, () => recordClearance(ctx, input));
    return { clearance: value, userErrors };
  }
}
