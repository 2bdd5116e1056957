/**
 * Calendars for the availability benchmark, written with set-based SQL: working hours
 * Monday to Friday 09:00-18:00 for every practitioner of the large organization (so the
 * calendar tables have a realistic size), and an organization of its own (the large one's
 * clinics stay as the other cases count them) with one clinic, microneedling offered for
 * 60 minutes, and `practitioners` practitioners qualified for every library treatment,
 * working the same hours, with one afternoon of leave each in the first week (so busy
 * time is part of the work).
 */
import { Client } from 'pg';

export interface AvailabilityClinic {
  organizationSlug: string;
  clinicId: string;
  practitioners: number;
  /** Next Monday, 00:00 in the clinic's zone: where the measured range begins. */
  from: Date;
  /** Rows of practitioner_working_hours (both organizations). */
  workingHours: number;
  leave: number;
}

export async function createAvailabilityClinic(
  ownerUrl: string,
  largeOrganizationId: string,
  practitioners: number,
): Promise<AvailabilityClinic> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'clinicgraph-bench-generator' });
  await client.connect();
  try {
    const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
    await q(
      `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
       SELECT pc.organization_id, pc.practitioner_id, pc.clinic_id, d, '09:00', '18:00'
         FROM practitioner_clinics pc CROSS JOIN generate_series(1, 5) AS d WHERE pc.organization_id = $1`,
      [largeOrganizationId],
    );
    const [{ id: organizationId }] = await q(
      `INSERT INTO organizations (slug, name, currency, default_time_zone) VALUES ('bench-availability', 'Benchmark Availability', 'EUR', 'Europe/Berlin') RETURNING id`,
    );
    await q(
      `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       SELECT $1, p.owner_id, p.id, true, 10000, 'EUR', 60, true FROM protocols p WHERE p.organization_id IS NULL AND p.slug = 'microneedling'`,
      [organizationId],
    );
    const [{ id: clinicId }] = await q(
      `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
       VALUES ($1, 'clinic-availability', 'Clinic Availability', 'Street 0', 'Berlin', 'DE', 'Europe/Berlin') RETURNING id`,
      [organizationId],
    );
    await q(
      `INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes)
       SELECT $1, $2, d, '09:00', '18:00' FROM generate_series(1, 5) AS d`,
      [organizationId, clinicId],
    );
    await q(
      `WITH staff AS (
         SELECT gen_random_uuid() AS id, n FROM generate_series(1, $3::int) AS n
       ), practitioner_rows AS (
         INSERT INTO practitioners (id, organization_id, slug, given_name, family_name, profession)
         SELECT id, $1, 'availability-' || n, 'Given', 'Availability ' || n, 'Aesthetic nurse' FROM staff
       ), memberships AS (
         INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) SELECT $1, id, $2 FROM staff
       )
       INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on)
       SELECT $1, staff.id, t.owner_id, t.id, '2019-01-01' FROM staff CROSS JOIN treatments t WHERE t.organization_id IS NULL`,
      [organizationId, clinicId, practitioners],
    );
    await q(
      `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
       SELECT pc.organization_id, pc.practitioner_id, pc.clinic_id, d, '09:00', '18:00'
         FROM practitioner_clinics pc CROSS JOIN generate_series(1, 5) AS d WHERE pc.organization_id = $1`,
      [organizationId],
    );
    await q('ANALYZE');
    const [{ monday }] = await q(`SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Berlin')::date + 7 AS monday`);
    const [{ from }] = await q(`SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Berlin') AS from`, [monday]);
    // Monday 13:00-18:00 of the first week.
    await q(
      `INSERT INTO practitioner_leave (organization_id, practitioner_id, starts_at, ends_at, reason)
       SELECT $1, pc.practitioner_id, ($3::date + time '13:00') AT TIME ZONE 'Europe/Berlin', ($3::date + time '18:00') AT TIME ZONE 'Europe/Berlin', 'Training'
         FROM practitioner_clinics pc WHERE pc.clinic_id = $2`,
      [organizationId, clinicId, monday],
    );
    await q('ANALYZE');
    const [{ n: workingHours }] = await q(`SELECT count(*)::int AS n FROM practitioner_working_hours`);
    const [{ n: leave }] = await q(`SELECT count(*)::int AS n FROM practitioner_leave WHERE organization_id = $1`, [organizationId]);
    return { organizationSlug: 'bench-availability', clinicId, practitioners, from, workingHours, leave };
  } finally {
    await client.end();
  }
}
