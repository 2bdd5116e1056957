import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver } from 'graphql-scalars';
import { Role } from '../../auth/roles';
import { Connection } from '../../common/relay/connection';
import { Node, NodeEntity } from '../../common/relay/node';

@ObjectType({
  implements: Node,
  description:
    "A person's role in an organization: links a token subject to a role and, for clinic-scoped roles, to clinics. Readable by ORG_ADMIN (all of the organization's) and CLINIC_MANAGER (those of their clinics) only: the subject identifies the person.",
})
@Entity('memberships')
export class Membership extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field({ description: "The identity provider's subject of the person." })
  @Column()
  subject: string;

  @Field(() => Role, { description: 'What the person may do.' })
  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'practitioner_id', type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Column({ name: 'patient_id', type: 'uuid', nullable: true })
  patientId: string | null;

  @Field(() => DateTimeResolver, { description: 'When the membership was granted.' })
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it was revoked; null while it stands. Revocation takes effect on the very next request.',
  })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A page of memberships.' })
export class MembershipConnection extends Connection(Membership, 'membership') {}
