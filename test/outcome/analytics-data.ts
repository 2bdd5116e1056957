/**
 * The small data set whose analytics the tests compute by hand. Two clinics of an
 * organization of its own, microneedling courses:
 *
 * Clinic 1 (lead practitioner L1), six patients P1-P6 of skin types II, II, III, III, IV, V,
 * courses started 2026-03-10 .. 2026-03-15 (Berlin):
 *   P1 COMPLETED  sessions C C C            ERYTHEMA on s1
 *   P2 COMPLETED  sessions C N C C          ERYTHEMA on s1 and s3          (N: no-show)
 *   P3 COMPLETED  sessions C C C C          ERYTHEMA twice on s1 (one session)
 *   P4 COMPLETED  sessions C C C            PIH on s3
 *   P5 COMPLETED  sessions C C N C
 *   P6 CANCELLED  sessions C X              (X: cancelled)
 * Clinic 2 (L2), three patients P7-P9 of skin type VI, each COMPLETED with C C C; P7 and P8
 * started 2026-04-05, P9 at 2026-03-31T22:30Z, which is already April 1st in Berlin.
 *
 * Goodman & Baron qualitative (clinician, latest follow-up against the baseline):
 *   P1 face 3 -> 3 -> 2 (-1), P1 cheeks 4 -> 3 (-1), P2 4 -> 3 -> 2 (-2), P3 3 -> 3 (0),
 *   P4 2 -> 1 (-1), P5 baseline 3 only (no observation), P6 4 -> 4 (0), P7-P9 3 -> 2 (-1 each).
 * GAIS (clinician): P1 2, P2 1, P3 4 (three patients).
 * DLQI follow-up of P1 without a baseline (written around the API's rules): no observation.
 */
import { TestApp } from '../support/harness';
import { insertAdverseEvent, insertCourse, insertMeasurement, insertPatient, outcomeOrg, OutcomeOrg } from './outcome-fixture';

export interface AnalyticsData extends OutcomeOrg {
  clinicIds: [string, string];
}

const BASE = Date.parse('2026-01-05T08:00:00Z');
const at = (courseIndex: number, sessionIndex = 0) =>
  new Date(BASE + courseIndex * 2 * 3_600_000 + sessionIndex * 28 * 86_400_000).toISOString();
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

export async function analyticsData(app: TestApp): Promise<AnalyticsData> {
  const o = await outcomeOrg(app, 2);
  const orgId = o.org.id;
  const [c1, c2] = o.org.clinics.map((c) => c.id);
  const [l1, l2] = o.org.practitioners.map((p) => p.id);
  const specs = [
    {
      skin: 'II',
      clinic: c1,
      lead: l1,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-03-10T10:00:00Z',
    },
    {
      skin: 'II',
      clinic: c1,
      lead: l1,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'NO_SHOW', 'COMPLETED', 'COMPLETED'],
      created: '2026-03-11T10:00:00Z',
    },
    {
      skin: 'III',
      clinic: c1,
      lead: l1,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-03-12T10:00:00Z',
    },
    {
      skin: 'III',
      clinic: c1,
      lead: l1,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-03-13T10:00:00Z',
    },
    {
      skin: 'IV',
      clinic: c1,
      lead: l1,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'NO_SHOW', 'COMPLETED'],
      created: '2026-03-14T10:00:00Z',
    },
    { skin: 'V', clinic: c1, lead: l1, status: 'CANCELLED', sessions: ['COMPLETED', 'CANCELLED'], created: '2026-03-15T10:00:00Z' },
    {
      skin: 'VI',
      clinic: c2,
      lead: l2,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-04-05T10:00:00Z',
    },
    {
      skin: 'VI',
      clinic: c2,
      lead: l2,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-04-05T11:00:00Z',
    },
    {
      skin: 'VI',
      clinic: c2,
      lead: l2,
      status: 'COMPLETED',
      sessions: ['COMPLETED', 'COMPLETED', 'COMPLETED'],
      created: '2026-03-31T22:30:00Z',
    },
  ] as const;
  const courses: Array<{ courseId: string; sessionIds: string[]; lead: string }> = [];
  for (const [i, s] of specs.entries()) {
    const patientId = await insertPatient(app, orgId, s.skin);
    const course = await insertCourse(app, orgId, o.protocolId, {
      patientId,
      clinicId: s.clinic,
      practitionerId: s.lead,
      status: s.status,
      createdAt: s.created,
      sessions: [...s.sessions],
      firstSessionAt: at(i),
    });
    courses.push({ ...course, lead: s.lead });
  }
  const gb = async (p: number, session: number | null, value: number, area = 'FACE') => {
    const c = courses[p - 1];
    const assessedAt = session === null ? `${at(p - 1, 0).slice(0, 10)}T00:00:00Z` : later(at(p - 1, session), 2);
    await insertMeasurement(app, orgId, c.courseId, {
      sessionId: session === null ? null : c.sessionIds[session],
      scale: 'GOODMAN_BARON_QUALITATIVE',
      value,
      assessedAt,
      practitionerId: c.lead,
      area,
    });
  };
  // P1 face 3 -> 3 -> 2, cheeks 4 -> 3
  await gb(1, null, 3);
  await gb(1, 0, 3);
  await gb(1, 2, 2);
  await gb(1, null, 4, 'CHEEKS');
  await gb(1, 2, 3, 'CHEEKS');
  // P2 4 -> 3 -> 2 (s1, s4)
  await gb(2, null, 4);
  await gb(2, 0, 3);
  await gb(2, 3, 2);
  // P3 3 -> 3, P4 2 -> 1, P5 baseline only, P6 4 -> 4
  await gb(3, null, 3);
  await gb(3, 3, 3);
  await gb(4, null, 2);
  await gb(4, 2, 1);
  await gb(5, null, 3);
  await gb(6, null, 4);
  await gb(6, 0, 4);
  for (const p of [7, 8, 9]) {
    await gb(p, null, 3);
    await gb(p, 2, 2);
  }
  // GAIS of P1-P3 after their last sessions.
  for (const [p, session, value] of [
    [1, 2, 2],
    [2, 3, 1],
    [3, 3, 4],
  ] as const) {
    const c = courses[p - 1];
    await insertMeasurement(app, orgId, c.courseId, {
      sessionId: c.sessionIds[session],
      scale: 'GAIS',
      value,
      assessedAt: later(at(p - 1, session), 3),
      practitionerId: c.lead,
    });
  }
  // A DLQI follow-up without a baseline: not an observation.
  await insertMeasurement(app, orgId, courses[0].courseId, {
    sessionId: courses[0].sessionIds[2],
    scale: 'DLQI',
    value: 4,
    assessedAt: later(at(0, 2), 4),
  });
  // Adverse events
  await insertAdverseEvent(app, orgId, courses[0].sessionIds[0], 'ERYTHEMA');
  await insertAdverseEvent(app, orgId, courses[1].sessionIds[0], 'ERYTHEMA');
  await insertAdverseEvent(app, orgId, courses[1].sessionIds[2], 'ERYTHEMA');
  await insertAdverseEvent(app, orgId, courses[2].sessionIds[0], 'ERYTHEMA');
  await insertAdverseEvent(app, orgId, courses[2].sessionIds[0], 'ERYTHEMA');
  await insertAdverseEvent(app, orgId, courses[3].sessionIds[2], 'PIH');
  return { ...o, clinicIds: [c1, c2] };
}

const KINDS = ['ERYTHEMA', 'GRANULOMA', 'INFECTION', 'OEDEMA', 'PAIN', 'PEELING', 'PIH', 'TRAM_TRACK_SCARRING'];

/** Every adverse-event kind with zero, except those given: [sessions, treated sessions, patients]. */
export function eventRates(treated: number, events: Record<string, [number, number]>) {
  return KINDS.map((kind) => {
    const [sessions, patients] = events[kind] ?? [0, 0];
    return { kind, sessions, rate: sessions / treated, patients };
  });
}

/** Clinic 1's figures, derived by hand from the data set above. */
export const CLINIC_1 = {
  suppressed: false,
  patients: 6,
  coursesStarted: 6,
  coursesCompleted: 5, // P1-P5; P6 cancelled
  completedPatients: 5,
  completionRate: 5 / 6,
  meanSessionsPerCompletedCourse: 16 / 5, // completed sessions 3 + 3 + 4 + 3 + 3 over 5 courses = 3.2
  noShowSessions: 2, // P2 s2, P5 s3
  dueSessions: 19, // completed or no-show: 3 + 4 + 4 + 3 + 4 + 1
  dueSessionPatients: 6,
  noShowRate: 2 / 19,
  treatedSessions: 17, // completed: 3 + 3 + 4 + 3 + 3 + 1
  treatedPatients: 6,
  scales: [
    {
      scale: 'GAIS', // P1-P3 only: 3 patients < 5
      suppressed: true,
      observations: null,
      patients: null,
      meanValue: null,
      meanChange: null,
      medianChange: null,
      improvedShare: null,
    },
    {
      scale: 'GOODMAN_BARON_QUALITATIVE',
      suppressed: false,
      observations: 6, // P1 face, P1 cheeks, P2, P3, P4, P6 (P5 has no follow-up)
      patients: 5,
      meanValue: 15 / 6, // latest values 2 + 3 + 2 + 3 + 1 + 4 = 15
      meanChange: -5 / 6, // changes -1 -1 -2 0 -1 0 = -5
      medianChange: -1, // sorted -2 -1 -1 -1 0 0: (-1 + -1) / 2
      improvedShare: 4 / 6, // changes of at least one grade down: P1 face, P1 cheeks, P2, P4
    },
  ],
  adverseEvents: eventRates(17, { ERYTHEMA: [4, 3], PIH: [1, 1] }), // ERYTHEMA: P1 s1, P2 s1, P2 s3, P3 s1 (twice: one session)
};

/** Both clinics together (no grouping): clinic 1 plus P7-P9. */
export const ALL = {
  suppressed: false,
  patients: 9,
  coursesStarted: 9,
  coursesCompleted: 8,
  completedPatients: 8,
  completionRate: 8 / 9,
  meanSessionsPerCompletedCourse: 25 / 8, // 16 + 3 * 3 completed sessions over 8 courses = 3.125
  noShowSessions: 2,
  dueSessions: 28, // 19 + 9
  dueSessionPatients: 9,
  noShowRate: 2 / 28,
  treatedSessions: 26, // 17 + 9
  treatedPatients: 9,
  scales: [
    CLINIC_1.scales[0],
    {
      scale: 'GOODMAN_BARON_QUALITATIVE',
      suppressed: false,
      observations: 9, // clinic 1's 6 + P7-P9
      patients: 8,
      meanValue: 21 / 9, // 15 + 2 + 2 + 2
      meanChange: -8 / 9, // -5 - 1 - 1 - 1
      medianChange: -1, // sorted -2 -1 -1 -1 [-1] -1 -1 0 0: the fifth
      improvedShare: 7 / 9, // 4 + P7-P9
    },
  ],
  adverseEvents: eventRates(26, { ERYTHEMA: [4, 3], PIH: [1, 1] }),
};
