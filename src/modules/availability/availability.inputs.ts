import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { LIMITS, TextField } from '../../common/input-limits';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { DayOfWeek } from '../organization/organization.entity';
import { Practitioner } from '../practitioner/practitioner.entity';
import { PractitionerLeave, WorkingHours } from './availability.entity';

export const AvailabilityErrorCode = { ...COMMON_ERROR_CODES, NOT_AT_CLINIC: 'NOT_AT_CLINIC' } as const;
registerEnumType(AvailabilityErrorCode, {
  name: 'AvailabilityErrorCode',
  description: 'Why a working-hours or leave mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    NOT_AT_CLINIC: { description: 'The practitioner does not work at this clinic: assign them to it first (practitionerAssignClinic).' },
  },
});
export const AvailabilityUserError = UserErrorType('Availability', AvailabilityErrorCode);

@ArgsType()
export class AvailabilityArgs {
  @Field(() => ID, { description: 'The clinic.' })
  clinicId: string;

  @Field(() => ID, { description: 'The protocol to book (its offering at the clinic gives the duration).' })
  protocolId: string;

  @Field(() => DateTimeResolver, { description: 'Earliest start of a slot.' })
  from: Date;

  @Field(() => DateTimeResolver, { description: 'Latest end of a slot; after `from`, at most 31 days later.' })
  to: Date;

  @Field(() => ID, { nullable: true, description: "Only this practitioner's slots; everyone's when omitted." })
  practitionerId?: string | null;
}

@ArgsType()
export class LeaveArgs {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Leave ending after this instant; now when omitted.' })
  from?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Leave starting before this instant; after `from`, at most 366 days later; 366 days after `from` when omitted.',
  })
  to?: Date | null;
}

@InputType({ description: "One working interval, in the clinic's local time." })
export class WorkingHoursInput {
  @Field(() => DayOfWeek, { description: 'The day.' })
  dayOfWeek: DayOfWeek;

  @TextField(LIMITS.LOCAL_TIME, { description: 'Start of work, "HH:MM" (24-hour).' })
  starts: string;

  @TextField(LIMITS.LOCAL_TIME, { description: 'End of work, "HH:MM" (24-hour), after `starts`.' })
  ends: string;
}

@InputType({ description: "A practitioner's weekly working hours at one clinic, replacing the ones they had there." })
export class WorkingHoursSetInput {
  @Field(() => ID, { description: 'The practitioner; they must work at the clinic.' })
  practitionerId: string;

  @Field(() => ID, { description: 'The clinic.' })
  clinicId: string;

  @Field(() => [WorkingHoursInput], {
    description:
      'The whole week; intervals of one day may not overlap. An empty list removes every working interval at the clinic. At most 50.',
  })
  hours: WorkingHoursInput[];
}

@InputType({ description: 'A period of leave of a practitioner.' })
export class LeaveAddInput {
  @Field(() => ID, { description: 'The practitioner.' })
  practitionerId: string;

  @Field(() => DateTimeResolver, { description: 'When the leave begins.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends (exclusive), after `startsAt` and at most 366 days later.' })
  endsAt: Date;

  @TextField(LIMITS.NAME, { nullable: true, description: 'Why, for colleagues (e.g. "Conference").' })
  reason?: string | null;
}

@InputType({ description: 'The leave to remove.' })
export class LeaveRemoveInput {
  @Field(() => ID, { description: 'The leave.' })
  id: string;
}

@ObjectType({ description: "Result of workingHoursSet: the practitioner's hours at the clinic, or why it failed." })
export class WorkingHoursPayload {
  @Field(() => Practitioner, { nullable: true, description: 'The practitioner; null when the mutation failed.' })
  practitioner: Practitioner | null;

  @Field(() => [WorkingHours], {
    description: "The practitioner's working hours at the clinic after the change, Monday first; empty when the mutation failed.",
  })
  workingHours: WorkingHours[];

  @Field(() => [AvailabilityUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}

@ObjectType({ description: 'Result of a leave mutation: the leave, or why it failed.' })
export class LeavePayload {
  @Field(() => PractitionerLeave, {
    nullable: true,
    description: 'The leave added, or the one removed (no longer fetchable); null when the mutation failed.',
  })
  leave: PractitionerLeave | null;

  @Field(() => [AvailabilityUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
