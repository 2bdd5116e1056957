/**
 * The one place that decides which rows of tenant and catalog tables a request may
 * read. Services add `scope.tenantRows(table, alias, params)` (or `catalogRows`) to
 * every query of such a table instead of filtering by organization by hand.
 * Row-level security enforces the organization boundary again in PostgreSQL.
 */
import { Viewer } from '../auth/viewer';
import { SqlParams } from './sql';

export type TenantTable =
  | 'clinics' | 'clinic_opening_hours' | 'practitioners' | 'practitioner_clinics' | 'practitioner_qualifications'
  | 'offering_settings' | 'memberships' | 'membership_clinics' | 'audit_events';

/** The public catalog: an organization's clinics, opening hours and offerings, which every viewer may read. */
export type PublicTable = 'clinics' | 'clinic_opening_hours' | 'offering_settings';
const PUBLIC_TABLES: ReadonlySet<TenantTable> = new Set<PublicTable>(['clinics', 'clinic_opening_hours', 'offering_settings']);

/** How each table's rows relate to a clinic, for clinic-scoped roles. */
const CLINIC_OF: Record<TenantTable, ((alias: string, clinics: string) => string) | null> = {
  clinics: (a, c) => `${a}.id = ANY(${c})`,
  clinic_opening_hours: (a, c) => `${a}.clinic_id = ANY(${c})`,
  practitioner_clinics: (a, c) => `${a}.clinic_id = ANY(${c})`,
  membership_clinics: (a, c) => `${a}.clinic_id = ANY(${c})`,
  offering_settings: (a, c) => `(${a}.clinic_id IS NULL OR ${a}.clinic_id = ANY(${c}))`,
  practitioners: (a, c) => `EXISTS (SELECT 1 FROM practitioner_clinics s_pc WHERE s_pc.practitioner_id = ${a}.id AND s_pc.clinic_id = ANY(${c}))`,
  practitioner_qualifications: (a, c) =>
    `EXISTS (SELECT 1 FROM practitioner_clinics s_pc WHERE s_pc.practitioner_id = ${a}.practitioner_id AND s_pc.clinic_id = ANY(${c}))`,
  memberships: (a, c) => `EXISTS (SELECT 1 FROM membership_clinics s_mc WHERE s_mc.membership_id = ${a}.id AND s_mc.clinic_id = ANY(${c}))`,
  audit_events: null,
};

export class TenantScope {
  constructor(private readonly viewer: Viewer) {}

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
    switch (this.viewer.kind) {
      case 'anonymous':
        return PUBLIC_TABLES.has(table) ? 'TRUE' : 'FALSE';
      case 'platform-admin':
        return 'FALSE';
      case 'member': {
        const conditions = [`${alias}.organization_id = ${params.param(this.viewer.organizationId)}::uuid`];
        const clinicOf = CLINIC_OF[table];
        if (this.viewer.clinicIds && clinicOf) conditions.push(clinicOf(alias, `${params.param(this.viewer.clinicIds)}::uuid[]`));
        return `(${conditions.join(' AND ')})`;
      }
    }
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
  publicCatalogRows(_table: PublicTable, _alias: string): string {
    return 'TRUE';
  }

  /** Organizations read by slug or id: a public directory, the same for every viewer. */
  organizationDirectoryRows(_alias: string): string {
    return 'TRUE';
  }

  /** Rows of a catalog table: the shared library (organization_id NULL) plus the viewer's organization's own. */
  catalogRows(alias: string, params: SqlParams): string {
    const own = this.organizationId;
    return own ? `(${alias}.organization_id IS NULL OR ${alias}.organization_id = ${params.param(own)}::uuid)` : `${alias}.organization_id IS NULL`;
  }

  /** Organizations the `organizations` list shows and settings read from: all for the platform, else the member's own. */
  organizationRows(alias: string, params: SqlParams): string {
    return this.viewer.kind === 'member' ? `${alias}.id = ${params.param(this.viewer.organizationId)}::uuid` : 'TRUE';
  }
}
