/**
 * The one place that decides which rows of tenant and catalog tables a request may
 * read. Services add `scope.tenantRows(table, alias, params)` (or `catalogRows`) to
 * every query of such a table instead of filtering by organization by hand.
 * Row-level security enforces the organization boundary again in PostgreSQL.
 */
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import type { TenantTable } from '../modules';
import type { TenantTableRule } from '../modules/module';
import { SqlParams } from './sql';

export class TenantScope {
  /** @param tables every area's tenant tables and how their rows relate to clinics (the module registry). */
  constructor(
    private readonly viewer: Viewer,
    private readonly tables: ReadonlyMap<string, TenantTableRule>,
  ) {}

  /** The organization whose private rows this request may read, if any. */
  get organizationId(): string | null {
    return this.viewer.kind === 'member' ? this.viewer.organizationId : null;
  }

  /** Whether this request reads only the public catalog (no organization of its own). */
  get isPublic(): boolean {
    return this.viewer.kind === 'anonymous';
  }

  /** Condition on the rows of tenant table `table` (as `alias`) this request may read. */
  tenantRows(table: TenantTable, alias: string, params: SqlParams): string {
    const rule = this.tables.get(table);
    if (!rule) throw new Error(`${table} is not a tenant table declared by any area`);
    switch (this.viewer.kind) {
      case 'anonymous':
        return rule.public ? 'TRUE' : 'FALSE';
      case 'platform-admin':
        return 'FALSE';
      case 'member': {
        const conditions = [`${alias}.organization_id = ${params.param(this.viewer.organizationId)}::uuid`];
        if (this.viewer.clinicIds && rule.clinicOf) conditions.push(rule.clinicOf(alias, `${params.param(this.viewer.clinicIds)}::uuid[]`));
        // Patients are the third dimension: a PATIENT reads their own rows only (none without a patient).
        if (this.viewer.role === Role.PATIENT && rule.patientOf) {
          conditions.push(this.viewer.patientId ? rule.patientOf(alias, `${params.param(this.viewer.patientId)}::uuid`) : 'FALSE');
        }
        return `(${conditions.join(' AND ')})`;
      }
    }
  }

  /**
   * Rows of one organization's tenant table read by a statement that derives a public
   * answer from them (a clinic's free slots, for booking apps), whoever asks: such a
   * statement must return only that answer, never the rows. Row-level security shows the
   * rows only inside `db.asOrganization(organizationId, ...)`.
   */
  publicDerivationRows(table: TenantTable, alias: string, organizationId: string, params: SqlParams): string {
    if (!this.tables.has(table)) throw new Error(`${table} is not a tenant table declared by any area`);
    return `${alias}.organization_id = ${params.param(organizationId)}::uuid`;
  }

  /**
   * Rows of the viewer's whole organization, whatever their clinics: for checks that are
   * organization-wide by nature (a slug must be unique in the organization).
   */
  organizationWide(alias: string, params: SqlParams): string {
    return this.viewer.kind === 'member' ? `${alias}.organization_id = ${params.param(this.viewer.organizationId)}::uuid` : 'FALSE';
  }

  /**
   * Rows of a public catalog table read as such (a clinic by id, an organization's
   * clinics, opening hours and offerings): every viewer reads every organization's,
   * signed in or not, so a member sees another organization's clinic as an anonymous
   * client does. Lists that default to "mine" (`clinics` without an organization)
   * use `tenantRows` instead; writes always do.
   */
  publicCatalogRows(table: TenantTable, _alias: string): string {
    if (!this.tables.get(table)?.public) throw new Error(`${table} is not declared part of the public catalog`);
    return 'TRUE';
  }

  /** Organizations read by slug or id: a public directory, the same for every viewer. */
  organizationDirectoryRows(_alias: string): string {
    return 'TRUE';
  }

  /** Rows of a catalog table: the shared library (organization_id NULL) plus the viewer's organization's own. */
  catalogRows(alias: string, params: SqlParams): string {
    const own = this.organizationId;
    return own
      ? `(${alias}.organization_id IS NULL OR ${alias}.organization_id = ${params.param(own)}::uuid)`
      : `${alias}.organization_id IS NULL`;
  }

  /** Organizations the `organizations` list shows and settings read from: all for the platform, else the member's own. */
  organizationRows(alias: string, params: SqlParams): string {
    return this.viewer.kind === 'member' ? `${alias}.id = ${params.param(this.viewer.organizationId)}::uuid` : 'TRUE';
  }
}
