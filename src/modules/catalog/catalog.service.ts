/** The treatment catalog: the shared library plus organizations' own treatments and protocols. */
import { RequestContext } from '../../context';
import { InvalidArgumentError } from '../../common/errors';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { escapeLike, SqlParams } from '../../db/sql';
import { FitzpatrickType, ProtocolKind, SkinConcern, TreatmentCategory } from './catalog.enums';
import { Protocol, ProtocolStep, Treatment, TreatmentPairing } from './catalog.entity';
import * as loaders from './catalog.loaders';

export interface TreatmentQuery {
  concern?: SkinConcern | null;
  fitzpatrickType?: FitzpatrickType | null;
  category?: TreatmentCategory | null;
  search?: string | null;
}

export interface ProtocolQuery {
  treatmentId?: string | null;
  treatmentSlug?: string | null;
  concern?: SkinConcern | null;
  kind?: ProtocolKind | null;
}

const MAX_SEARCH_LENGTH = 200;

export async function treatmentsPage(ctx: RequestContext, query: TreatmentQuery, page: PageArgs): Promise<Page<Treatment>> {
  const q = new SqlParams();
  const where = [ctx.scope.catalogRows('t', q), 't.retired_at IS NULL'];
  if (query.concern != null) where.push(`t.concerns @> ARRAY[${q.param(query.concern)}]::text[]`);
  if (query.category != null) where.push(`t.category = ${q.param(query.category)}`);
  if (query.fitzpatrickType != null) {
    where.push(`NOT EXISTS (SELECT 1 FROM jsonb_array_elements(t.skin_types) st
      WHERE st->>'skinType' = ${q.param(query.fitzpatrickType)} AND st->>'suitability' = 'NOT_RECOMMENDED')`);
  }
  if (query.search != null) {
    const search = query.search.trim();
    if (search.length === 0 || search.length > MAX_SEARCH_LENGTH) {
      throw new InvalidArgumentError(['filter', 'search'], `Argument "filter.search" must contain 1 to ${MAX_SEARCH_LENGTH} characters.`);
    }
    const like = q.param(`%${escapeLike(search)}%`);
    where.push(`(t.search_vector @@ websearch_to_tsquery('english', ${q.param(search)})
      OR t.name ILIKE ${like} OR immutable_text_join(t.aliases) ILIKE ${like})`);
  }
  const result = await keysetPage(
    ctx.db.query,
    {
      select: 't.*',
      from: 'treatments t',
      where,
      params: q,
      id: 't.id',
      sort: { sql: 't.name', type: 'text', direction: 'ASC' },
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(Treatment, row));
}

/** Synchronous once the request has loaded it (see RequestLoaderFamily.get). */
export function treatmentById(ctx: RequestContext, id: string): Treatment | null | Promise<Treatment | null> {
  return loaders.treatmentById.get(ctx, id);
}

/** The visible, unretired treatment with this slug; an organization's own entry wins over the library's. */
export async function treatmentBySlug(ctx: RequestContext, slug: string): Promise<Treatment | null> {
  const q = new SqlParams();
  const [treatment] = await ctx.db.entities(
    Treatment,
    `SELECT t.* FROM treatments t WHERE t.slug = ${q.param(slug)} AND t.retired_at IS NULL AND ${ctx.scope.catalogRows('t', q)}
      ORDER BY t.organization_id NULLS LAST LIMIT 1`,
    q.values,
  );
  return treatment ?? null;
}

/** Treatments that pair well with a treatment, by name. */
export function pairingsOfTreatment(ctx: RequestContext, treatmentId: string): Promise<TreatmentPairing[]> {
  return loaders.pairingsOfTreatment.load(ctx, treatmentId);
}

function protocolConditions(ctx: RequestContext, query: ProtocolQuery, q: SqlParams): string[] {
  const where = [ctx.scope.catalogRows('p', q), 'p.retired_at IS NULL'];
  if (query.treatmentId != null) {
    where.push(
      `EXISTS (SELECT 1 FROM protocol_steps s WHERE s.protocol_id = p.id AND s.treatment_id = ${q.param(query.treatmentId)}::uuid)`,
    );
  }
  if (query.treatmentSlug != null) {
    where.push(`EXISTS (SELECT 1 FROM protocol_steps s JOIN treatments st ON st.id = s.treatment_id
      WHERE s.protocol_id = p.id AND st.slug = ${q.param(query.treatmentSlug)})`);
  }
  if (query.concern != null) where.push(`p.concerns @> ARRAY[${q.param(query.concern)}]::text[]`);
  if (query.kind != null) where.push(`p.kind = ${q.param(query.kind)}`);
  return where;
}

export async function protocolsPage(ctx: RequestContext, query: ProtocolQuery, page: PageArgs): Promise<Page<Protocol>> {
  const q = new SqlParams();
  const result = await keysetPage(
    ctx.db.query,
    {
      select: 'p.*',
      from: 'protocols p',
      where: protocolConditions(ctx, query, q),
      params: q,
      id: 'p.id',
      sort: { sql: 'p.name', type: 'text', direction: 'ASC' },
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(Protocol, row));
}

/** Synchronous once the request has loaded it (see RequestLoaderFamily.get). */
export function protocolById(ctx: RequestContext, id: string): Protocol | null | Promise<Protocol | null> {
  return loaders.protocolById.get(ctx, id);
}

export async function protocolBySlug(ctx: RequestContext, slug: string): Promise<Protocol | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT p.* FROM protocols p WHERE p.slug = ${q.param(slug)} AND p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
      ORDER BY p.organization_id NULLS LAST LIMIT 1`,
    q.values,
  );
  return row ? ctx.db.hydrate(Protocol, row) : null;
}

/** The steps of a protocol, in order. */
export function stepsOfProtocol(ctx: RequestContext, protocolId: string): ProtocolStep[] | Promise<ProtocolStep[]> {
  return loaders.stepsOfProtocol.get(ctx, protocolId);
}

export function protocolStepById(ctx: RequestContext, id: string): Promise<ProtocolStep | null> {
  return loaders.protocolStepById.load(ctx, id);
}

/** Unretired protocols that include a treatment, by name. */
export function protocolsOfTreatment(ctx: RequestContext, treatmentId: string): Promise<Protocol[]> {
  return loaders.protocolsOfTreatment.load(ctx, treatmentId);
}
