/**
 * Fixtures for tests that need their own organization. Until the admin mutations
 * exist they are written with SQL; every test reads them back through the API.
 * Names are random so tests never depend on each other.
 */
import crypto from 'node:crypto';
import { DataSource } from 'typeorm';

export interface OrganizationFixture {
  id: string;
  slug: string;
  clinics: Array<{ id: string; slug: string }>;
  practitioners: Array<{ id: string; slug: string }>;
}

export interface OrganizationShape {
  clinics: number;
  /** Practitioners per clinic, each qualified for every library treatment (one of them expired when > 1). */
  practitionersPerClinic: number;
  /** Library protocols offered, by slug (organization-wide defaults). */
  protocols: string[];
  /** Cities cycle through this list. */
  cities?: string[];
}

const suffix = () => crypto.randomBytes(4).toString('hex');

export async function createOrganization(sql: DataSource, shape: OrganizationShape): Promise<OrganizationFixture> {
  const slug = `test-org-${suffix()}`;
  const [org] = await sql.query(
    `INSERT INTO organizations (slug, name, currency, default_time_zone) VALUES ($1, $2, 'EUR', 'Europe/Berlin') RETURNING id`,
    [slug, `Test Organization ${slug}`],
  );
  const cities = shape.cities ?? ['Berlin', 'Hamburg', 'Munich'];
  const clinics = await sql.query(
    `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
     SELECT $1, 'clinic-' || lpad(i::text, 4, '0'), 'Clinic ' || lpad(i::text, 4, '0'), 'Street ' || i,
            ($3::text[])[1 + (i - 1) % array_length($3::text[], 1)], 'DE', 'Europe/Berlin'
       FROM generate_series(1, $2::int) AS i
     RETURNING id, slug`,
    [org.id, shape.clinics, cities],
  );
  await sql.query(
    `INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes)
     SELECT $1, c.id, d, '09:00', '18:00' FROM clinics c, generate_series(1, 5) AS d WHERE c.organization_id = $1`,
    [org.id],
  );
  const practitioners: Array<{ id: string; slug: string }> = [];
  for (const [index, clinic] of clinics.entries()) {
    for (let p = 1; p <= shape.practitionersPerClinic; p++) {
      const pslug = `practitioner-${index + 1}-${p}`;
      const [row] = await sql.query(
        `INSERT INTO practitioners (organization_id, slug, given_name, family_name, profession)
         VALUES ($1, $2, 'Given', $3, 'Aesthetic nurse') RETURNING id, slug`,
        [org.id, pslug, `Family ${index + 1}-${p}`],
      );
      practitioners.push(row);
      await sql.query(`INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) VALUES ($1, $2, $3)`, [
        org.id,
        row.id,
        clinic.id,
      ]);
      // The second practitioner of each clinic holds expired qualifications only.
      const expiresOn = p === 2 ? '2020-01-31' : null;
      await sql.query(
        `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on, expires_on)
         SELECT $1, $2, t.owner_id, t.id, '2019-01-01', $3 FROM treatments t WHERE t.organization_id IS NULL`,
        [org.id, row.id, expiresOn],
      );
    }
  }
  for (const protocol of shape.protocols) {
    await sql.query(
      `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       SELECT $1, p.owner_id, p.id, true, 10000, 'EUR', 60, true FROM protocols p WHERE p.organization_id IS NULL AND p.slug = $2`,
      [org.id, protocol],
    );
  }
  return { id: org.id, slug, clinics, practitioners };
}
