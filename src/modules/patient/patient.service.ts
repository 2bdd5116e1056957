/**
 * Reading patients and their health data. Every read of health data (skin type,
 * screenings, consents) is noted in the request's HealthAccessLog, which writes the
 * access trail before the response leaves (patient-access.service.ts).
 */
import { RequestContext } from '../../context';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { escapeLike, SqlParams } from '../../db/sql';
import { Consent, Patient, Screening } from './patient.entity';
import * as loaders from './patient.loaders';
import { LatestScreening } from './patient.loaders';
import { searchTerm } from './patient-rules';

/** Notes a read of `field` of the patient in the request's access trail. */
export function noteHealthRead(ctx: RequestContext, patient: { organizationId: string; patientId: string }, field: string): void {
  ctx.healthAccess.read(patient, field);
}

/** The organization's patients (a PATIENT: themselves), by family name, optionally matching a search text. */
export async function patientsPage(ctx: RequestContext, search: string | null | undefined, page: PageArgs): Promise<Page<Patient>> {
  const q = new SqlParams();
  const where = [ctx.scope.tenantRows('patients', 'p', q)];
  const term = search == null ? '' : searchTerm(search);
  // A substring of the name, e-mail or phone, served by the trigram index on search_text.
  if (term !== '') where.push(`p.search_text LIKE '%' || ${q.param(escapeLike(term))} || '%'`);
  const result = await keysetPage(
    ctx.db.query,
    {
      select: 'p.*',
      from: 'patients p',
      where,
      params: q,
      id: 'p.id',
      sort: { sql: `p.family_name || ' ' || p.given_name`, type: 'text', direction: 'ASC' },
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(Patient, row));
}

export function patientById(ctx: RequestContext, id: string): Promise<Patient | null> {
  return loaders.patientById.load(ctx, id);
}

export async function screeningById(ctx: RequestContext, id: string): Promise<Screening | null> {
  const screening = await loaders.screeningById.load(ctx, id);
  if (screening) noteHealthRead(ctx, screening, 'screening');
  return screening;
}

export async function consentById(ctx: RequestContext, id: string): Promise<Consent | null> {
  const consent = await loaders.consentById.load(ctx, id);
  if (consent) noteHealthRead(ctx, consent, 'consent');
  return consent;
}

/** The patient's latest screening and its validity (noted as a read of `field`). */
export async function latestScreening(ctx: RequestContext, patient: Patient, field: string): Promise<LatestScreening> {
  noteHealthRead(ctx, { organizationId: patient.organizationId, patientId: patient.id }, field);
  return (await loaders.latestScreeningOfPatient.load(ctx, patient.id)) ?? { screening: null, validUntil: null, needsRenewal: true };
}

export function screeningsOfPatient(ctx: RequestContext, patient: Patient, page: PageArgs): Promise<Page<Screening>> {
  noteHealthRead(ctx, { organizationId: patient.organizationId, patientId: patient.id }, 'screenings');
  return loaders.screeningsOfPatient.load(ctx, page, patient.id);
}

export function consentsOfPatient(ctx: RequestContext, patient: Patient, page: PageArgs): Promise<Page<Consent>> {
  noteHealthRead(ctx, { organizationId: patient.organizationId, patientId: patient.id }, 'consents');
  return loaders.consentsOfPatient.load(ctx, page, patient.id);
}
