/** Practitioners, the clinics they work at and their qualifications. */
import DataLoader from 'dataloader';
import { RequestContext } from '../../context';
import { byKey, groupByKey, loaderKey } from '../../common/loaders';
import { Page, mapPage } from '../../common/relay/connection';
import { KeysetQuery, keysetPage, keysetPagesByParent, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Clinic } from '../organization/organization.entity';
import { Practitioner, Qualification } from './practitioner.entity';

export interface PractitionerQuery {
  clinicId?: string | null;
  organizationId?: string | null;
  qualifiedForTreatmentId?: string | null;
  name?: string | null;
  active?: boolean | null;
}

/** SQL condition: qualification `alias` is standing today. */
export const VALID_QUALIFICATION = (alias: string) =>
  `${alias}.revoked_at IS NULL AND (${alias}.expires_on IS NULL OR ${alias}.expires_on >= (now() AT TIME ZONE 'UTC')::date)`;

function practitionerQuery(ctx: RequestContext, query: PractitionerQuery, q: SqlParams): KeysetQuery {
  const where = [ctx.scope.tenantRows('practitioners', 'p', q)];
  if (query.organizationId != null) where.push(`p.organization_id = ${q.param(query.organizationId)}::uuid`);
  if (query.clinicId != null) {
    where.push(`EXISTS (SELECT 1 FROM practitioner_clinics pc WHERE pc.practitioner_id = p.id AND pc.clinic_id = ${q.param(query.clinicId)}::uuid)`);
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
    select: 'p.*', from: 'practitioners p', where, params: q, id: 'p.id',
    sort: { sql: `p.family_name || ' ' || p.given_name`, type: 'text', direction: 'ASC' },
  };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function practitionersPage(ctx: RequestContext, query: PractitionerQuery, page: PageArgs): Promise<Page<Practitioner>> {
  const result = await keysetPage<Record<string, unknown>>(ctx.db.query, practitionerQuery(ctx, query, new SqlParams()), page);
  return mapPage(result, (row) => ctx.db.hydrate(Practitioner, row));
}

export function practitionerById(ctx: RequestContext, id: string): Promise<Practitioner | null> {
  return ctx.loaders.get('practitioner.byId', () => new DataLoader<string, Practitioner | null>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT p.* FROM practitioners p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('practitioners', 'p', q)}`, q.values);
    return byKey(ids, rows.map((row) => ctx.db.hydrate(Practitioner, row)), (p) => p.id, null);
  })).load(id);
}

/** Practitioners working at a clinic, batched across clinics. */
export function practitionersOfClinic(ctx: RequestContext, clinicId: string, query: PractitionerQuery, page: PageArgs): Promise<Page<Practitioner>> {
  return ctx.loaders.get(loaderKey('clinic.practitioners', { query, page }), () => new DataLoader<string, Page<Practitioner>>(async (clinicIds) => {
    const q = new SqlParams();
    const base = practitionerQuery(ctx, query, q);
    const pages = await keysetPagesByParent<Record<string, unknown>>(ctx.db.query, {
      ...base, from: 'practitioners p JOIN practitioner_clinics pcl ON pcl.practitioner_id = p.id',
    }, page, { columns: ['pcl.clinic_id'] }, clinicIds);
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Practitioner, row)));
  })).load(clinicId);
}

export interface QualifiedKey {
  treatmentId: string;
  /** Only practitioners working at this clinic; any clinic when undefined. */
  clinicId?: string;
}

/**
 * Practitioners with a valid qualification for a treatment, optionally at one clinic.
 * Keys with and without a clinic are fetched in at most two statements per batch.
 */
export function qualifiedPractitioners(ctx: RequestContext, key: QualifiedKey, page: PageArgs): Promise<Page<Practitioner>> {
  const loader = ctx.loaders.get(loaderKey('treatment.qualifiedPractitioners', page), () =>
    new DataLoader<QualifiedKey, Page<Practitioner>, string>(async (keys) => {
      const atClinic = keys.filter((k) => k.clinicId);
      const anywhere = keys.filter((k) => !k.clinicId);
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
        const pages = await keysetPagesByParent<Record<string, unknown>>(ctx.db.query, { ...base, from }, page, parent, cacheKeys);
        pages.forEach((p, i) => results.set(cacheKeys[i], mapPage(p, (row) => ctx.db.hydrate(Practitioner, row))));
      };
      await Promise.all([fetch(atClinic, true), fetch(anywhere, false)]);
      return keys.map((k) => results.get(qualifiedCacheKey(k))!);
    }, { cacheKeyFn: qualifiedCacheKey }));
  return loader.load(key);
}

function qualifiedCacheKey(key: QualifiedKey): string {
  return key.clinicId ? `${key.treatmentId}:${key.clinicId}` : key.treatmentId;
}

/** The clinics a practitioner works at, by name. */
export function clinicsOfPractitioner(ctx: RequestContext, practitionerId: string): Promise<Clinic[]> {
  return ctx.loaders.get('practitioner.clinics', () => new DataLoader<string, Clinic[]>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT c.*, pc.practitioner_id AS __practitioner_id
         FROM clinics c JOIN practitioner_clinics pc ON pc.clinic_id = c.id
        WHERE pc.practitioner_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinics', 'c')}
        ORDER BY c.name, c.id`, q.values);
    return groupByKey(ids, rows, (r: any) => r.__practitioner_id as string).map((list) => list.map((row) => ctx.db.hydrate(Clinic, row)));
  })).load(practitionerId);
}

/** A practitioner's standing and expired qualifications (revoked ones are history), by treatment name. */
export function qualificationsOfPractitioner(ctx: RequestContext, practitionerId: string): Promise<Qualification[]> {
  return ctx.loaders.get('practitioner.qualifications', () => new DataLoader<string, Qualification[]>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT pq.* FROM practitioner_qualifications pq JOIN treatments t ON t.id = pq.treatment_id
        WHERE pq.practitioner_id = ANY(${q.param(ids)}::uuid[]) AND pq.revoked_at IS NULL AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)}
        ORDER BY t.name, pq.id`, q.values);
    return groupByKey(ids, rows.map((row) => ctx.db.hydrate(Qualification, row)), (x) => x.practitionerId);
  })).load(practitionerId);
}

export function qualificationById(ctx: RequestContext, id: string): Promise<Qualification | null> {
  return ctx.loaders.get('qualification.byId', () => new DataLoader<string, Qualification | null>(async (ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query(
      `SELECT pq.* FROM practitioner_qualifications pq WHERE pq.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)}`, q.values);
    return byKey(ids, rows.map((row) => ctx.db.hydrate(Qualification, row)), (x) => x.id, null);
  })).load(id);
}
