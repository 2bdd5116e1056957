/**
 * Demo outcomes (demo-outcomes.json): a cohort of acne-scar courses at one clinic of the
 * demo organization, microneedling alone against microneedling + PRP, with their sessions
 * (a no-show, a cancelled course), Goodman & Baron grades and satisfaction at baseline and
 * after the sessions, GAIS at the end, and adverse events; plus a baseline and a follow-up
 * on Amelia Hart's active course. Enough patients per protocol that outcome analytics
 * shows figures above the privacy minimum (5). Dates are relative to the day of loading.
 * Loaded once (when the organization has no outcome measurements yet).
 */
import data from './demo-outcomes.json';
import { addDays } from '../../modules/eligibility/local-date';
import { localDateOf, startOfLocalDay } from '../../modules/course/zoned-time';

type Run = (sql: string, params?: unknown[]) => Promise<unknown[]>;

const HOUR = 3_600_000;

function at(date: string, time: string, zone: string): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(startOfLocalDay(date, zone).getTime() + (h * 60 + m) * 60_000);
}

export async function loadDemoOutcomes(runUntyped: Run): Promise<boolean> {
  const run = async <Row = { id: string }>(sql: string, params?: unknown[]) => (await runUntyped(sql, params)) as Row[];
  const [ids] = await run<{ org: string; clinic: string; zone: string; lead: string }>(
    `SELECT o.id AS org, c.id AS clinic, c.time_zone AS zone, p.id AS lead FROM organizations o
       JOIN clinics c ON c.organization_id = o.id AND c.slug = $2
       JOIN practitioners p ON p.organization_id = o.id AND p.slug = $3
      WHERE o.slug = $1`,
    [data.organization, data.clinic, data.lead],
  );
  if (!ids) return false;
  await run(`SELECT set_config('app.organization_id', $1, true), set_config('app.patient_id', '', true)`, [ids.org]);
  const [existing] = await run(`SELECT 1 FROM outcome_measurements WHERE organization_id = $1 LIMIT 1`, [ids.org]);
  if (existing) return false;
  const [hartCourse] = await run<{ id: string; patient_id: string; clinic_id: string; lead_practitioner_id: string }>(
    `SELECT c.id, c.patient_id, c.clinic_id, c.lead_practitioner_id FROM courses c JOIN patients p ON p.id = c.patient_id AND p.organization_id = c.organization_id
      WHERE c.organization_id = $1 AND p.email = $2 ORDER BY c.created_at LIMIT 1`,
    [ids.org, data.hart.patient],
  );
  if (!hartCourse) return false;

  const measure = (
    course: { id: string; patient: string; clinic: string },
    sessionId: string | null,
    scale: string,
    value: number,
    assessedAt: Date,
    practitionerId: string | null,
  ) =>
    run(
      `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                         assessed_by, practitioner_id, assessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'FACE', $9, $10, $11)`,
      [
        ids.org,
        course.id,
        course.patient,
        course.clinic,
        sessionId,
        scale,
        VERSIONS[scale],
        value,
        practitionerId ? 'CLINICIAN' : 'PATIENT',
        practitionerId,
        assessedAt,
      ],
    );

  const today = localDateOf(new Date(), ids.zone);
  for (const [i, p] of data.patients.entries()) {
    const [patient] = await run(
      `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth, skin_type, preferred_clinic_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [ids.org, p.givenName, p.familyName, p.dateOfBirth, p.skinType, ids.clinic],
    );
    const [protocol] = await run<{ id: string; owner_id: string }>(
      `SELECT id, owner_id FROM protocols WHERE organization_id IS NULL AND slug = $1`,
      [p.protocol],
    );
    const [row] = await run(
      `INSERT INTO courses (organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id, target_concerns,
                            planned_sessions, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 3, $8, now() - make_interval(days => $9)) RETURNING id`,
      [ids.org, patient.id, ids.clinic, protocol.owner_id, protocol.id, ids.lead, data.targetConcerns, p.status, p.startedDaysAgo],
    );
    const course = { id: row.id, patient: patient.id, clinic: ids.clinic };
    // Sessions five days after the start, then every intervalDays; start times differ by patient so
    // that the lead practitioner's sessions never overlap.
    const sessions: Array<{ id: string; startsAt: Date; status: string }> = [];
    for (const [k, status] of p.sessions.entries()) {
      const day = addDays(today, -p.startedDaysAgo + 5 + k * data.intervalDays);
      const startsAt = new Date(at(day, data.sessionTime, ids.zone).getTime() + ((i % 4) - 2) * HOUR);
      const endsAt = new Date(startsAt.getTime() + HOUR);
      const completed = status === 'COMPLETED';
      const [session] = await run(
        `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at, status,
                                      checked_in_at, completed_at, cancel_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          ids.org,
          course.id,
          patient.id,
          ids.clinic,
          ids.lead,
          startsAt,
          endsAt,
          status,
          completed ? new Date(startsAt.getTime() - 600_000) : null,
          completed ? endsAt : null,
          status === 'CANCELLED' ? 'The patient stopped the course.' : null,
        ],
      );
      sessions.push({ id: session.id, startsAt, status });
    }
    const treated = sessions.filter((s) => s.status === 'COMPLETED');
    const first = treated[0];
    const last = treated[treated.length - 1];
    const before = new Date(first.startsAt.getTime() - HOUR / 2);
    const after = (s: { startsAt: Date }) => new Date(s.startsAt.getTime() + 2 * HOUR);
    const [gbBaseline, gbFinal] = p.goodmanBaron;
    const [satBaseline, satFinal] = p.satisfaction;
    await measure(course, null, 'GOODMAN_BARON_QUALITATIVE', gbBaseline, before, ids.lead);
    await measure(course, null, 'SATISFACTION', satBaseline, before, null);
    await measure(course, first.id, 'GOODMAN_BARON_QUALITATIVE', gbBaseline, after(first), ids.lead);
    await measure(course, last.id, 'GOODMAN_BARON_QUALITATIVE', gbFinal, new Date(after(last).getTime() + 60_000), ids.lead);
    await measure(course, last.id, 'SATISFACTION', satFinal, after(last), null);
    await measure(course, last.id, 'GAIS', p.gais, after(last), ids.lead);
    for (const e of p.adverseEvents) {
      const session = sessions[e.session - 1];
      const onsetAt = new Date(session.startsAt.getTime() + 6 * HOUR);
      await run(
        `INSERT INTO adverse_events (organization_id, course_id, session_id, patient_id, clinic_id, kind, severity, onset_at, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          ids.org,
          course.id,
          session.id,
          patient.id,
          ids.clinic,
          e.kind,
          e.severity,
          onsetAt,
          new Date(onsetAt.getTime() + e.resolvedAfterDays * 24 * HOUR),
        ],
      );
    }
  }

  // Amelia Hart's active course: a baseline before session 1 and a follow-up after it.
  const [hartSession] = await run<{ id: string; starts_at: Date }>(
    `SELECT id, starts_at FROM course_sessions WHERE organization_id = $1 AND course_id = $2 AND status = 'COMPLETED' ORDER BY starts_at LIMIT 1`,
    [ids.org, hartCourse.id],
  );
  if (hartSession) {
    const hart = { id: hartCourse.id, patient: hartCourse.patient_id, clinic: hartCourse.clinic_id };
    const before = new Date(hartSession.starts_at.getTime() - HOUR / 2);
    const after = new Date(hartSession.starts_at.getTime() + 2 * HOUR);
    await measure(hart, null, 'GOODMAN_BARON_QUALITATIVE', data.hart.goodmanBaron[0], before, hartCourse.lead_practitioner_id);
    await measure(hart, hartSession.id, 'GOODMAN_BARON_QUALITATIVE', data.hart.goodmanBaron[1], after, hartCourse.lead_practitioner_id);
    await measure(hart, null, 'SATISFACTION', data.hart.satisfaction[0], before, null);
    await measure(hart, hartSession.id, 'SATISFACTION', data.hart.satisfaction[1], after, null);
  }
  return true;
}

const VERSIONS: Record<string, string> = {
  GOODMAN_BARON_QUALITATIVE: 'Goodman & Baron 2006 qualitative',
  SATISFACTION: '0-10 numeric rating',
  GAIS: 'GAIS 5-point',
};
