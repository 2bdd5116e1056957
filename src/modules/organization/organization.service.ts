/** Organizations and their clinics: reads, always through the tenant scope. */
import DataLoader from 'dataloader';
import { RequestContext } from '../../context';
import { byKey, groupByKey, loaderKey } from '../../common/loaders';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, keysetPagesByParent, PageArgs, SortKey } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { InvalidArgumentError } from '../../common/errors';
import { Clinic, DAYS_OF_WEEK, OpeningHours, Organization } from './organization.entity';

export interface ClinicQuery {
  city?: string | null;
  organizationId?: string | null;
  organizationSlug?: string | null;
  active?: boolean | null;
  sort?: 'NAME' | 'CITY';
  direction?: 'ASC' | 'DESC';
}

export function organizationsPage(ctx: RequestContext, page: PageArgs): Promise<Page<Organization>> {
  const q = new SqlParams();
  return keysetPage<Record<string, unknown>>(ctx.db.query, {
    select: 'o.*', from: 'organizations o', where: [ctx.scope.organizationRows('o', q)], params: q,
    id: 'o.id', sort: { sql: 'o.name', type: 'text', direction: 'ASC' },
  }, page).then((result) => mapPage(result, (row) => ctx.db.hydrate(Organization, row)));
}

export function organizationById(ctx: RequestContext, id: string): Promise<Organization | null> {
  return ctx.loaders.get('organization.byId', () => new DataLoader<string, Organization | null>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT o.* FROM organizations o WHERE o.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.organizationDirectoryRows('o')}`, q.values);
    return byKey(ids, rows.map((row) => ctx.db.hydrate(Organization, row)), (o) => o.id, null);
  })).load(id);
}

export async function organizationBySlug(ctx: RequestContext, slug: string): Promise<Organization | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT o.* FROM organizations o WHERE o.slug = ${q.param(slug)} AND ${ctx.scope.organizationDirectoryRows('o')}`, q.values);
  return row ? ctx.db.hydrate(Organization, row) : null;
}

function clinicSort(query: ClinicQuery): SortKey {
  const sql = query.sort === 'CITY' ? 'lower(c.locality)' : 'c.name';
  return { sql, type: 'text', direction: query.direction ?? 'ASC' };
}

/** Whether the query names the organization whose clinics it lists (a public listing) rather than defaulting to the viewer's. */
function namesOrganization(query: ClinicQuery): boolean {
  return query.organizationId != null || query.organizationSlug != null;
}

/**
 * @param ofChosenOrganization the organization is chosen (by filter or as the parent
 *   field): its public listing. Otherwise the viewer's own clinics (clinic-scoped: theirs).
 */
function clinicConditions(ctx: RequestContext, query: ClinicQuery, q: SqlParams, ofChosenOrganization: boolean): string[] {
  const where = [ofChosenOrganization ? ctx.scope.publicCatalogRows('clinics', 'c') : ctx.scope.tenantRows('clinics', 'c', q)];
  if (query.city != null) where.push(`lower(c.locality) = lower(${q.param(query.city)})`);
  if (query.organizationId != null) where.push(`c.organization_id = ${q.param(query.organizationId)}::uuid`);
  if (query.organizationSlug != null) {
    where.push(`c.organization_id = (SELECT id FROM organizations WHERE slug = ${q.param(query.organizationSlug)})`);
  }
  if (query.active != null) where.push(`c.active = ${q.param(query.active)}`);
  return where;
}

export async function clinicsPage(ctx: RequestContext, query: ClinicQuery, page: PageArgs): Promise<Page<Clinic>> {
  if (ctx.scope.isPublic && !namesOrganization(query)) {
    throw new InvalidArgumentError(['filter', 'organizationSlug'],
      'Without a bearer token, choose the organization whose clinics to list: filter.organizationSlug or filter.organizationId.');
  }
  const q = new SqlParams();
  const result = await keysetPage<Record<string, unknown>>(ctx.db.query, {
    select: 'c.*', from: 'clinics c', where: clinicConditions(ctx, query, q, namesOrganization(query)), params: q, id: 'c.id', sort: clinicSort(query),
  }, page);
  return mapPage(result, (row) => ctx.db.hydrate(Clinic, row));
}

/** The clinics of an organization, batched across organizations. */
export function clinicsOfOrganization(ctx: RequestContext, organizationId: string, query: ClinicQuery, page: PageArgs): Promise<Page<Clinic>> {
  const key = loaderKey('organization.clinics', { query, page });
  return ctx.loaders.get(key, () => new DataLoader<string, Page<Clinic>>(async (organizationIds) => {
    const q = new SqlParams();
    const pages = await keysetPagesByParent<Record<string, unknown>>(ctx.db.query, {
      select: 'c.*', from: 'clinics c', where: clinicConditions(ctx, query, q, true), params: q, id: 'c.id', sort: clinicSort(query),
    }, page, { columns: ['c.organization_id'] }, organizationIds);
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Clinic, row)));
  })).load(organizationId);
}

export function clinicById(ctx: RequestContext, id: string): Promise<Clinic | null> {
  return ctx.loaders.get('clinic.byId', () => new DataLoader<string, Clinic | null>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT c.* FROM clinics c WHERE c.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinics', 'c')}`, q.values);
    return byKey(ids, rows.map((row) => ctx.db.hydrate(Clinic, row)), (c) => c.id, null);
  })).load(id);
}

export function clinicOpeningHours(ctx: RequestContext, clinicId: string): Promise<OpeningHours[]> {
  return ctx.loaders.get('clinic.openingHours', () => new DataLoader<string, OpeningHours[]>(async (clinicIds) => {
    const q = new SqlParams();
    const rows: Array<{ clinic_id: string; day_of_week: number; opens: string; closes: string }> = await ctx.db.query(
      `SELECT h.clinic_id, h.day_of_week, to_char(h.opens, 'HH24:MI:SS') AS opens, to_char(h.closes, 'HH24:MI:SS') AS closes
         FROM clinic_opening_hours h
        WHERE h.clinic_id = ANY(${q.param(clinicIds)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinic_opening_hours', 'h')}
        ORDER BY h.day_of_week, h.opens`, q.values);
    return groupByKey(clinicIds, rows, (r) => r.clinic_id).map((list) => list.map((r) => ({
      dayOfWeek: DAYS_OF_WEEK[r.day_of_week - 1], opens: r.opens, closes: r.closes,
    })));
  })).load(clinicId);
}
