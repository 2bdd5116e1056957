import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { describeReaders, ReadableBy } from '../../auth/read-policy';
import { RequestContext } from '../../context';
import { InvalidArgumentError } from '../../common/errors';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { Clinic } from '../organization/organization.entity';
import { clinicById } from '../organization/organization.service';
import { Practitioner } from '../practitioner/practitioner.entity';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';
import { practitionerById } from '../practitioner/practitioner.service';
import { AvailableSlot, PractitionerLeave, WorkingHours } from './availability.entity';
import { AvailabilityArgs, LeaveArgs } from './availability.inputs';
import { leaveOfPractitioner, workingHoursOfPractitioner } from './availability.loaders';
import { LEAVE_READERS } from './availability.nodes';
import { MAX_AVAILABILITY_DAYS, MAX_LEAVE_DAYS, rangeProblem, SLOT_GRANULARITY_MINUTES } from './availability-rules';
import { availabilityQuery, availableSlots } from './availability.service';

@Resolver(() => AvailableSlot)
export class AvailabilityResolver {
  @Query(() => [AvailableSlot], {
    description: `Bookable slots of a protocol at a clinic between \`from\` and \`to\` (at most ${MAX_AVAILABILITY_DAYS} days), by start: within the clinic's opening hours and the practitioner's working hours in the clinic's time zone (daylight-saving changes included), outside leave and other busy time, for active practitioners working at the clinic with a valid qualification on that day for every treatment of the protocol. Each slot lasts the offering's duration; starts are ${SLOT_GRANULARITY_MINUTES} minutes apart from the start of each working window. Public: booking apps (anonymous or PATIENT) and everyone else see the slots of an enabled offering that is bookable online; ${PRACTITIONER_READERS.join(', ')} of the clinic (clinic-scoped roles: of their clinics) see those of every enabled offering. No slots for a disabled offering. Nobody sees others' sessions or leave here. BAD_USER_INPUT (naming the argument) when \`to\` is not after \`from\`, the range is too long, or an id is malformed or names no clinic, protocol or practitioner visible to the viewer.`,
  })
  availability(@Ctx() ctx: RequestContext, @Args() args: AvailabilityArgs): Promise<AvailableSlot[]> {
    return availableSlots(ctx, availabilityQuery(args));
  }

  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => Practitioner, {
    nullable: true,
    description: `The practitioner who is free. ${describeReaders(PRACTITIONER_READERS)} Null, with an error on this field, for other viewers (use \`practitionerId\` to book); null when the practitioner is outside the viewer's clinics.`,
  })
  practitioner(@Root() slot: AvailableSlot, @Ctx() ctx: RequestContext): Promise<Practitioner | null> {
    return practitionerById(ctx, slot.practitionerId);
  }
}

@Resolver(() => Practitioner)
export class PractitionerCalendarResolver {
  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => [WorkingHours], {
    description: `The practitioner's weekly working hours, Monday first, each in its clinic's time zone; empty where they have none. ${describeReaders(PRACTITIONER_READERS)}`,
  })
  workingHours(
    @Root() practitioner: Practitioner,
    @Ctx() ctx: RequestContext,
    @Arg('clinicId', () => ID, { nullable: true, description: 'Only the hours at this clinic; at every clinic when omitted.' })
    clinicId?: string | null,
  ): Promise<WorkingHours[]> {
    return workingHoursOfPractitioner.load(
      ctx,
      clinicId == null ? null : uuidFromGlobalId(clinicId, 'Clinic', ['clinicId']),
      practitioner.id,
    );
  }

  @ReadableBy(LEAVE_READERS)
  @FieldResolver(() => [PractitionerLeave], {
    description: `The practitioner's leave overlapping \`from\` to \`to\` (at most ${MAX_LEAVE_DAYS} days), by start. ${describeReaders(LEAVE_READERS)}`,
  })
  leave(@Root() practitioner: Practitioner, @Ctx() ctx: RequestContext, @Args() args: LeaveArgs): Promise<PractitionerLeave[]> {
    const from = args.from ?? new Date();
    const to = args.to ?? new Date(from.getTime() + MAX_LEAVE_DAYS * 86_400_000);
    const problem = rangeProblem(from, to, MAX_LEAVE_DAYS, { from: 'from', to: 'to' });
    if (problem) throw new InvalidArgumentError(['to'], problem);
    return leaveOfPractitioner.load(ctx, { from: from.toISOString(), to: to.toISOString() }, practitioner.id);
  }
}

@Resolver(() => WorkingHours)
export class WorkingHoursResolver {
  @FieldResolver(() => Clinic, { description: 'The clinic where the practitioner works these hours.' })
  async clinic(@Root() hours: WorkingHours, @Ctx() ctx: RequestContext): Promise<Clinic> {
    return (await clinicById(ctx, hours.clinicId))!;
  }
}
