/**
 * Loads the shared treatment library (the seed article as data, plus the other
 * treatments and protocols) and the demo organization, each once: loading again
 * changes nothing.
 */
import { DataSource, EntityManager } from 'typeorm';
import library from './treatment-library.json';
import demoOrganization from './demo-organization.json';
import secondDemoOrganization from './second-demo-organization.json';
import { parseEligibilityRules } from '../../modules/eligibility/eligibility-rule-validation';
import { loadDemoCourses } from './load-demo-courses';
import { loadDemoOutcomes } from './load-demo-outcomes';
import { loadDemoPatients } from './load-demo-patients';

/** The shape of a demo organization file. */
interface OrganizationData {
  organization: { slug: string; name: string; currency: string; defaultTimeZone: string };
  clinics: Array<{
    slug: string;
    name: string;
    streetAddress: string;
    locality: string;
    region: string | null;
    postalCode: string | null;
    countryCode: string;
    timeZone: string;
    phone: string | null;
    email: string | null;
    openingHours: Array<{ days: number[]; opens: string; closes: string }>;
  }>;
  practitioners: Array<{
    slug: string;
    title: string | null;
    givenName: string;
    familyName: string;
    profession: string;
    credentials: string[];
    bio: string | null;
    clinics: string[];
    qualifications: Array<{ treatment: string; grantedOn: string; expiresOn: string | null }>;
    /** Weekly working hours per clinic, local times of the clinic. */
    workingHours?: Array<{ clinic: string; days: number[]; starts: string; ends: string }>;
  }>;
  offerings: {
    defaults: Array<{ protocol: string; enabled: boolean; priceAmount: number; durationMinutes: number; bookableOnline: boolean }>;
    overrides: Array<{
      clinic: string;
      protocol: string;
      enabled?: boolean;
      priceAmount?: number;
      durationMinutes?: number;
      bookableOnline?: boolean;
    }>;
  };
}

/** The demo chains: a US chain with three clinics, and a smaller London one (so isolation can be seen). */
export const DEMO_ORGANIZATIONS: OrganizationData[] = [demoOrganization, secondDemoOrganization];

/** Runs one statement; rows are typed by the caller, `RETURNING id` rows by default. */
type Run = <Row = { id: string }>(sql: string, params?: unknown[]) => Promise<Row[]>;

export async function loadDemoData(dataSource: DataSource): Promise<{ library: boolean; organization: boolean }> {
  return dataSource.transaction(async (manager: EntityManager) => {
    const run: Run = <Row>(sql: string, params?: unknown[]) => manager.query<Row[]>(sql, params);
    // One loader at a time, so two starting servers cannot both insert.
    await run(`SELECT pg_advisory_xact_lock(hashtext('clinicgraph.demo-data'))`);
    const loadedLibrary = await loadTreatmentLibrary(run);
    await refreshLibraryEligibilityRules(run);
    let loadedOrganization = false;
    for (const data of DEMO_ORGANIZATIONS) loadedOrganization = (await loadOrganization(run, data)) || loadedOrganization;
    loadedOrganization = (await loadDemoPatients(run)) || loadedOrganization;
    // Also for demo organizations loaded before working hours existed (a durable cluster).
    for (const data of DEMO_ORGANIZATIONS) await loadWorkingHours(run, data);
    loadedOrganization = (await loadDemoCourses(run)) || loadedOrganization;
    loadedOrganization = (await loadDemoOutcomes(run)) || loadedOrganization;
    return { library: loadedLibrary, organization: loadedOrganization };
  });
}

async function loadTreatmentLibrary(run: Run): Promise<boolean> {
  const [existing] = await run(`SELECT 1 FROM treatments WHERE organization_id IS NULL AND slug = 'microneedling'`);
  if (existing) return false;
  const treatmentIds = new Map<string, string>();
  for (const t of library.treatments) {
    const [row] = await run(
      `INSERT INTO treatments (slug, name, category, aliases, invasiveness, summary, description, concerns,
         duration_min_minutes, duration_max_minutes, duration_note, mechanisms, benefits, procedure_steps, recovery, comfort,
         skin_types, safety_note, contraindications, typical_course, aftercare, faq, medically_reviewed_by, last_reviewed_on)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24) RETURNING id`,
      [
        t.slug,
        t.name,
        t.category,
        t.aliases,
        t.invasiveness,
        t.summary,
        t.description,
        t.concerns,
        t.duration.minMinutes,
        t.duration.maxMinutes,
        t.duration.note,
        json(t.mechanisms),
        json(t.benefits),
        json(t.procedureSteps),
        json(t.recovery),
        json(t.comfort),
        json(t.skinTypes),
        t.safetyNote,
        json(t.contraindications),
        json(t.typicalCourse),
        json(t.aftercare),
        json(t.faq),
        t.medicallyReviewedBy,
        t.lastReviewedOn,
      ],
    );
    treatmentIds.set(t.slug, row.id);
  }
  const treatment = (slug: string) => {
    const id = treatmentIds.get(slug);
    if (!id) throw new Error(`treatment-library.json refers to unknown treatment "${slug}"`);
    return id;
  };
  for (const p of library.pairings) {
    // Library rows reference the library: every owner is the nil uuid (owner_id of organization_id NULL).
    await run(
      `INSERT INTO treatment_pairings (treatment_owner_id, treatment_id, paired_treatment_owner_id, paired_treatment_id, note)
       SELECT t.owner_id, t.id, paired.owner_id, paired.id, $3 FROM treatments t, treatments paired WHERE t.id = $1 AND paired.id = $2`,
      [treatment(p.treatment), treatment(p.pairedWith), p.note],
    );
  }
  for (const p of library.protocols) {
    const [row] = await run(
      `INSERT INTO protocols (slug, name, summary, kind, concerns, session_count_min, session_count_max,
         interval_min_days, interval_max_days, course_note)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
      [
        p.slug,
        p.name,
        p.summary,
        p.kind,
        p.concerns,
        p.course.sessionCount.min,
        p.course.sessionCount.max,
        p.course.intervalDays.min,
        p.course.intervalDays.max,
        p.course.note,
      ],
    );
    for (const [index, step] of p.steps.entries()) {
      await run(
        `INSERT INTO protocol_steps (protocol_id, position, treatment_owner_id, treatment_id, min_days_after_previous, max_days_after_previous, note)
         SELECT $1, $2, t.owner_id, t.id, $4, $5, $6 FROM treatments t WHERE t.id = $3`,
        [row.id, index + 1, treatment(step.treatment), step.minDaysAfterPrevious, step.maxDaysAfterPrevious, step.note],
      );
    }
  }
  return true;
}

/**
 * The library's eligibility rules, validated (invalid rules stop the load) and written
 * also into a library loaded before they existed; a rule list already in place is left
 * untouched, so loading again changes nothing.
 */
async function refreshLibraryEligibilityRules(run: Run): Promise<void> {
  for (const t of library.treatments) {
    const rules = parseEligibilityRules(t.eligibilityRules, `treatment-library.json, ${t.slug}`);
    await run(
      `UPDATE treatments SET eligibility_rules = $2::jsonb
        WHERE organization_id IS NULL AND slug = $1 AND eligibility_rules IS DISTINCT FROM $2::jsonb`,
      [t.slug, json(rules)],
    );
  }
}

async function loadOrganization(run: Run, demoOrganization: OrganizationData): Promise<boolean> {
  const o = demoOrganization.organization;
  const [existing] = await run(`SELECT 1 FROM organizations WHERE slug = $1`, [o.slug]);
  if (existing) return false;
  // An owner without BYPASSRLS still writes under row-level security: the organization
  // (its id chosen first) and its rows are written as that organization.
  await run(`SELECT set_config('app.organization_id', gen_random_uuid()::text, true)`);
  const [org] = await run(
    `INSERT INTO organizations (id, slug, name, currency, default_time_zone)
     VALUES (current_setting('app.organization_id')::uuid, $1, $2, $3, $4) RETURNING id`,
    [o.slug, o.name, o.currency, o.defaultTimeZone],
  );
  const clinicIds = new Map<string, string>();
  for (const c of demoOrganization.clinics) {
    const [row] = await run(
      `INSERT INTO clinics (organization_id, slug, name, street_address, locality, region, postal_code, country_code, time_zone, phone, email)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
      [org.id, c.slug, c.name, c.streetAddress, c.locality, c.region, c.postalCode, c.countryCode, c.timeZone, c.phone, c.email],
    );
    clinicIds.set(c.slug, row.id);
    for (const hours of c.openingHours) {
      for (const day of hours.days) {
        await run(`INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes) VALUES ($1,$2,$3,$4,$5)`, [
          org.id,
          row.id,
          day,
          hours.opens,
          hours.closes,
        ]);
      }
    }
  }
  /** A library entry's id; rows referencing it name the library (the nil uuid) as its owner. */
  const lookup = async (table: 'treatments' | 'protocols', slug: string) => {
    const [row] = await run(`SELECT id FROM ${table} WHERE organization_id IS NULL AND slug = $1`, [slug]);
    if (!row) throw new Error(`demo-organization.json refers to unknown ${table} "${slug}"`);
    return row.id;
  };
  const LIBRARY = '00000000-0000-0000-0000-000000000000';
  const clinic = (slug: string) => {
    const id = clinicIds.get(slug);
    if (!id) throw new Error(`demo-organization.json refers to unknown clinic "${slug}"`);
    return id;
  };
  for (const p of demoOrganization.practitioners) {
    const [row] = await run(
      `INSERT INTO practitioners (organization_id, slug, title, given_name, family_name, profession, credentials, bio)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
      [org.id, p.slug, p.title, p.givenName, p.familyName, p.profession, p.credentials, p.bio],
    );
    for (const slug of p.clinics) {
      await run(`INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) VALUES ($1,$2,$3)`, [
        org.id,
        row.id,
        clinic(slug),
      ]);
    }
    for (const q of p.qualifications) {
      await run(
        `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on, expires_on)
         VALUES ($1,$2,$3,$4,$5,$6)`,
        [org.id, row.id, LIBRARY, await lookup('treatments', q.treatment), q.grantedOn, q.expiresOn],
      );
    }
  }
  for (const d of demoOrganization.offerings.defaults) {
    await run(
      `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      [org.id, LIBRARY, await lookup('protocols', d.protocol), d.enabled, d.priceAmount, o.currency, d.durationMinutes, d.bookableOnline],
    );
  }
  for (const v of demoOrganization.offerings.overrides) {
    await run(
      `INSERT INTO offering_settings (organization_id, clinic_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [
        org.id,
        clinic(v.clinic),
        LIBRARY,
        await lookup('protocols', v.protocol),
        v.enabled ?? null,
        v.priceAmount ?? null,
        v.priceAmount == null ? null : o.currency,
        v.durationMinutes ?? null,
        v.bookableOnline ?? null,
      ],
    );
  }
  return true;
}

/** The practitioners' working hours, once: an organization that has any keeps its own. */
async function loadWorkingHours(run: Run, data: OrganizationData): Promise<void> {
  const [org] = await run(`SELECT id FROM organizations WHERE slug = $1`, [data.organization.slug]);
  if (!org) return;
  await run(`SELECT set_config('app.organization_id', $1, true)`, [org.id]);
  const [existing] = await run(`SELECT 1 FROM practitioner_working_hours WHERE organization_id = $1 LIMIT 1`, [org.id]);
  if (existing) return;
  for (const p of data.practitioners) {
    for (const hours of p.workingHours ?? []) {
      await run(
        `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
         SELECT pr.organization_id, pr.id, c.id, d, $4::time, $5::time
           FROM practitioners pr JOIN clinics c ON c.organization_id = pr.organization_id AND c.slug = $3, unnest($6::int[]) AS d
          WHERE pr.organization_id = $1 AND pr.slug = $2`,
        [org.id, p.slug, hours.clinic, hours.starts, hours.ends, hours.days],
      );
    }
  }
}

function json(value: unknown): string {
  return JSON.stringify(value);
}
