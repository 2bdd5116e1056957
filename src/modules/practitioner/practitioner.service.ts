/** Practitioners, the clinics they work at and their qualifications. */
import { RequestContext } from '../../context';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Clinic } from '../organization/organization.entity';
import { Practitioner, Qualification } from './practitioner.entity';
import * as loaders from './practitioner.loaders';
import { practitionerQuery } from './practitioner.loaders';

export interface PractitionerQuery {
  clinicId?: string | null;
  organizationId?: string | null;
  qualifiedForTreatmentId?: string | null;
  name?: string | null;
  active?: boolean | null;
}

export async function practitionersPage(ctx: RequestContext, query: PractitionerQuery, page: PageArgs): Promise<Page<Practitioner>> {
  const result = await keysetPage(ctx.db.query, practitionerQuery(ctx, query, new SqlParams()), page);
  return mapPage(result, (row) => ctx.db.hydrate(Practitioner, row));
}

export function practitionerById(ctx: RequestContext, id: string): Promise<Practitioner | null> {
  return loaders.practitionerById.load(ctx, id);
}

/** Practitioners working at a clinic, batched across clinics. */
export function practitionersOfClinic(
  ctx: RequestContext,
  clinicId: string,
  query: PractitionerQuery,
  page: PageArgs,
): Promise<Page<Practitioner>> {
  return loaders.practitionersOfClinic.load(ctx, { query, page }, clinicId);
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
  return loaders.qualifiedPractitioners.load(ctx, page, key);
}

/** The clinics a practitioner works at, by name. */
export function clinicsOfPractitioner(ctx: RequestContext, practitionerId: string): Promise<Clinic[]> {
  return loaders.clinicsOfPractitioner.load(ctx, practitionerId);
}

/** A practitioner's standing and expired qualifications (revoked ones are history), by treatment name. */
export function qualificationsOfPractitioner(ctx: RequestContext, practitionerId: string): Promise<Qualification[]> {
  return loaders.qualificationsOfPractitioner.load(ctx, practitionerId);
}

export function qualificationById(ctx: RequestContext, id: string): Promise<Qualification | null> {
  return loaders.qualificationById.load(ctx, id);
}
