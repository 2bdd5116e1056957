/** Shared inputs of the patient tests. */
import { Role } from '../../src/auth/roles';
import { ScreeningAnswersInput } from '../generated/graphql';
import { createOrganization } from '../support/factories';
import { Api, TestApp } from '../support/harness';

/** A questionnaire with nothing to report. */
export const clearAnswers = (): ScreeningAnswersInput => ({
  activeInfectionAtSite: false,
  activeAcne: false,
  keloidTendency: false,
  immunosuppression: false,
  anticoagulants: false,
  bleedingOrPlateletDisorder: false,
  pregnantOrBreastfeeding: false,
  herpesHistory: false,
  isotretinoinLastDoseOn: null,
  retinoidOrAcidLastUsedOn: null,
  recentSunburnOrTanning: false,
  allergies: [],
  medications: [],
  previousProcedures: [],
});

export const unknownId = (typename: string) => Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64url');

/** "YYYY-MM-DD" of `days` days before today (UTC). */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An organization of the test's own with one clinic, and its ORG_ADMIN. */
export async function ownOrganization(app: TestApp) {
  const org = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  return { org, admin };
}

export async function register(api: Api, input: Partial<Parameters<Api['PatientRegister']>[0]['input']> = {}) {
  const { patientRegister } = await api.PatientRegister({
    input: { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '1990-05-17', ...input },
  });
  expect(patientRegister.userErrors).toEqual([]);
  return patientRegister.patient!;
}

/** Rows of the patient tables, which a failed mutation must leave alone. */
export async function patientRowCounts(app: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['patients', 'screenings', 'consents', 'patient_access_events']) {
    const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM ${table}`);
    counts[table] = count;
  }
  return counts;
}
