/** Per-request loaders of practitioners, the clinics they work at and their qualifications. */
import { RequestContext } from '../../context';
import { byKey, groupByKey, RequestLoader, RequestLoaderFamily } from '../../common/loaders';
import { Page, mapPage } from '../../common/relay/connection';
import { KeysetQuery, keysetPagesByParent, PageArgs } from '../../common/relay/keyset-page';
import { escapeLike, SqlParams } from '../../db/sql';
import { Clinic } from '../organization/organization.entity';
import { Practitioner, Qualification } from './practitioner.entity';
import type { PractitionerQuery, QualifiedKey } from './practitioner.service';

/** A clinic's row with the practitioner it was joined for. */
type ClinicOfPractitionerRow = Record<string, unknown> & { __practitioner_id: string };

/** SQL condition: qualification `alias` is standing today. */
export const VALID_QUALIFICATION = (alias: string) =>
  `${alias}.revoked_at IS NULL AND (${alias}.expires_on IS NULL OR ${alias}.expires_on >= (now() AT TIME ZONE 'UTC')::date)`;

export function practitionerQuery(ctx: RequestContext, query: PractitionerQuery, q: SqlParams): KeysetQuery {
  const where = [ctx.scope.tenantRows('practitioners', 'p', q)];
  if (query.organizationId != null) where.push(`p.organization_id = ${q.param(query.organizationId)}::uuid`);
  if (query.clinicId != null) {
    where.push(
      `EXISTS (SELECT 1 FROM practitioner_clinics pc WHERE pc.practitioner_id = p.id AND pc.clinic_id = ${q.param(query.clinicId)}::uuid)`,
    );
  }
  if (query.qualifiedForTreatmentId != null) {
    where.push(`EXISTS (SELECT 1 FROM practitioner_qualifications pq WHERE pq.practitioner_id = p.id
      AND pq.treatment_id = ${q.param(query.qualifiedForTreatmentId)}::uuid AND ${VALID_QUALIFICATION('pq')})`);
  }
  if (query.name != null) {
    where.push(`(p.given_name || ' ' || p.family_name) ILIKE '%' || ${q.param(escapeLike(query.name))} || '%'`);
  }
  if (query.active != null) where.push(`p.active = ${q.param(query.active)}`);
  return {
    select: 'p.*',
    from: 'practitioners p',
    where,
    params: q,
    id: 'p.id',
    sort: { sql: `p.family_name || ' ' || p.given_name`, type: 'text', direction: 'ASC' },
  };
}

export const practitionerById = new RequestLoader<string, Practitioner | null>('practitioner.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT p.* FROM practitioners p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('practitioners', 'p', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Practitioner, row)),
    (p) => p.id,
    null,
  );
});

/** Practitioners working at clinics, one page per clinic. */
export const practitionersOfClinic = new RequestLoaderFamily<{ query: PractitionerQuery; page: PageArgs }, string, Page<Practitioner>>(
  'clinic.practitioners',
  async (ctx, clinicIds, { query, page }) => {
    const q = new SqlParams();
    const base = practitionerQuery(ctx, query, q);
    const pages = await keysetPagesByParent(
      ctx.db.query,
      {
        ...base,
        from: 'practitioners p JOIN practitioner_clinics pcl ON pcl.practitioner_id = p.id',
      },
      page,
      { columns: ['pcl.clinic_id'] },
      clinicIds,
    );
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Practitioner, row)));
  },
);

/** The cache key of a QualifiedKey, also its parent key in the keyset statement ("<treatment id>[:<clinic id>]"). */
function qualifiedCacheKey(key: QualifiedKey): string {
  return key.clinicId ? `${key.treatmentId}:${key.clinicId}` : key.treatmentId;
}

/**
 * Practitioners with a valid qualification for a treatment, optionally at one clinic.
 * Keys with and without a clinic are fetched in at most two statements per batch.
 */
export const qualifiedPractitioners = new RequestLoaderFamily<PageArgs, QualifiedKey, Page<Practitioner>>(
  'treatment.qualifiedPractitioners',
  async (ctx, keys, page) => {
    const results = new Map<string, Page<Practitioner>>();
    const fetch = async (batch: readonly QualifiedKey[], withClinic: boolean) => {
      if (batch.length === 0) return;
      const q = new SqlParams();
      const base = practitionerQuery(ctx, { active: true }, q);
      base.where.push(VALID_QUALIFICATION('vq'));
      const from = withClinic
        ? 'practitioners p JOIN practitioner_qualifications vq ON vq.practitioner_id = p.id JOIN practitioner_clinics vc ON vc.practitioner_id = p.id'
        : 'practitioners p JOIN practitioner_qualifications vq ON vq.practitioner_id = p.id';
      const parent = { columns: withClinic ? ['vq.treatment_id', 'vc.clinic_id'] : ['vq.treatment_id'] };
      const cacheKeys = batch.map(qualifiedCacheKey);
      const pages = await keysetPagesByParent(ctx.db.query, { ...base, from }, page, parent, cacheKeys);
      pages.forEach((p, i) =>
        results.set(
          cacheKeys[i],
          mapPage(p, (row) => ctx.db.hydrate(Practitioner, row)),
        ),
      );
    };
    await Promise.all([
      fetch(
        keys.filter((k) => k.clinicId),
        true,
      ),
      fetch(
        keys.filter((k) => !k.clinicId),
        false,
      ),
    ]);
    return keys.map((k) => results.get(qualifiedCacheKey(k))!);
  },
  { cacheKey: qualifiedCacheKey },
);

/** The clinics practitioners work at, by name. */
export const clinicsOfPractitioner = new RequestLoader<string, Clinic[]>('practitioner.clinics', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<ClinicOfPractitionerRow>(
    `SELECT c.*, pc.practitioner_id AS __practitioner_id
       FROM clinics c JOIN practitioner_clinics pc ON pc.clinic_id = c.id
      WHERE pc.practitioner_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinics', 'c')}
      ORDER BY c.name, c.id`,
    q.values,
  );
  return groupByKey(ids, rows, (r) => r.__practitioner_id).map((list) => list.map((row) => ctx.db.hydrate(Clinic, row)));
});

/** Practitioners' standing and expired qualifications (revoked ones are history), by treatment name. */
export const qualificationsOfPractitioner = new RequestLoader<string, Qualification[]>('practitioner.qualifications', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT pq.* FROM practitioner_qualifications pq JOIN treatments t ON t.id = pq.treatment_id
      WHERE pq.practitioner_id = ANY(${q.param(ids)}::uuid[]) AND pq.revoked_at IS NULL AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)}
      ORDER BY t.name, pq.id`,
    q.values,
  );
  return groupByKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Qualification, row)),
    (x) => x.practitionerId,
  );
});

export const qualificationById = new RequestLoader<string, Qualification | null>('qualification.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT pq.* FROM practitioner_qualifications pq WHERE pq.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Qualification, row)),
    (x) => x.id,
    null,
  );
});
