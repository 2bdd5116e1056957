/**
 * Demo patients of the demo organization, with screenings (one due for renewal, one with
 * isotretinoin last year, one pregnant) and consents. Dates are relative to the day of
 * loading, so the demo tells the same story whenever it is loaded. Loaded once per
 * organization (when it has no patients yet), also into an existing demo database.
 */
import data from './demo-patients.json';
import type { ScreeningAnswers } from '../../modules/patient/screening-answers';

type Run = (sql: string, params?: unknown[]) => Promise<unknown[]>;

interface DemoAnswers extends Partial<Omit<ScreeningAnswers, 'previousProcedures'>> {
  isotretinoinLastDoseDaysAgo?: number;
  retinoidOrAcidLastUsedDaysAgo?: number;
  previousProcedures: Array<{ procedure: string; performedDaysAgo: number }>;
}

const daysAgo = (today: string, days: number): string => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

function answersOf(a: DemoAnswers, today: string): ScreeningAnswers {
  return {
    activeInfectionAtSite: a.activeInfectionAtSite ?? false,
    activeAcne: a.activeAcne ?? false,
    keloidTendency: a.keloidTendency ?? false,
    immunosuppression: a.immunosuppression ?? false,
    anticoagulants: a.anticoagulants ?? false,
    bleedingOrPlateletDisorder: a.bleedingOrPlateletDisorder ?? false,
    pregnantOrBreastfeeding: a.pregnantOrBreastfeeding ?? false,
    herpesHistory: a.herpesHistory ?? false,
    isotretinoinLastDoseOn: a.isotretinoinLastDoseDaysAgo === undefined ? null : daysAgo(today, a.isotretinoinLastDoseDaysAgo),
    retinoidOrAcidLastUsedOn: a.retinoidOrAcidLastUsedDaysAgo === undefined ? null : daysAgo(today, a.retinoidOrAcidLastUsedDaysAgo),
    recentSunburnOrTanning: a.recentSunburnOrTanning ?? false,
    allergies: a.allergies ?? [],
    medications: a.medications ?? [],
    previousProcedures: a.previousProcedures.map((p) => ({ procedure: p.procedure, performedOn: daysAgo(today, p.performedDaysAgo) })),
  };
}

/** Loads the demo patients unless the organization has patients already; true when it loaded them. */
export async function loadDemoPatients(runUntyped: Run): Promise<boolean> {
  const run = async <Row = { id: string }>(sql: string, params?: unknown[]) => (await runUntyped(sql, params)) as Row[];
  const [org] = await run<{ id: string; today: string }>(
    `SELECT id, (now() AT TIME ZONE default_time_zone)::date::text AS today FROM organizations WHERE slug = $1`,
    [data.organization],
  );
  if (!org) return false;
  // The owner writes under row-level security too: as the organization.
  await run(
    `SELECT set_config('app.organization_id', $1, true), set_config('app.subject', 'demo-data', true), set_config('app.patient_id', '', true)`,
    [org.id],
  );
  const [existing] = await run(`SELECT 1 FROM patients WHERE organization_id = $1 LIMIT 1`, [org.id]);
  if (existing) return false;
  const { today } = org;
  for (const p of data.patients) {
    const [patient] = await run(
      `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth, email, phone, skin_type, preferred_clinic_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM clinics WHERE organization_id = $1 AND slug = $8)) RETURNING id`,
      [org.id, p.givenName, p.familyName, p.dateOfBirth, p.email, p.phone, p.skinType, p.preferredClinic],
    );
    for (const s of p.screenings) {
      await run(`INSERT INTO screenings (organization_id, patient_id, screened_on, answers) VALUES ($1, $2, $3, $4)`, [
        org.id,
        patient.id,
        daysAgo(today, s.daysAgo),
        JSON.stringify(answersOf(s.answers, today)),
      ]);
    }
    for (const c of p.consents as Array<{
      kind: string;
      treatment?: string;
      contentVersion: string;
      signedDaysAgo: number;
      withdrawnDaysAgo?: number;
    }>) {
      const [treatment] = c.treatment
        ? await run<{ id: string; owner_id: string }>(`SELECT id, owner_id FROM treatments WHERE organization_id IS NULL AND slug = $1`, [
            c.treatment,
          ])
        : [];
      if (c.treatment && !treatment) throw new Error(`demo-patients.json refers to unknown treatment "${c.treatment}"`);
      await run(
        `INSERT INTO consents (organization_id, patient_id, kind, treatment_owner_id, treatment_id, content_version, signed_at, withdrawn_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7), now() - make_interval(days => $8))`,
        [
          org.id,
          patient.id,
          c.kind,
          treatment?.owner_id ?? null,
          treatment?.id ?? null,
          c.contentVersion,
          c.signedDaysAgo,
          c.withdrawnDaysAgo ?? null,
        ],
      );
    }
  }
  return true;
}
