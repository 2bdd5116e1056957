/**
 * The one place that decides which rows of tenant and catalog tables a request may
 * read. Services add `scope.tenantRows(alias, params)` (or `catalogRows`) to every
 * query of such a table instead of filtering by organization by hand.
 */
import { Viewer } from '../auth/viewer';
import { SqlParams } from './sql';

export class TenantScope {
  constructor(private readonly viewer: Viewer) {}

  /**
   * Rows of a tenant table (alias has `organization_id NOT NULL`) the viewer may read.
   * Anonymous viewers read the public catalog: every organization's clinics,
   * practitioners and offerings.
   */
  tenantRows(alias: string, _params: SqlParams): string {
    switch (this.viewer.kind) {
      case 'anonymous':
        return `${alias}.organization_id IS NOT NULL`;
    }
  }

  /** Rows of a catalog table: the shared library (organization_id NULL) plus visible organizations' own. */
  catalogRows(alias: string, params: SqlParams): string {
    return `(${alias}.organization_id IS NULL OR ${this.tenantRows(alias, params)})`;
  }

  /** Organizations (the tenants themselves, keyed by `id`) the viewer may read. */
  organizationRows(alias: string, _params: SqlParams): string {
    switch (this.viewer.kind) {
      case 'anonymous':
        return 'TRUE';
    }
  }
}
