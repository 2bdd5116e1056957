/**
 * Per-request loaders of offerings, and the SQL of effective offerings: an offering's
 * values are the clinic's override where it sets one, else the organization-wide
 * default, field by field.
 */
import { RequestContext } from '../../context';
import { groupByKey, RequestLoader, RequestLoaderFamily } from '../../common/loaders';
import { Money } from '../../common/money';
import { Page, mapPage } from '../../common/relay/connection';
import { KeysetQuery, keysetPagesByParent, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Offering, OfferingDefault } from './offering.entity';
import type { OfferingQuery } from './offering.service';

/** A row of `effectiveOfferings`; the query only returns complete ones (every value set). */
export interface EffectiveOfferingRow {
  clinic_id: string;
  organization_id: string;
  protocol_id: string;
  protocol_name: string;
  enabled: boolean;
  /** Minor units of `currency`. */
  price_amount: number;
  currency: string;
  duration_minutes: number;
  bookable_online: boolean;
  /** Whether the clinic sets any value of its own. */
  overridden: boolean;
}

/** An organization-wide default of `offering_settings` (clinic_id IS NULL: every value set). */
interface OfferingDefaultRow {
  organization_id: string;
  protocol_id: string;
  enabled: boolean;
  price_amount: number;
  currency: string;
  duration_minutes: number;
  bookable_online: boolean;
}

/** Effective offerings of the visible clinics: one row per clinic and protocol (subquery `eo`). */
export function effectiveOfferings(ctx: RequestContext, q: SqlParams): string {
  return `(
    SELECT c.id AS clinic_id, c.organization_id, p.id AS protocol_id, p.name AS protocol_name,
           COALESCE(o.enabled, d.enabled) AS enabled,
           COALESCE(o.price_amount, d.price_amount) AS price_amount,
           COALESCE(o.currency, d.currency) AS currency,
           COALESCE(o.duration_minutes, d.duration_minutes) AS duration_minutes,
           COALESCE(o.bookable_online, d.bookable_online) AS bookable_online,
           o.id IS NOT NULL AS overridden
      FROM clinics c
      CROSS JOIN LATERAL (
        SELECT DISTINCT s.protocol_id FROM offering_settings s
         WHERE s.organization_id = c.organization_id AND (s.clinic_id IS NULL OR s.clinic_id = c.id)
      ) k
      JOIN protocols p ON p.id = k.protocol_id
      LEFT JOIN offering_settings d ON d.organization_id = c.organization_id AND d.protocol_id = k.protocol_id AND d.clinic_id IS NULL
      LEFT JOIN offering_settings o ON o.clinic_id = c.id AND o.protocol_id = k.protocol_id
     WHERE ${ctx.scope.publicCatalogRows('clinics', 'c')} AND ${ctx.scope.catalogRows('p', q)} AND p.retired_at IS NULL
  ) eo`;
}

export function offeringQuery(ctx: RequestContext, query: OfferingQuery, q: SqlParams): KeysetQuery {
  // An override without a default must set every value; incomplete rows are not offered.
  const where = [
    'eo.enabled IS NOT NULL',
    'eo.price_amount IS NOT NULL',
    'eo.duration_minutes IS NOT NULL',
    'eo.bookable_online IS NOT NULL',
  ];
  if (query.enabled != null) where.push(`eo.enabled = ${q.param(query.enabled)}`);
  if (query.bookableOnline != null) where.push(`eo.bookable_online = ${q.param(query.bookableOnline)}`);
  return {
    select: 'eo.*',
    from: effectiveOfferings(ctx, q),
    where,
    params: q,
    id: 'eo.protocol_id',
    sort: { sql: 'eo.protocol_name', type: 'text', direction: 'ASC' },
  };
}

export function toOffering(row: EffectiveOfferingRow): Offering {
  return Object.assign(new Offering(), {
    clinicId: row.clinic_id,
    protocolId: row.protocol_id,
    organizationId: row.organization_id,
    enabled: row.enabled,
    price: Money.of(row.price_amount, row.currency),
    durationMinutes: row.duration_minutes,
    bookableOnline: row.bookable_online,
    overridden: row.overridden,
  });
}

/** Clinics' offerings by protocol name, one page per clinic. */
export const offeringsOfClinic = new RequestLoaderFamily<{ query: OfferingQuery; page: PageArgs }, string, Page<Offering>>(
  'clinic.offerings',
  async (ctx, clinicIds, { query, page }) => {
    const pages = await keysetPagesByParent<EffectiveOfferingRow>(
      ctx.db.query,
      offeringQuery(ctx, query, new SqlParams()),
      page,
      { columns: ['eo.clinic_id'] },
      clinicIds,
    );
    return pages.map((p) => mapPage(p, toOffering));
  },
);

/** Organizations' offering defaults (the values clinics inherit), by protocol name. */
export const offeringDefaultsOf = new RequestLoader<string, OfferingDefault[]>(
  'organization.offeringDefaults',
  async (ctx, organizationIds) => {
    const q = new SqlParams();
    const rows = await ctx.db.query<OfferingDefaultRow>(
      `SELECT s.* FROM offering_settings s JOIN protocols p ON p.id = s.protocol_id
      WHERE s.organization_id = ANY(${q.param(organizationIds)}::uuid[]) AND s.clinic_id IS NULL
        AND ${ctx.scope.tenantRows('offering_settings', 's', q)} AND ${ctx.scope.catalogRows('p', q)} AND p.retired_at IS NULL
      ORDER BY p.name, p.id`,
      q.values,
    );
    return groupByKey(organizationIds, rows, (r) => r.organization_id).map((list) =>
      list.map((r) =>
        Object.assign(new OfferingDefault(), {
          protocolId: r.protocol_id,
          enabled: r.enabled,
          price: Money.of(r.price_amount, r.currency),
          durationMinutes: r.duration_minutes,
          bookableOnline: r.bookable_online,
        }),
      ),
    );
  },
);
