/**
 * The audit trail: every administrative change writes who, what, before/after and when
 * into audit_events, which the application role may insert into but never change, and
 * is announced as a domain event once its transaction commits.
 */
import { RequestContext } from '../../context';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { AuditEvent } from './audit.entity';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the viewer's organization; platform actions name the organization they change. */
  organizationId?: string;
}

export async function recordAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') throw new Error('Anonymous requests make no administrative changes');
  const organizationId = entry.organizationId ?? (viewer.kind === 'member' ? viewer.organizationId : null);
  if (!organizationId) throw new Error(`Audit entry ${entry.action} names no organization`);
  // The database stamps the actor (the request's subject) and the time itself.
  await ctx.db.query(
    `INSERT INTO audit_events (organization_id, action, target_type, target_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      organizationId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
  const event = {
    action: entry.action,
    organizationId,
    targetType: entry.targetType,
    targetId: entry.targetId,
    actorSubject: viewer.subject,
  };
  ctx.db.afterCommit(() => ctx.events.publish(event));
}

export interface AuditQuery {
  action?: string | null;
  targetType?: string | null;
}

/** The viewer's organization's audit trail, newest first. */
export async function auditEventsPage(ctx: RequestContext, query: AuditQuery, page: PageArgs): Promise<Page<AuditEvent>> {
  const q = new SqlParams();
  const where = [ctx.scope.tenantRows('audit_events', 'a', q)];
  if (query.action != null) where.push(`a.action = ${q.param(query.action)}`);
  if (query.targetType != null) where.push(`a.target_type = ${q.param(query.targetType)}`);
  const result = await keysetPage<Record<string, unknown>>(
    ctx.db.query,
    {
      select: 'a.*',
      from: 'audit_events a',
      where,
      params: q,
      id: 'a.id',
      sort: { sql: 'a.occurred_at', type: 'timestamptz', direction: 'DESC' },
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(AuditEvent, row));
}
