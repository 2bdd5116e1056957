/**
 * Demo courses of the demo organization, one in each state (PLANNED, ACTIVE, COMPLETED,
 * CANCELLED), with a clearance, completed sessions carrying their record and aftercare
 * plan, a booked session this week and a late session. Dates are relative to the day of
 * loading in each clinic's zone, on days the practitioner works. Loaded once (when the
 * organization has no courses yet), also into an existing demo database.
 */
import data from './demo-courses.json';
import library from './treatment-library.json';
import { aftercarePlan, AftercareContent } from '../../modules/course/aftercare.rules';
import { addDays } from '../../modules/eligibility/local-date';
import { localDateOf, startOfLocalDay } from '../../modules/course/zoned-time';

type Run = (sql: string, params?: unknown[]) => Promise<unknown[]>;

interface DemoSession {
  daysFromToday: number;
  weekdays: number[];
  time: string;
  practitioner: string;
  status: string;
  cancelReason?: string;
  record?: unknown;
}

/** The closest day on or before `date` (after, for future days) that is one of `weekdays` (ISO, Monday 1). */
function workingDay(date: string, weekdays: number[], forward: boolean): string {
  let day = date;
  const isoDay = (d: string) => ((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  while (!weekdays.includes(isoDay(day))) day = addDays(day, forward ? 1 : -1);
  return day;
}

function at(date: string, time: string, zone: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(startOfLocalDay(date, zone).getTime() + (h * 60 + m) * 60_000);
}

const AFTERCARE = new Map(library.treatments.map((t) => [t.slug, t.aftercare as AftercareContent[]]));
const STEPS = new Map(library.protocols.map((p) => [p.slug, p.steps.map((s) => s.treatment)]));

export async function loadDemoCourses(runUntyped: Run): Promise<boolean> {
  const run = async <Row = { id: string }>(sql: string, params?: unknown[]) => (await runUntyped(sql, params)) as Row[];
  const [org] = await run(`SELECT id FROM organizations WHERE slug = $1`, [data.organization]);
  if (!org) return false;
  await run(`SELECT set_config('app.organization_id', $1, true), set_config('app.patient_id', '', true)`, [org.id]);
  const [existing] = await run(`SELECT 1 FROM courses WHERE organization_id = $1 LIMIT 1`, [org.id]);
  if (existing) return false;
  const [anyPatient] = await run(`SELECT 1 FROM patients WHERE organization_id = $1 LIMIT 1`, [org.id]);
  if (!anyPatient) return false;
  for (const c of data.courses) {
    const [ids] = await run<{
      patient_id: string;
      clinic_id: string;
      time_zone: string;
      protocol_id: string;
      protocol_owner_id: string;
      lead_id: string;
      duration: number;
    }>(
      `SELECT pa.id AS patient_id, cl.id AS clinic_id, cl.time_zone, pr.id AS protocol_id, pr.owner_id AS protocol_owner_id, le.id AS lead_id,
              coalesce(o.duration_minutes, d.duration_minutes, 60) AS duration
         FROM patients pa, clinics cl, protocols pr, practitioners le
         LEFT JOIN offering_settings d ON d.organization_id = $1 AND d.clinic_id IS NULL
           AND d.protocol_id = (SELECT id FROM protocols WHERE organization_id IS NULL AND slug = $3)
         LEFT JOIN offering_settings o ON o.clinic_id = (SELECT id FROM clinics WHERE organization_id = $1 AND slug = $4) AND o.protocol_id = d.protocol_id
        WHERE pa.organization_id = $1 AND pa.email = $2 AND cl.organization_id = $1 AND cl.slug = $4
          AND pr.organization_id IS NULL AND pr.slug = $3 AND le.organization_id = $1 AND le.slug = $5`,
      [org.id, c.patient, c.protocol, c.clinic, c.lead],
    );
    if (!ids) throw new Error(`demo-courses.json: unknown patient, clinic, protocol or practitioner in the course of ${c.patient}`);
    const today = localDateOf(new Date(), ids.time_zone);
    const [course] = await run(
      `INSERT INTO courses (organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id, target_concerns,
                            planned_sessions, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - make_interval(days => $10)) RETURNING id`,
      [
        org.id,
        ids.patient_id,
        ids.clinic_id,
        ids.protocol_owner_id,
        ids.protocol_id,
        ids.lead_id,
        c.targetConcerns,
        c.plannedSessions,
        c.status,
        c.startedDaysAgo,
      ],
    );
    for (const clearance of c.clearances) {
      await run(
        `INSERT INTO eligibility_clearances (organization_id, patient_id, screening_id, treatment_owner_id, treatment_id, code, note, practitioner_id)
         SELECT $1, $2, (SELECT s.id FROM screenings s WHERE s.patient_id = $2 ORDER BY s.screened_on DESC, s.recorded_at DESC LIMIT 1),
                t.owner_id, t.id, $4, $5, (SELECT id FROM practitioners WHERE organization_id = $1 AND slug = $6)
           FROM treatments t WHERE t.organization_id IS NULL AND t.slug = $3`,
        [org.id, ids.patient_id, clearance.treatment, clearance.code, clearance.note, clearance.practitioner],
      );
    }
    for (const s of c.sessions as DemoSession[]) {
      const day = workingDay(addDays(today, s.daysFromToday), s.weekdays, s.daysFromToday > 0);
      const startsAt = at(day, s.time, ids.time_zone);
      const endsAt = new Date(startsAt.getTime() + ids.duration * 60_000);
      const completed = s.status === 'COMPLETED';
      const aftercare = completed
        ? aftercarePlan(
            (STEPS.get(c.protocol) ?? []).map((slug) => ({ slug, aftercare: AFTERCARE.get(slug) ?? [] })),
            endsAt,
            ids.time_zone,
          ).map((a) => ({ ...a, until: a.until.toISOString() }))
        : null;
      await run(
        `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at, status,
                                      cancel_reason, checked_in_at, completed_at, record, aftercare)
         VALUES ($1, $2, $3, $4, (SELECT id FROM practitioners WHERE organization_id = $1 AND slug = $5), $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          org.id,
          course.id,
          ids.patient_id,
          ids.clinic_id,
          s.practitioner,
          startsAt,
          endsAt,
          s.status,
          s.cancelReason ?? null,
          completed ? new Date(startsAt.getTime() - 10 * 60_000) : null,
          completed ? endsAt : null,
          s.record ? JSON.stringify(s.record) : null,
          aftercare ? JSON.stringify(aftercare) : null,
        ],
      );
    }
  }
  return true;
}
