/** Organizations and their clinics: reads, always through the tenant scope. */
import { RequestContext } from '../../context';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { InvalidArgumentError } from '../../common/errors';
import { Clinic, OpeningHours, Organization } from './organization.entity';
import * as loaders from './organization.loaders';
import { clinicConditions, clinicSort } from './organization.loaders';

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
  return keysetPage(
    ctx.db.query,
    {
      select: 'o.*',
      from: 'organizations o',
      where: [ctx.scope.organizationRows('o', q)],
      params: q,
      id: 'o.id',
      sort: { sql: 'o.name', type: 'text', direction: 'ASC' },
    },
    page,
  ).then((result) => mapPage(result, (row) => ctx.db.hydrate(Organization, row)));
}

export function organizationById(ctx: RequestContext, id: string): Promise<Organization | null> {
  return loaders.organizationById.load(ctx, id);
}

export async function organizationBySlug(ctx: RequestContext, slug: string): Promise<Organization | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT o.* FROM organizations o WHERE o.slug = ${q.param(slug)} AND ${ctx.scope.organizationDirectoryRows('o')}`,
    q.values,
  );
  return row ? ctx.db.hydrate(Organization, row) : null;
}

/** Whether the query names the organization whose clinics it lists (a public listing) rather than defaulting to the viewer's. */
function namesOrganization(query: ClinicQuery): boolean {
  return query.organizationId != null || query.organizationSlug != null;
}

export async function clinicsPage(ctx: RequestContext, query: ClinicQuery, page: PageArgs): Promise<Page<Clinic>> {
  if (ctx.scope.isPublic && !namesOrganization(query)) {
    throw new InvalidArgumentError(
      ['filter', 'organizationSlug'],
      'Without a bearer token, choose the organization whose clinics to list: filter.organizationSlug or filter.organizationId.',
    );
  }
  const q = new SqlParams();
  const result = await keysetPage(
    ctx.db.query,
    {
      select: 'c.*',
      from: 'clinics c',
      where: clinicConditions(ctx, query, q, namesOrganization(query)),
      params: q,
      id: 'c.id',
      sort: clinicSort(query),
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(Clinic, row));
}

/** The clinics of an organization, batched across organizations. */
export function clinicsOfOrganization(
  ctx: RequestContext,
  organizationId: string,
  query: ClinicQuery,
  page: PageArgs,
): Promise<Page<Clinic>> {
  return loaders.clinicsOfOrganization.load(ctx, { query, page }, organizationId);
}

export function clinicById(ctx: RequestContext, id: string): Promise<Clinic | null> {
  return loaders.clinicById.load(ctx, id);
}

export function clinicOpeningHours(ctx: RequestContext, clinicId: string): Promise<OpeningHours[]> {
  return loaders.clinicOpeningHours.load(ctx, clinicId);
}
