/**
 * The audit trail: every administrative change writes who, what, before/after and when
 * into audit_events, which the application role may insert into but never change.
 */
import { RequestContext } from '../../context';

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
  await ctx.db.query(
    `INSERT INTO audit_events (organization_id, actor_subject, action, target_type, target_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [organizationId, viewer.subject, entry.action, entry.targetType, entry.targetId,
      entry.before === undefined ? null : JSON.stringify(entry.before), entry.after === undefined ? null : JSON.stringify(entry.after)],
  );
}
