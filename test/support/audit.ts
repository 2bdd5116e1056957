/** Rows of audit_events as tests read them through the owner's connection. */

/** A jsonb snapshot of the audited row (its column names as keys). */
export type AuditSnapshot = Record<string, unknown>;

export interface AuditRow {
  organization_id: string;
  action: string;
  actor_subject: string;
  target_type: string;
  target_id: string;
  /** Null for a creation. */
  before: AuditSnapshot | null;
  /** Null for a deletion. */
  after: AuditSnapshot | null;
}
