import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import { LeaveAddInput, LeavePayload, LeaveRemoveInput, WorkingHoursPayload, WorkingHoursSetInput } from './availability.inputs';
import { addLeave, removeLeave, setWorkingHours } from './availability-admin.service';
import { PractitionerLeave } from './availability.entity';

async function leavePayload(ctx: RequestContext, change: () => Promise<PractitionerLeave>): Promise<LeavePayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { leave: value, userErrors };
}

@Resolver()
export class AvailabilityAdminResolver {
  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @Mutation(() => WorkingHoursPayload, {
    description:
      "Replaces a practitioner's weekly working hours at one clinic where they work (local times of the clinic); slots are offered where these hours meet the clinic's opening hours. Requires ORG_ADMIN, or CLINIC_MANAGER for their clinics.",
  })
  async workingHoursSet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WorkingHoursSetInput, { description: 'The practitioner, the clinic and the week.' }) input: WorkingHoursSetInput,
  ): Promise<WorkingHoursPayload> {
    const { value, userErrors } = await runMutation(ctx, () => setWorkingHours(ctx, input));
    return { practitioner: value?.practitioner ?? null, workingHours: value?.workingHours ?? [], userErrors };
  }

  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @Mutation(() => LeavePayload, {
    description:
      'Adds a period of leave: the practitioner is offered at no clinic during it. Overlapping leave is allowed. Requires ORG_ADMIN, or CLINIC_MANAGER for practitioners working at their clinics.',
  })
  leaveAdd(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LeaveAddInput, { description: 'The leave.' }) input: LeaveAddInput,
  ): Promise<LeavePayload> {
    return leavePayload(ctx, () => addLeave(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @Mutation(() => LeavePayload, {
    description:
      'Removes a period of leave; its slots become bookable again. Requires ORG_ADMIN, or CLINIC_MANAGER for practitioners working at their clinics.',
  })
  leaveRemove(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LeaveRemoveInput, { description: 'The leave.' }) input: LeaveRemoveInput,
  ): Promise<LeavePayload> {
    return leavePayload(ctx, () => removeLeave(ctx, input));
  }
}
