/** Per-request loaders of organizations and clinics: one statement per batch, always through the tenant scope. */
import { RequestContext } from '../../context';
import { byKey, groupByKey, RequestLoader, RequestLoaderFamily } from '../../common/loaders';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPagesByParent, PageArgs, SortKey } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Clinic, DAYS_OF_WEEK, OpeningHours, Organization } from './organization.entity';
import type { ClinicQuery } from './organization.service';

/** A row of `clinic_opening_hours` with its times as text. */
interface OpeningHoursRow {
  clinic_id: string;
  /** 1 (Monday) to 7 (Sunday). */
  day_of_week: number;
  opens: string;
  closes: string;
}

export function clinicSort(query: ClinicQuery): SortKey {
  const sql = query.sort === 'CITY' ? 'lower(c.locality)' : 'c.name';
  return { sql, type: 'text', direction: query.direction ?? 'ASC' };
}

/**
 * @param ofChosenOrganization the organization is chosen (by filter or as the parent
 *   field): its public listing. Otherwise the viewer's own clinics (clinic-scoped: theirs).
 */
export function clinicConditions(ctx: RequestContext, query: ClinicQuery, q: SqlParams, ofChosenOrganization: boolean): string[] {
  const where = [ofChosenOrganization ? ctx.scope.publicCatalogRows('clinics', 'c') : ctx.scope.tenantRows('clinics', 'c', q)];
  if (query.city != null) where.push(`lower(c.locality) = lower(${q.param(query.city)})`);
  if (query.organizationId != null) where.push(`c.organization_id = ${q.param(query.organizationId)}::uuid`);
  if (query.organizationSlug != null) {
    where.push(`c.organization_id = (SELECT id FROM organizations WHERE slug = ${q.param(query.organizationSlug)})`);
  }
  if (query.active != null) where.push(`c.active = ${q.param(query.active)}`);
  return where;
}

export const organizationById = new RequestLoader<string, Organization | null>('organization.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT o.* FROM organizations o WHERE o.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.organizationDirectoryRows('o')}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Organization, row)),
    (o) => o.id,
    null,
  );
});

/** The clinics of organizations (their public listings), one page per organization. */
export const clinicsOfOrganization = new RequestLoaderFamily<{ query: ClinicQuery; page: PageArgs }, string, Page<Clinic>>(
  'organization.clinics',
  async (ctx, organizationIds, { query, page }) => {
    const q = new SqlParams();
    const pages = await keysetPagesByParent(
      ctx.db.query,
      {
        select: 'c.*',
        from: 'clinics c',
        where: clinicConditions(ctx, query, q, true),
        params: q,
        id: 'c.id',
        sort: clinicSort(query),
      },
      page,
      { columns: ['c.organization_id'] },
      organizationIds,
    );
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Clinic, row)));
  },
);

export const clinicById = new RequestLoader<string, Clinic | null>('clinic.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT c.* FROM clinics c WHERE c.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinics', 'c')}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Clinic, row)),
    (c) => c.id,
    null,
  );
});

export const clinicOpeningHours = new RequestLoader<string, OpeningHours[]>('clinic.openingHours', async (ctx, clinicIds) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<OpeningHoursRow>(
    `SELECT h.clinic_id, h.day_of_week, to_char(h.opens, 'HH24:MI:SS') AS opens, to_char(h.closes, 'HH24:MI:SS') AS closes
       FROM clinic_opening_hours h
      WHERE h.clinic_id = ANY(${q.param(clinicIds)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinic_opening_hours', 'h')}
      ORDER BY h.day_of_week, h.opens`,
    q.values,
  );
  return groupByKey(clinicIds, rows, (r) => r.clinic_id).map((list) =>
    list.map((r) => ({
      dayOfWeek: DAYS_OF_WEEK[r.day_of_week - 1],
      opens: r.opens,
      closes: r.closes,
    })),
  );
});
