import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { LIMITS, TextField } from '../../common/input-limits';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { AuditEvent, AuditEventConnection } from './audit.entity';
import { auditEventsPage } from './audit.service';

@InputType({ description: 'Narrows the audit trail.' })
export class AuditEventFilter {
  @TextField(LIMITS.CODE, { nullable: true, description: 'Only this action, e.g. "membership.revoke".' })
  action?: string | null;

  @TextField(LIMITS.CODE, { nullable: true, description: 'Only changes of this type of object, e.g. "Clinic".' })
  targetType?: string | null;
}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => AuditEventFilter, { nullable: true, description: 'Conditions the events must meet.' })
  filter?: AuditEventFilter | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized([Role.ORG_ADMIN])
  @Query(() => AuditEventConnection, { description: "The organization's audit trail, newest first. Requires ORG_ADMIN." })
  auditEvents(@Ctx() ctx: RequestContext, @Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return auditEventsPage(ctx, args.filter ?? {}, args);
  }
}
