/** Practitioners' weekly working hours, their leave, and the bookable slots computed from them. */
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver, LocalTimeResolver } from 'graphql-scalars';
import { describeReaders } from '../../auth/read-policy';
import { Node, NodeEntity } from '../../common/relay/node';
import { DayOfWeek } from '../organization/organization.entity';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';

@ObjectType({
  description: `One working interval of a practitioner at a clinic on a day of the week, in the clinic's own time zone. ${describeReaders(PRACTITIONER_READERS)}`,
})
export class WorkingHours {
  /** The clinic's uuid, for the `clinic` field. */
  clinicId: string;

  @Field(() => DayOfWeek, { description: 'The day the interval applies to.' })
  dayOfWeek: DayOfWeek;

  @Field(() => LocalTimeResolver, { description: 'Start of work (local time of the clinic).' })
  starts: string;

  @Field(() => LocalTimeResolver, { description: 'End of work (local time of the clinic), after `starts`.' })
  ends: string;
}

@ObjectType({
  implements: Node,
  description: `A period in which a practitioner does not work (holiday, training, sick leave): no slots are offered in it. ${describeReaders(PRACTITIONER_READERS)}`,
})
@Entity('practitioner_leave')
export class PractitionerLeave extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Field(() => DateTimeResolver, { description: 'When the leave begins.' })
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the leave ends (exclusive): the practitioner may work from this instant on.' })
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Why, for colleagues (e.g. "Conference"); null when not given.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}

@ObjectType({
  description:
    "A bookable slot: a practitioner free for the offering's whole duration, within the clinic's opening hours and the practitioner's working hours. Public (see `availability`).",
})
export class AvailableSlot {
  @Field(() => DateTimeResolver, { description: 'When the session would start.' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: "When it would end: `startsAt` plus the offering's duration." })
  endsAt: Date;

  @Field(() => ID, {
    name: 'practitionerId',
    description: "The global id of the practitioner who is free, to book with; public, unlike the practitioner's details.",
  })
  practitionerGlobalId: string;

  /** The practitioner's uuid, for the `practitioner` field. */
  practitionerId: string;
}
