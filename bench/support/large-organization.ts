/**
 * A large organization written with set-based SQL (generate_series), the same shape as
 * test/support/factories.ts createOrganization (which inserts practitioners one by one
 * and would take minutes at this size): clinics named "Clinic 00001"..., opening hours
 * Monday to Friday, `practitionersPerClinic` practitioners per clinic qualified for every
 * library treatment (the second of each clinic with expired qualifications only), and
 * organization-wide offerings of the given library protocols.
 *
 * Each table is analyzed before the next is filled: foreign-key checks planned against a
 * table PostgreSQL still believes empty scan it for every inserted row (minutes instead
 * of seconds). A fresh connection, so no check plan cached earlier is reused.
 */
import { Client } from 'pg';

export interface LargeOrganizationShape {
  slug: string;
  clinics: number;
  practitionersPerClinic: number;
  protocols: string[];
  cities: string[];
}

export interface LargeOrganization extends LargeOrganizationShape {
  id: string;
  rows: Record<string, number>;
}

const TABLES = [
  'clinics',
  'clinic_opening_hours',
  'practitioners',
  'practitioner_clinics',
  'practitioner_qualifications',
  'offering_settings',
];

export async function createLargeOrganization(ownerUrl: string, shape: LargeOrganizationShape): Promise<LargeOrganization> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'clinicgraph-bench-generator' });
  await client.connect();
  try {
    const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
    const [{ id }] = await q(
      `INSERT INTO organizations (slug, name, currency, default_time_zone) VALUES ($1, $2, 'EUR', 'Europe/Berlin') RETURNING id`,
      [shape.slug, `Benchmark Organization ${shape.slug}`],
    );
    await q(
      `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
       SELECT $1, 'clinic-' || lpad(i::text, 5, '0'), 'Clinic ' || lpad(i::text, 5, '0'), 'Street ' || i,
              ($3::text[])[1 + (i - 1) % array_length($3::text[], 1)], 'DE', 'Europe/Berlin'
         FROM generate_series(1, $2::int) AS i`,
      [id, shape.clinics, shape.cities],
    );
    await q('ANALYZE clinics');
    await q(
      `INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes)
       SELECT $1, c.id, d, '09:00', '18:00' FROM clinics c, generate_series(1, 5) AS d WHERE c.organization_id = $1`,
      [id],
    );
    // Practitioner n of clinic i: slug practitioner-<i>-<n>, as the test factory names them.
    await q(
      `WITH staff AS (
         SELECT gen_random_uuid() AS practitioner_id, c.id AS clinic_id, substr(c.slug, 8)::int AS clinic_number, n
           FROM clinics c, generate_series(1, $2::int) AS n WHERE c.organization_id = $1
       ), practitioner_rows AS (
         INSERT INTO practitioners (id, organization_id, slug, given_name, family_name, profession)
         SELECT practitioner_id, $1, 'practitioner-' || clinic_number || '-' || n, 'Given', 'Family ' || clinic_number || '-' || n, 'Aesthetic nurse'
           FROM staff
       )
       INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) SELECT $1, practitioner_id, clinic_id FROM staff`,
      [id, shape.practitionersPerClinic],
    );
    await q('ANALYZE practitioners');
    await q('ANALYZE practitioner_clinics');
    await q(
      `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on, expires_on)
       SELECT $1, p.id, t.owner_id, t.id, '2019-01-01', CASE WHEN p.slug LIKE '%-2' THEN DATE '2020-01-31' END
         FROM practitioners p CROSS JOIN treatments t
        WHERE p.organization_id = $1 AND t.organization_id IS NULL`,
      [id],
    );
    await q(
      `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       SELECT $1, p.owner_id, p.id, true, 10000, 'EUR', 60, true FROM protocols p WHERE p.organization_id IS NULL AND p.slug = ANY($2::text[])`,
      [id, shape.protocols],
    );
    // Fresh statistics everywhere, as autovacuum would have them on a live database.
    await q('ANALYZE');

    const rows: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [id]);
      rows[table] = n;
    }
    if (
      rows.clinics !== shape.clinics ||
      rows.practitioner_clinics !== shape.clinics * shape.practitionersPerClinic ||
      rows.offering_settings !== shape.protocols.length
    ) {
      throw new Error(`The large organization was not generated as asked: ${JSON.stringify(rows)}`);
    }
    return { ...shape, id, rows };
  } finally {
    await client.end();
  }
}
