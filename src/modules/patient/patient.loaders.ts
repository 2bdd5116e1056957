/** Per-request loaders of patients, their screenings and consents. */
import { byKey, RequestLoader, RequestLoaderFamily } from '../../common/loaders';
import { Page, mapPage } from '../../common/relay/connection';
import { keysetPagesByParent, PageArgs } from '../../common/relay/keyset-page';
import { SqlParams } from '../../db/sql';
import { Consent, Patient, Screening } from './patient.entity';
import { screeningValidity, ScreeningValidity } from './patient-rules';

export const patientById = new RequestLoader<string, Patient | null>('patient.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT p.* FROM patients p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('patients', 'p', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Patient, row)),
    (p) => p.id,
    null,
  );
});

export const screeningById = new RequestLoader<string, Screening | null>('screening.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT s.* FROM screenings s WHERE s.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('screenings', 's', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Screening, row)),
    (s) => s.id,
    null,
  );
});

export const consentById = new RequestLoader<string, Consent | null>('consent.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT c.* FROM consents c WHERE c.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('consents', 'c', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Consent, row)),
    (c) => c.id,
    null,
  );
});

/** A patient's latest screening and how long it stays valid, under the organization's renewal age. */
export interface LatestScreening extends ScreeningValidity {
  screening: Screening | null;
}

type LatestRow = Record<string, unknown> & { __patient_id: string; __valid_days: number; __today: string };

/**
 * The latest screening of each patient with its validity, in one statement: the
 * organization's renewal age (screening_valid_days) and its local today.
 */
export const latestScreeningOfPatient = new RequestLoader<string, LatestScreening | null>(
  'patient.latestScreening',
  async (ctx, patientIds) => {
    const q = new SqlParams();
    const rows = await ctx.db.query<LatestRow>(
      `SELECT s.*, p.id AS __patient_id, o.screening_valid_days AS __valid_days,
            (now() AT TIME ZONE o.default_time_zone)::date AS __today
       FROM patients p
       JOIN organizations o ON o.id = p.organization_id
       LEFT JOIN LATERAL (
         SELECT ls.* FROM screenings ls
          WHERE ls.patient_id = p.id AND ${ctx.scope.tenantRows('screenings', 'ls', q)}
          ORDER BY ls.screened_on DESC, ls.recorded_at DESC, ls.id DESC LIMIT 1) s ON true
      WHERE p.id = ANY(${q.param(patientIds)}::uuid[]) AND ${ctx.scope.tenantRows('patients', 'p', q)}`,
      q.values,
    );
    const results = rows.map((row) => {
      const screening = row.id ? ctx.db.hydrate(Screening, row) : null;
      return { patientId: row.__patient_id, screening, ...screeningValidity(screening?.screenedOn ?? null, row.__valid_days, row.__today) };
    });
    return byKey(patientIds, results, (r) => r.patientId, null);
  },
);

/** Screenings of patients, newest first, one page per patient. */
export const screeningsOfPatient = new RequestLoaderFamily<PageArgs, string, Page<Screening>>(
  'patient.screenings',
  async (ctx, patientIds, page) => {
    const q = new SqlParams();
    const pages = await keysetPagesByParent(
      ctx.db.query,
      {
        select: 's.*',
        from: 'screenings s',
        where: [ctx.scope.tenantRows('screenings', 's', q)],
        params: q,
        id: 's.id',
        // The day as "YYYY-MM-DD" sorts like the day itself.
        sort: { sql: `to_char(s.screened_on, 'YYYY-MM-DD')`, type: 'text', direction: 'DESC' },
      },
      page,
      { columns: ['s.patient_id'] },
      patientIds,
    );
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Screening, row)));
  },
);

/** Consents of patients, most recently signed first, one page per patient. */
export const consentsOfPatient = new RequestLoaderFamily<PageArgs, string, Page<Consent>>(
  'patient.consents',
  async (ctx, patientIds, page) => {
    const q = new SqlParams();
    const pages = await keysetPagesByParent(
      ctx.db.query,
      {
        select: 'c.*',
        from: 'consents c',
        where: [ctx.scope.tenantRows('consents', 'c', q)],
        params: q,
        id: 'c.id',
        sort: { sql: 'c.signed_at', type: 'timestamptz', direction: 'DESC' },
      },
      page,
      { columns: ['c.patient_id'] },
      patientIds,
    );
    return pages.map((p) => mapPage(p, (row) => ctx.db.hydrate(Consent, row)));
  },
);
