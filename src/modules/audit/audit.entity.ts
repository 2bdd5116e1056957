import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Connection } from '../../common/relay/connection';
import { Node, NodeEntity } from '../../common/relay/node';

@ObjectType({
  implements: Node,
  description: 'One administrative change: who, what, before and after, when. Append-only. Visible to ORG_ADMIN.',
})
@Entity('audit_events')
export class AuditEvent extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field({ description: 'Token subject of the person who made the change.' })
  @Column({ name: 'actor_subject' })
  actorSubject: string;

  @Field({ description: 'What was done, e.g. "clinic.update", "membership.revoke".' })
  @Column()
  action: string;

  @Field({ description: 'Type of the changed object, e.g. "Clinic".' })
  @Column({ name: 'target_type' })
  targetType: string;

  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The object before the change (null for creations).' })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'The object after the change.' })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Field(() => DateTimeResolver, { description: 'When the change was made.' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

@ObjectType({ description: 'A page of audit events.' })
export class AuditEventConnection extends Connection(AuditEvent, 'audit event') {}
