/**
 * A large, realistic organization generated with set-based SQL (INSERT ... SELECT over
 * generate_series and temporary tables, random() seeded by setseed), never one insert
 * per row: clinics, practitioners qualified for the library's treatments, patients with
 * Fitzpatrick skin types, courses of the library's microneedling protocols following their
 * spacing, sessions in every state on a grid no practitioner or patient overlaps on, outcome
 * measurements on validated scales with the published effect sizes, and adverse events at
 * realistic rates. Used by `npm run demo:generate` (scripts/generate-demo.ts), the
 * analytics benchmark and its test.
 *
 * The model (see README, "Large data"):
 * - Time: courses start on a weekday of the 160 weeks up to four weeks after the current
 *   week; a course keeps its weekday. Sessions follow the protocol's spacing in whole weeks:
 *   microneedling and microneedling + PRP every 4-6 weeks (5% late at 7), the alternating
 *   microneedling / glycolic peel protocol every 2-4 weeks; a missed session (no-show or
 *   cancellation) is rebooked a week later. Past sessions are COMPLETED, NO_SHOW or
 *   CANCELLED; only the next session after today is booked (SCHEDULED). 7% of courses stop
 *   early (CANCELLED).
 * - No overlaps, by construction: a patient has one course at a time (a second course
 *   starts at least 52 weeks after the first, longer than any course lasts), so a patient's
 *   sessions fall on different days; the sessions of a clinic's day are dealt round-robin
 *   to its practitioners and laid end to end from 09:00 with 15 minutes between them. The
 *   exclusion constraints check it again on insert.
 * - Outcomes: a baseline at the consultation (the course's start, 1-3 weeks before the
 *   first session), the concern's clinician scale after every completed session
 *   (Goodman & Baron qualitative grade for acne scars, Glogau for ageing, mMASI for
 *   pigmentation), and GAIS and patient satisfaction after the last completed session.
 *   Each course has a response drawn around its protocol's mean: acne-scar grades fall
 *   from about 3.2 to about 2.4 with microneedling and to about 2.1 with microneedling +
 *   PRP (odds ratio of improving by at least one grade about 3, as the meta-analysis found),
 *   satisfaction rises more with PRP.
 * - Adverse events per completed session: erythema 30% (no difference between protocols in
 *   severe erythema), oedema, pain, peeling (mostly after peels), PIH about 0.8% for skin
 *   types I-III and 3% for IV-VI (2.5 times that after a peel), infection, tram-track
 *   scarring and granuloma rare.
 *
 * Everything runs in one transaction on one connection (a failure leaves nothing behind),
 * with each table analyzed before the tables referencing it are filled (foreign-key checks
 * planned against a table PostgreSQL believes empty scan it for every row); the tables
 * written are vacuumed and analyzed after the commit.
 */
import { DataSource, QueryRunner } from 'typeorm';

export interface GenerateOptions {
  /** Organization slug; the generator refuses an existing one. */
  slug: string;
  /** Sessions to generate (exactly this many, in every state). */
  sessions: number;
  /** setseed() value: the same seed gives the same organization (ids and dates relative to the current week aside). */
  seed?: number;
  /** Practitioners per clinic. */
  practitionersPerClinic?: number;
  /** Progress lines (each step and its time). */
  log?: (line: string) => void;
}

export interface GeneratedOrganization {
  id: string;
  slug: string;
  /** Rows created per table. */
  rows: Record<string, number>;
  /** Sessions per status. */
  sessionStatuses: Record<string, number>;
  /** Seconds per step, in order. */
  steps: Array<{ step: string; seconds: number }>;
  seconds: number;
}

export class OrganizationExistsError extends Error {}

/** Sessions a practitioner sees on an average working day (load is spread over 800 working days). */
const SESSIONS_PER_PRACTITIONER_DAY = 3.5;
const WORKING_DAYS = 800;
const SESSIONS_PER_COURSE = 4.85;
/** The library protocols generated (half, 30% and 20% of the courses), with duration, price and response (mean drop in acne-scar grade). */
const PROTOCOLS = [
  { slug: 'microneedling', minutes: 60, price: 25000, response: 0.8 },
  { slug: 'microneedling-prp', minutes: 90, price: 45000, response: 1.15 },
  { slug: 'microneedling-alternating-glycolic-peel', minutes: 60, price: 20000, response: 0.95 },
];
const CITIES: Array<[city: string, zone: string, country: string]> = [
  ['Berlin', 'Europe/Berlin', 'DE'],
  ['Hamburg', 'Europe/Berlin', 'DE'],
  ['Munich', 'Europe/Berlin', 'DE'],
  ['Vienna', 'Europe/Vienna', 'AT'],
  ['Zurich', 'Europe/Zurich', 'CH'],
  ['Paris', 'Europe/Paris', 'FR'],
  ['Lyon', 'Europe/Paris', 'FR'],
  ['Amsterdam', 'Europe/Amsterdam', 'NL'],
  ['Madrid', 'Europe/Madrid', 'ES'],
  ['London', 'Europe/London', 'GB'],
];
const GIVEN = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemi',
  'Lea',
  'Malik',
  'Nora',
  'Omar',
  'Paula',
];
const FAMILY = [
  'Adeyemi',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hoffmann',
  'Ivanova',
  'Jansen',
  'Kaya',
  'Laurent',
  'Moreau',
  'Nguyen',
  'Okafor',
  'Petrov',
];

/** A standard normal variate from two uniforms (Box-Muller), in SQL. */
const NORMAL = `(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;

/** How many clinics and practitioners carry `sessions` at the target load. */
export function shapeFor(
  sessions: number,
  practitionersPerClinic = 4,
): { clinics: number; practitioners: number; courses: number; patients: number } {
  const practitioners = Math.max(practitionersPerClinic, Math.ceil(sessions / (SESSIONS_PER_PRACTITIONER_DAY * WORKING_DAYS)));
  const clinics = Math.ceil(practitioners / practitionersPerClinic);
  // 6% more courses than needed on average; the last ones are cut to hit the session count exactly.
  const courses = Math.ceil((sessions / SESSIONS_PER_COURSE) * 1.06) + 20;
  return { clinics, practitioners: clinics * practitionersPerClinic, courses, patients: Math.ceil(courses / 1.13) };
}

export async function generateOrganization(owner: DataSource, options: GenerateOptions): Promise<GeneratedOrganization> {
  if (!Number.isInteger(options.sessions) || options.sessions < 1) throw new Error('sessions must be a positive whole number');
  const log = options.log ?? (() => undefined);
  const perClinic = options.practitionersPerClinic ?? 4;
  const shape = shapeFor(options.sessions, perClinic);
  const runner: QueryRunner = owner.createQueryRunner();
  const started = performance.now();
  const steps: GeneratedOrganization['steps'] = [];
  await runner.connect();
  try {
    const q = async <Row = Record<string, unknown>>(sql: string, params: unknown[] = []) => {
      const t0 = performance.now();
      const rows = (await runner.query(sql, params)) as Row[];
      const seconds = (performance.now() - t0) / 1000;
      // The statements that take time, for whoever tunes this.
      if (seconds >= 5) log(`  ${seconds.toFixed(1)} s: ${sql.replace(/\s+/g, ' ').trim().slice(0, 70)}...`);
      return rows;
    };
    const step = async (name: string, fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      const seconds = (performance.now() - t0) / 1000;
      steps.push({ step: name, seconds });
      log(`${name}: ${seconds.toFixed(1)} s`);
    };

    await runner.startTransaction();
    // Deterministic random(): no parallel workers (each would have its own generator).
    await q(`SET LOCAL max_parallel_workers_per_gather = 0`);
    await q(`SET LOCAL work_mem = '64MB'`);
    await q(`SELECT pg_advisory_xact_lock(hashtext('clinicgraph.demo-generate'))`);
    const [existing] = await q<{ id: string }>(`SELECT id FROM organizations WHERE slug = $1`, [options.slug]);
    if (existing) {
      throw new OrganizationExistsError(
        `An organization with slug "${options.slug}" already exists (${existing.id}); nothing was changed. ` +
          'Choose another --slug (the generator never adds to or replaces an existing organization).',
      );
    }
    const protocols = await q<{ slug: string; id: string; owner_id: string }>(
      `SELECT slug, id, owner_id FROM protocols WHERE organization_id IS NULL AND slug = ANY($1::text[])`,
      [PROTOCOLS.map((p) => p.slug)],
    );
    if (protocols.length !== PROTOCOLS.length) {
      throw new Error(
        'The treatment library is not loaded (its microneedling protocols are missing): start the app once or load the demo data.',
      );
    }
    await q(`SELECT setseed($1)`, [((options.seed ?? 42) % 1000) / 1000]);

    const [{ id }] = await q<{ id: string }>(
      `INSERT INTO organizations (slug, name, currency, default_time_zone) VALUES ($1, $2, 'EUR', 'Europe/Berlin') RETURNING id`,
      [options.slug, `Generated Organization ${options.slug}`],
    );
    // Tables under FORCE ROW LEVEL SECURITY check this when the owner is not a superuser.
    await q(`SELECT set_config('app.organization_id', $1, true), set_config('app.patient_id', '', true)`, [id]);

    await step(`clinics (${shape.clinics}), opening hours, practitioners (${shape.practitioners}), qualifications, offerings`, async () => {
      await q(
        `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
         SELECT $1, 'clinic-' || lpad(i::text, 4, '0'), ($3::text[])[k] || ' ' || lpad(i::text, 4, '0'), (10 + i % 90) || ' Hauptstrasse',
                ($3::text[])[k], ($5::text[])[k], ($4::text[])[k]
           FROM generate_series(1, $2::int) AS i CROSS JOIN LATERAL (SELECT 1 + (i - 1) % cardinality($3::text[]) AS k) city`,
        [id, shape.clinics, CITIES.map((c) => c[0]), CITIES.map((c) => c[1]), CITIES.map((c) => c[2])],
      );
      await q(`ANALYZE clinics`);
      await q(
        `INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes)
         SELECT $1, c.id, d, '09:00', '19:00' FROM clinics c, generate_series(1, 5) AS d WHERE c.organization_id = $1`,
        [id],
      );
      await q(
        `WITH staff AS (
           SELECT gen_random_uuid() AS practitioner_id, c.id AS clinic_id, substr(c.slug, 8)::int AS clinic_number, n
             FROM clinics c, generate_series(1, $2::int) AS n WHERE c.organization_id = $1
         ), practitioner_rows AS (
           INSERT INTO practitioners (id, organization_id, slug, title, given_name, family_name, profession, credentials)
           SELECT practitioner_id, $1, 'practitioner-' || clinic_number || '-' || n,
                  CASE WHEN n = 1 THEN 'Dr.' END,
                  ($3::text[])[1 + (clinic_number * 7 + n) % 16], ($4::text[])[1 + (clinic_number * 3 + n * 5) % 16],
                  CASE WHEN n = 1 THEN 'Dermatologist' ELSE 'Aesthetic nurse' END,
                  CASE WHEN n = 1 THEN ARRAY['MD'] ELSE ARRAY['RN'] END
             FROM staff
         )
         INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) SELECT $1, practitioner_id, clinic_id FROM staff`,
        [id, perClinic, GIVEN, FAMILY],
      );
      await q(`ANALYZE practitioners`);
      await q(`ANALYZE practitioner_clinics`);
      await q(
        `INSERT INTO practitioner_working_hours (organization_id, practitioner_id, clinic_id, day_of_week, starts, ends)
         SELECT $1, pc.practitioner_id, pc.clinic_id, d, '09:00', '19:00'
           FROM practitioner_clinics pc, generate_series(1, 5) AS d WHERE pc.organization_id = $1`,
        [id],
      );
      // Qualified for every library treatment, granted before the first course and valid beyond the last session.
      await q(
        `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on, expires_on)
         SELECT $1, p.id, t.owner_id, t.id, current_date - 1400, current_date + 730
           FROM practitioners p CROSS JOIN treatments t
          WHERE p.organization_id = $1 AND t.organization_id IS NULL`,
        [id],
      );
      await q(
        `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, enabled, price_amount, currency, duration_minutes, bookable_online)
         SELECT $1, p.owner_id, p.id, true, g.price, 'EUR', g.minutes, true
           FROM protocols p JOIN jsonb_to_recordset($2::jsonb) AS g(slug text, price int, minutes int) ON g.slug = p.slug
          WHERE p.organization_id IS NULL`,
        [id, JSON.stringify(PROTOCOLS)],
      );
    });

    await step(`patients (${shape.patients})`, async () => {
      // Skin types of a European clientele; 2% not recorded. Patients with two courses start their first one earlier.
      await q(
        `CREATE TEMP TABLE gen_patients ON COMMIT DROP AS
         SELECT n, gen_random_uuid() AS id, 1 + (random() * ($2::int - 1))::int AS clinic_no,
                CASE WHEN u < 0.02 THEN NULL WHEN u < 0.07 THEN 'I' WHEN u < 0.30 THEN 'II' WHEN u < 0.60 THEN 'III'
                     WHEN u < 0.80 THEN 'IV' WHEN u < 0.92 THEN 'V' ELSE 'VI' END AS skin_type,
                (random() < 0.13) AS two_courses, random() AS r
           FROM (SELECT n, random() AS u FROM generate_series(1, $1::int) AS n) s`,
        [shape.patients, shape.clinics],
      );
      await q(
        `INSERT INTO patients (id, organization_id, given_name, family_name, date_of_birth, email, phone, skin_type, preferred_clinic_id, created_at)
         SELECT gp.id, $1, ($3::text[])[1 + gp.n % 16], ($4::text[])[1 + (gp.n / 16) % 16] || '-' || gp.n,
                DATE '1960-01-01' + (random() * 16000)::int,
                'patient-' || gp.n || '@' || $2 || '.example', '+4915' || lpad((gp.n % 100000000)::text, 9, '0'),
                gp.skin_type, c.id, now() - interval '3 years 2 months'
           FROM gen_patients gp JOIN clinics c ON c.organization_id = $1 AND c.slug = 'clinic-' || lpad(gp.clinic_no::text, 4, '0')`,
        [id, options.slug, GIVEN, FAMILY],
      );
      await q(`ANALYZE patients`);
    });

    await step('course plans and session grid', async () => {
      // Courses: the patient's first, and for some a second one a year or more later, in random order (course_no).
      await q(
        `CREATE TEMP TABLE gen_courses ON COMMIT DROP AS
         WITH raw AS (
           SELECT gp.id AS patient_id, gp.clinic_no, gp.skin_type, k,
                  CASE WHEN NOT gp.two_courses THEN -156 + floor(gp.r * 161)::int
                       WHEN k = 1 THEN -156 + floor(gp.r * 77)::int
                       ELSE -156 + floor(gp.r * 77)::int + 52 + floor(random() * 26)::int END AS start_week
             FROM gen_patients gp CROSS JOIN generate_series(1, 2) AS k
            WHERE k = 1 OR gp.two_courses
         ), drawn AS (
           SELECT raw.*, random() AS u_protocol, random() AS u_concern, random() AS u_planned, 1 + floor(random() * 5)::int AS weekday,
                  1 + floor(random() * $2::int)::int AS lead_no, ${NORMAL} AS z, random() AS u_dropout, random() AS u_baseline,
                  random() AS u_sat
             FROM raw
         )
         SELECT row_number() OVER (ORDER BY random()) AS course_no, gen_random_uuid() AS id, d.*,
                p.slug AS protocol, p.minutes, p.response,
                CASE p.slug
                  WHEN 'microneedling' THEN CASE WHEN u_concern < 0.40 THEN 'ACNE_SCARS' WHEN u_concern < 0.70 THEN 'FINE_LINES_AND_WRINKLES'
                                                 WHEN u_concern < 0.90 THEN 'UNEVEN_SKIN_TONE' ELSE 'STRETCH_MARKS' END
                  WHEN 'microneedling-prp' THEN CASE WHEN u_concern < 0.60 THEN 'ACNE_SCARS' WHEN u_concern < 0.85 THEN 'FINE_LINES_AND_WRINKLES'
                                                     ELSE 'SKIN_TEXTURE' END
                  ELSE CASE WHEN u_concern < 0.30 THEN 'ACNE_SCARS' WHEN u_concern < 0.65 THEN 'UNEVEN_SKIN_TONE' ELSE 'HYPERPIGMENTATION' END
                END AS concern,
                CASE WHEN p.slug = 'microneedling-alternating-glycolic-peel' THEN 6 ELSE 3 + floor(u_planned * 4)::int END AS planned,
                -- The course's response: the protocol's mean, varying between patients.
                p.response + 0.55 * z AS effect,
                -- 7% stop early, after 1 to planned - 1 attended sessions.
                CASE WHEN u_dropout < 0.07 THEN 1 + floor(random() * (CASE WHEN p.slug = 'microneedling-alternating-glycolic-peel' THEN 5
                                                                            ELSE 2 + floor(u_planned * 4)::int END))::int END AS stop_after
           FROM drawn d
           JOIN jsonb_to_recordset($1::jsonb) AS p(slug text, minutes int, response float8)
             ON p.slug = CASE WHEN d.u_protocol < 0.5 THEN 'microneedling' WHEN d.u_protocol < 0.8 THEN 'microneedling-prp'
                              ELSE 'microneedling-alternating-glycolic-peel' END`,
        [JSON.stringify(PROTOCOLS), perClinic],
      );
      // Session slots: planned + 2 (room for rebooked misses), the gap before each in weeks, kept while fewer
      // than planned (or, for a course stopped early, its stopping point) were attended, and only the next one after today.
      await q(
        `CREATE TEMP TABLE gen_slots ON COMMIT DROP AS
         WITH slots AS (
           SELECT c.course_no, j, c.planned, c.protocol, c.stop_after,
                  random() < 0.09 AS missed,
                  CASE WHEN c.protocol = 'microneedling-alternating-glycolic-peel' THEN 2 + floor(random() * 3)::int
                       ELSE (ARRAY[4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 7])[1 + floor(random() * 20)::int] END AS regular_gap,
                  date_trunc('week', now())::date + 7 * c.start_week + (c.weekday - 1) AS first_day
             FROM gen_courses c CROSS JOIN LATERAL generate_series(1, c.planned + 2) AS j
         ), gaps AS (
           SELECT s.*, CASE WHEN j = 1 THEN 0 WHEN lag(missed) OVER w THEN 1 ELSE regular_gap END AS gap,
                  coalesce(sum((NOT missed)::int) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS attended_before
             FROM slots s WINDOW w AS (PARTITION BY course_no ORDER BY j)
         ), dated AS (
           SELECT g.*, first_day + 7 * sum(gap) OVER (PARTITION BY course_no ORDER BY j)::int AS day
             FROM gaps g
            WHERE attended_before < coalesce(stop_after, planned)
         )
         SELECT d.*, lag(day) OVER (PARTITION BY course_no ORDER BY j) AS previous_day
           FROM dated d`,
      );
      await q(`DELETE FROM gen_slots WHERE previous_day >= current_date`);
      // Exactly the sessions asked for: whole courses in course_no order, the last one cut short.
      await q(
        `CREATE TEMP TABLE gen_sessions ON COMMIT DROP AS
         WITH counted AS (
           SELECT s.*, count(*) OVER (PARTITION BY course_no) AS n,
                  row_number() OVER (PARTITION BY course_no ORDER BY j) AS position
             FROM gen_slots s
         ), cumulative AS (
           SELECT c.*, sum(n) FILTER (WHERE position = 1) OVER (ORDER BY course_no) - n AS before FROM counted c
         )
         SELECT course_no, j, position, missed, protocol, day, stop_after,
                CASE WHEN day >= current_date THEN 'SCHEDULED'
                     WHEN NOT missed THEN 'COMPLETED'
                     WHEN random() < 0.45 THEN 'NO_SHOW' ELSE 'CANCELLED' END AS status
           FROM cumulative WHERE before < $1 AND position <= $1 - before`,
        [options.sessions],
      );
      await q(`ANALYZE gen_sessions`);
      await q(`ANALYZE gen_courses`);
      // The clinic's day dealt round-robin to its practitioners, each one's sessions end to end from 09:00.
      await q(
        `CREATE TEMP TABLE gen_timed ON COMMIT DROP AS
         WITH dealt AS (
           SELECT s.*, c.id AS course_id, c.patient_id, c.clinic_no, c.minutes,
                  row_number() OVER (PARTITION BY c.clinic_no, s.day ORDER BY random()) AS rank_of_day
             FROM gen_sessions s JOIN gen_courses c USING (course_no)
         ), assigned AS (
           SELECT d.*, 1 + (rank_of_day - 1) % $1::int AS practitioner_no FROM dealt d
         )
         SELECT a.*, coalesce(sum(minutes + 15) OVER (PARTITION BY clinic_no, day, practitioner_no ORDER BY rank_of_day
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS offset_minutes
           FROM assigned a`,
        [perClinic],
      );
      await q(`ANALYZE gen_timed`);
    });

    await step('courses', async () => {
      await q(
        `INSERT INTO courses (id, organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id,
                              target_concerns, planned_sessions, status, created_at, updated_at)
         SELECT c.id, $1, c.patient_id, cl.id, pr.owner_id, pr.id, lead.id, ARRAY[c.concern], c.planned,
                CASE WHEN s.past = 0 THEN 'PLANNED' WHEN s.future > 0 THEN 'ACTIVE'
                     WHEN c.stop_after IS NOT NULL THEN 'CANCELLED' WHEN s.attended >= c.planned THEN 'COMPLETED' ELSE 'ACTIVE' END,
                c.created_at, greatest(c.created_at, s.last_day::timestamptz)
           FROM (SELECT gc.*,
                        least(now() - interval '1 hour', (cs.first_day - (7 + floor(gc.u_baseline * 15))::int)::timestamp AT TIME ZONE 'UTC' + interval '10 hours') AS created_at
                   FROM gen_courses gc
                   JOIN (SELECT course_no, min(day) AS first_day FROM gen_sessions GROUP BY course_no) cs USING (course_no)) c
           JOIN (SELECT course_no, count(*) FILTER (WHERE day < current_date) AS past, count(*) FILTER (WHERE day >= current_date) AS future,
                        count(*) FILTER (WHERE status = 'COMPLETED') AS attended, max(day) AS last_day
                   FROM gen_sessions GROUP BY course_no) s USING (course_no)
           JOIN clinics cl ON cl.organization_id = $1 AND cl.slug = 'clinic-' || lpad(c.clinic_no::text, 4, '0')
           JOIN protocols pr ON pr.organization_id IS NULL AND pr.slug = c.protocol
           JOIN practitioners lead ON lead.organization_id = $1
            AND lead.slug = 'practitioner-' || c.clinic_no || '-' || c.lead_no`,
        [id],
      );
      await q(`ANALYZE courses`);
    });

    await step('sessions', async () => {
      // Completed sessions carry their record (areas and depths as the device maker's guide gives them for the concern).
      await q(
        `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at, status,
                                      cancel_reason, checked_in_at, completed_at, record, created_at, updated_at)
         SELECT $1, t.course_id, t.patient_id, cl.id, pr.id, times.starts_at, times.starts_at + make_interval(mins => t.minutes), t.status,
                CASE WHEN t.status = 'CANCELLED' THEN 'Cancelled by the patient; rebooked.' END,
                CASE WHEN t.status = 'COMPLETED' THEN times.starts_at - interval '10 minutes' END,
                CASE WHEN t.status = 'COMPLETED' THEN times.starts_at + make_interval(mins => t.minutes) END,
                CASE WHEN t.status = 'COMPLETED' THEN jsonb_build_object(
                  'areas', CASE c.concern
                             WHEN 'ACNE_SCARS' THEN '[{"area":"CHEEKS","needleDepthMm":1.5,"note":null}]'::jsonb
                             WHEN 'STRETCH_MARKS' THEN '[{"area":"ABDOMEN","needleDepthMm":1.75,"note":null}]'::jsonb
                             ELSE '[{"area":"CHEEKS","needleDepthMm":1.0,"note":null},{"area":"FOREHEAD","needleDepthMm":0.5,"note":null}]'::jsonb END,
                  'device', 'Dermapen 4', 'numbingApplied', true, 'numbingMinutes', 30,
                  'products', CASE WHEN t.protocol = 'microneedling-prp' THEN '[{"name":"Autologous PRP","lotNumber":null}]'::jsonb
                                   ELSE '[{"name":"Hyaluronic acid serum","lotNumber":"HA-24-0917"}]'::jsonb END,
                  'notes', NULL, 'adverseEvents', '[]'::jsonb) END,
                times.starts_at - interval '14 days', times.starts_at
           FROM gen_timed t
           JOIN gen_courses c USING (course_no)
           JOIN clinics cl ON cl.organization_id = $1 AND cl.slug = 'clinic-' || lpad(t.clinic_no::text, 4, '0')
           JOIN practitioners pr ON pr.organization_id = $1 AND pr.slug = 'practitioner-' || t.clinic_no || '-' || t.practitioner_no
           CROSS JOIN LATERAL (SELECT ((t.day + time '09:00') + make_interval(mins => t.offset_minutes::int)) AT TIME ZONE cl.time_zone AS starts_at) times`,
        [id],
      );
      await q(`ANALYZE course_sessions`);
    });

    await step('outcome measurements', async () => {
      // Baselines at the consultation (course start), before any session.
      await q(
        `CREATE TEMP TABLE gen_scales ON COMMIT DROP AS
         SELECT c.id AS course_id, c.course_no, c.effect, c.response, co.created_at, co.lead_practitioner_id,
                CASE WHEN c.concern = 'ACNE_SCARS' THEN 'GOODMAN_BARON_QUALITATIVE'
                     WHEN c.concern IN ('FINE_LINES_AND_WRINKLES', 'SKIN_TEXTURE') THEN 'GLOGAU'
                     WHEN c.concern IN ('UNEVEN_SKIN_TONE', 'HYPERPIGMENTATION') THEN 'MMASI' END AS scale,
                CASE WHEN c.concern = 'STRETCH_MARKS' THEN 'ABDOMEN' WHEN c.concern = 'ACNE_SCARS' THEN 'CHEEKS' ELSE 'FACE' END AS area,
                CASE WHEN c.concern = 'ACNE_SCARS' THEN CASE WHEN c.u_baseline < 0.15 THEN 2 WHEN c.u_baseline < 0.65 THEN 3 ELSE 4 END
                     WHEN c.concern IN ('FINE_LINES_AND_WRINKLES', 'SKIN_TEXTURE') THEN CASE WHEN c.u_baseline < 0.3 THEN 2 WHEN c.u_baseline < 0.8 THEN 3 ELSE 4 END
                     ELSE round((3 + 11 * c.u_baseline)::numeric, 1) END AS baseline,
                2 + floor(c.u_sat * 4)::int AS satisfaction_baseline
           FROM gen_courses c JOIN courses co ON co.organization_id = $1 AND co.id = c.id`,
        [id],
      );
      await q(`ANALYZE gen_scales`);
      await q(
        `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                           assessed_by, practitioner_id, assessed_at, recorded_at)
         SELECT $1, co.id, co.patient_id, co.clinic_id, NULL, m.scale, m.version, m.value, m.area, m.assessed_by,
                CASE WHEN m.assessed_by = 'CLINICIAN' THEN co.lead_practitioner_id END, co.created_at, co.created_at
           FROM gen_scales g
           JOIN courses co ON co.organization_id = $1 AND co.id = g.course_id
           CROSS JOIN LATERAL (VALUES
             (g.scale, g.baseline::numeric, g.area, 'CLINICIAN'),
             ('SATISFACTION', g.satisfaction_baseline::numeric, g.area, 'PATIENT')) AS m0(scale, value, area, assessed_by)
           CROSS JOIN LATERAL (SELECT m0.*, CASE m0.scale WHEN 'GOODMAN_BARON_QUALITATIVE' THEN 'Goodman & Baron 2006 qualitative'
                                                    WHEN 'GLOGAU' THEN 'Glogau 1996' WHEN 'MMASI' THEN 'mMASI (Pandya 2011)'
                                                    ELSE '0-10 numeric rating' END AS version) m
          WHERE m.scale IS NOT NULL`,
        [id],
      );
      // After each completed session: the concern's clinician scale, moving with the share of the course done.
      await q(
        `CREATE TEMP TABLE gen_completed ON COMMIT DROP AS
         SELECT c.course_no, s.id AS session_id, s.course_id, s.patient_id, s.clinic_id, s.practitioner_id, s.ends_at, s.starts_at,
                row_number() OVER (PARTITION BY c.course_no ORDER BY s.starts_at) AS attended,
                count(*) OVER (PARTITION BY c.course_no) AS attended_total
           FROM course_sessions s JOIN gen_courses c ON c.id = s.course_id
          WHERE s.organization_id = $1 AND s.status = 'COMPLETED'
          ORDER BY c.course_no, s.starts_at`,
        [id],
      );
      await q(`ANALYZE gen_completed`);
      await q(
        `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                           assessed_by, practitioner_id, assessed_at, recorded_at)
         SELECT $1, s.course_id, s.patient_id, s.clinic_id, s.session_id, g.scale,
                CASE g.scale WHEN 'GOODMAN_BARON_QUALITATIVE' THEN 'Goodman & Baron 2006 qualitative' WHEN 'GLOGAU' THEN 'Glogau 1996'
                             ELSE 'mMASI (Pandya 2011)' END,
                CASE g.scale
                  WHEN 'GOODMAN_BARON_QUALITATIVE' THEN greatest(1, least(4, round(g.baseline - g.effect * done + 0.25 * ${NORMAL})))
                  WHEN 'GLOGAU' THEN greatest(1, least(4, round(g.baseline - 0.6 * g.effect * done + 0.25 * ${NORMAL})))
                  ELSE greatest(0, least(24, round((g.baseline * (1 - 0.4 * g.effect * done) + 0.5 * ${NORMAL})::numeric, 1)))
                END,
                g.area, 'CLINICIAN', s.practitioner_id, s.ends_at, s.ends_at
           FROM gen_completed s
           JOIN gen_scales g USING (course_no)
           JOIN gen_courses c USING (course_no)
           CROSS JOIN LATERAL (SELECT least(1.0, s.attended::float8 / c.planned) AS done) d
          WHERE g.scale IS NOT NULL
          ORDER BY s.course_no, s.attended`,
        [id],
      );
      // After the last completed session: GAIS (clinician) and satisfaction (patient).
      await q(
        `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                           assessed_by, practitioner_id, assessed_at, recorded_at)
         SELECT $1, s.course_id, s.patient_id, s.clinic_id, s.session_id, m.scale, m.version, m.value, g.area, m.assessed_by,
                CASE WHEN m.assessed_by = 'CLINICIAN' THEN s.practitioner_id END, s.ends_at, s.ends_at
           FROM gen_completed s
           JOIN gen_scales g USING (course_no)
           JOIN gen_courses c USING (course_no)
           CROSS JOIN LATERAL (SELECT least(1.0, s.attended::float8 / c.planned) AS done) d
           CROSS JOIN LATERAL (VALUES
             ('GAIS', 'GAIS 5-point', greatest(1, least(5, round(4 - 1.6 * g.effect * d.done + 0.6 * ${NORMAL}))), 'CLINICIAN'),
             ('SATISFACTION', '0-10 numeric rating',
              greatest(0, least(10, round(g.satisfaction_baseline + (1.2 + 2.6 * g.effect) * d.done + 1.2 * ${NORMAL}))), 'PATIENT')
           ) AS m(scale, version, value, assessed_by)
          WHERE s.attended = s.attended_total
          ORDER BY s.course_no, m.scale`,
        [id],
      );
    });

    await step('adverse events', async () => {
      // Per completed session and kind: rate, severity and time to resolution; PIH depends on the skin type, peeling on the peel.
      await q(
        `INSERT INTO adverse_events (organization_id, course_id, session_id, patient_id, clinic_id, kind, severity, onset_at, resolved_at, recorded_at)
         SELECT $1, e.course_id, e.session_id, e.patient_id, e.clinic_id, e.kind, e.severity, e.onset_at,
                CASE WHEN e.resolved_at <= now() THEN e.resolved_at END, least(now(), e.onset_at + interval '1 day')
           FROM (
             SELECT d.*,
                    CASE WHEN d.kind IN ('TRAM_TRACK_SCARRING', 'GRANULOMA') THEN 'SEVERE' WHEN d.kind = 'INFECTION' THEN 'MODERATE'
                         WHEN d.u_severity < 0.85 THEN 'MILD' WHEN d.u_severity < 0.98 THEN 'MODERATE' ELSE 'SEVERE' END AS severity,
                    d.ends_at + make_interval(hours => d.onset_hours) AS onset_at,
                    CASE WHEN d.kind IN ('TRAM_TRACK_SCARRING', 'GRANULOMA') THEN NULL
                         ELSE d.ends_at + make_interval(hours => d.onset_hours) + make_interval(days => d.min_days + floor(d.u_days * d.spread_days)::int) END
                      AS resolved_at
               FROM (
                 -- The draws in a fixed order (volatile outputs are computed after the sort), so a seed reproduces them.
                 SELECT s.course_id, s.session_id, s.patient_id, s.clinic_id, s.ends_at, k.kind, k.onset_hours, k.min_days, k.spread_days,
                        CASE k.kind
                          WHEN 'ERYTHEMA' THEN 0.30
                          WHEN 'OEDEMA' THEN CASE WHEN c.protocol = 'microneedling-prp' THEN 0.10 ELSE 0.06 END
                          WHEN 'PAIN' THEN 0.02
                          WHEN 'PEELING' THEN CASE WHEN peel THEN 0.35 ELSE 0.04 END
                          WHEN 'PIH' THEN CASE WHEN c.skin_type IN ('IV', 'V', 'VI') THEN 0.03 ELSE 0.008 END * CASE WHEN peel THEN 2.5 ELSE 1 END
                          WHEN 'INFECTION' THEN 0.0008
                          WHEN 'TRAM_TRACK_SCARRING' THEN 0.0002
                          ELSE 0.0001 END AS rate,
                        random() AS u_event, random() AS u_severity, random() AS u_days
                   FROM gen_completed s
                   JOIN gen_courses c USING (course_no)
                   CROSS JOIN LATERAL (SELECT c.protocol = 'microneedling-alternating-glycolic-peel' AND s.attended % 2 = 0 AS peel) p
                   CROSS JOIN (VALUES ('ERYTHEMA', 0, 1, 3), ('OEDEMA', 0, 1, 3), ('PAIN', 0, 1, 2), ('PEELING', 48, 3, 5),
                                      ('PIH', 24 * 10, 30, 90), ('INFECTION', 48, 7, 8), ('TRAM_TRACK_SCARRING', 24 * 14, 0, 1),
                                      ('GRANULOMA', 24 * 21, 0, 1)) AS k(kind, onset_hours, min_days, spread_days)
                  ORDER BY s.course_no, s.attended, k.kind
               ) d
              WHERE d.u_event < d.rate
           ) e`,
        [id],
      );
    });

    await step('ANALYZE', () => q(`ANALYZE`));
    await runner.commitTransaction();
    // After the commit (VACUUM cannot run in a transaction): the visibility map and hint bits a
    // live database's autovacuum would have set, so the first queries do not pay for them.
    await step('VACUUM', () =>
      q(`VACUUM (ANALYZE) patients, courses, course_sessions, outcome_measurements, adverse_events, practitioner_qualifications`),
    );

    const rows: Record<string, number> = {};
    for (const table of [
      'clinics',
      'practitioners',
      'practitioner_qualifications',
      'patients',
      'courses',
      'course_sessions',
      'outcome_measurements',
      'adverse_events',
    ]) {
      const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [id]);
      rows[table] = n;
    }
    const statuses = await q<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM course_sessions WHERE organization_id = $1 GROUP BY status ORDER BY status`,
      [id],
    );
    if (rows.course_sessions !== options.sessions) {
      throw new Error(`Generated ${rows.course_sessions} sessions instead of ${options.sessions}`);
    }
    return {
      id,
      slug: options.slug,
      rows,
      sessionStatuses: Object.fromEntries(statuses.map((s) => [s.status, s.n])),
      steps,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
