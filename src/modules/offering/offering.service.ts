/**
 * What each clinic offers. An offering's values are the clinic's override where it
 * sets one, else the organization-wide default, field by field.
 */
import { RequestContext } from '../../context';
import { Page } from '../../common/relay/connection';
import { PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Offering, OfferingDefault } from './offering.entity';
import * as loaders from './offering.loaders';
import { EffectiveOfferingRow, offeringQuery, toOffering } from './offering.loaders';

export interface OfferingQuery {
  enabled?: boolean | null;
  bookableOnline?: boolean | null;
}

/** A clinic's offerings by protocol name, batched across clinics. */
export function offeringsOfClinic(ctx: RequestContext, clinicId: string, query: OfferingQuery, page: PageArgs): Promise<Page<Offering>> {
  return loaders.offeringsOfClinic.load(ctx, { query, page }, clinicId);
}

/** One clinic's offering of one protocol, or null. */
export async function offeringOf(ctx: RequestContext, clinicId: string, protocolId: string): Promise<Offering | null> {
  const q = new SqlParams();
  const { from, where } = offeringQuery(ctx, {}, q);
  const [row] = await ctx.db.query<EffectiveOfferingRow>(
    `SELECT eo.* FROM ${from} WHERE ${where.join(' AND ')}
       AND eo.clinic_id = ${q.param(clinicId)}::uuid AND eo.protocol_id = ${q.param(protocolId)}::uuid`,
    q.values,
  );
  return row ? toOffering(row) : null;
}

/** An organization's offering defaults (the values clinics inherit), by protocol name. */
export function offeringDefaultsOf(ctx: RequestContext, organizationId: string): Promise<OfferingDefault[]> {
  return loaders.offeringDefaultsOf.load(ctx, organizationId);
}
