/**
 * Recording outcomes, adverse events and photo records, and reading them back per course.
 * The rules of scales are pure (outcome.rules.ts); this file does the I/O around them:
 * the course and session as the viewer sees them (TenantScope: clinic-scoped roles their
 * clinics' courses, a PATIENT their own), the baseline a follow-up needs, the photo
 * consent, the insert and the row of the health-data access trail.
 */
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { requireMember } from '../../auth/viewer';
import { groupByKey, RequestLoader, byKey } from '../../common/loaders';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { PatientAccessAction } from '../patient/patient.enums';
import { recordPatientAccess } from '../patient/patient-access.service';
import { AdverseEvent, MEASUREMENT_COLUMNS, OutcomeFollowUp, OutcomeMeasurement, OutcomePhoto, OutcomeSeries } from './outcome.entity';
import { OutcomeErrorCode } from './outcome.enums';
import { AdverseEventRecordInput, AdverseEventResolveInput, OutcomePhotoRecordInput, OutcomeRecordInput } from './outcome.inputs';
import {
  adverseEventTimeProblems,
  Assessor,
  assessorProblem,
  baselineProblem,
  changeOf,
  concernProblem,
  describeProblem,
  isImprovement,
  needsBaseline,
  SCALE_RULES,
  valueProblems,
} from './outcome.rules';

const E = OutcomeErrorCode;
/** Clock difference tolerated between a client and the server for "not in the future". */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** "Before" photos may be taken on arrival, up to this long before the session's start. */
const PHOTO_LEAD_MS = 24 * 3600 * 1000;

interface CourseFacts {
  id: string;
  organization_id: string;
  patient_id: string;
  clinic_id: string;
  target_concerns: string[];
}

interface SessionFacts {
  id: string;
  organization_id: string;
  course_id: string;
  patient_id: string;
  clinic_id: string;
  status: string;
  starts_at: Date;
}

async function visibleCourse(ctx: RequestContext, courseId: string): Promise<CourseFacts | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<CourseFacts>(
    `SELECT c.id, c.organization_id, c.patient_id, c.clinic_id, c.target_concerns FROM courses c
      WHERE c.id = ${q.param(courseId)}::uuid AND ${ctx.scope.tenantRows('courses', 'c', q)}`,
    q.values,
  );
  return row ?? null;
}

async function visibleSession(ctx: RequestContext, sessionId: string): Promise<SessionFacts | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<SessionFacts>(
    `SELECT s.id, s.organization_id, s.course_id, s.patient_id, s.clinic_id, s.status, s.starts_at FROM course_sessions s
      WHERE s.id = ${q.param(sessionId)}::uuid AND ${ctx.scope.tenantRows('course_sessions', 's', q)}`,
    q.values,
  );
  return row ?? null;
}

const notInFuture = (checks: Checks, at: Date, field: string[], now: Date) =>
  checks.check(at.getTime() <= now.getTime() + CLOCK_SKEW_MS, E.INVALID, field, 'This time lies in the future.');

/** Who assessed: a PATIENT request is the patient; staff say so, or the scale's only assessor, else a clinician. */
function assessorOf(ctx: RequestContext, input: OutcomeRecordInput): Assessor {
  const viewer = requireMember(ctx.viewer);
  const { assessors } = SCALE_RULES[input.scale];
  if (viewer.role === Role.PATIENT) {
    if (input.assessedBy === Assessor.CLINICIAN)
      failWith(E.NOT_ALLOWED, ['input', 'assessedBy'], 'A patient records their own assessments only.');
    return Assessor.PATIENT;
  }
  return input.assessedBy ?? (assessors.length === 1 ? assessors[0] : Assessor.CLINICIAN);
}

/** The clinician behind a clinician assessment: a PRACTITIONER themselves, else the practitioner the input names. */
async function assessingPractitioner(ctx: RequestContext, input: OutcomeRecordInput, assessor: Assessor): Promise<string | null> {
  const viewer = requireMember(ctx.viewer);
  const field = ['input', 'practitionerId'];
  if (assessor === Assessor.PATIENT) {
    if (input.practitionerId != null) failWith(E.INVALID, field, 'A patient-reported value names no practitioner.');
    return null;
  }
  if (viewer.role === Role.PRACTITIONER) {
    if (!viewer.practitionerId) failWith(E.NOT_ALLOWED, null, 'Your membership is not linked to a practitioner.');
    if (input.practitionerId != null && tryUuidFromGlobalId(input.practitionerId, 'Practitioner') !== viewer.practitionerId) {
      failWith(E.NOT_ALLOWED, field, 'A practitioner records their own assessments.');
    }
    return viewer.practitionerId;
  }
  if (input.practitionerId == null) failWith(E.INVALID, field, 'Name the clinician who assessed it.');
  const practitionerId = referenceOf(tryUuidFromGlobalId, input.practitionerId, 'Practitioner', field);
  const q = new SqlParams();
  const [known] = await ctx.db.query(
    `SELECT 1 FROM practitioners pr WHERE pr.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.organizationWide('pr', q)}`,
    q.values,
  );
  if (!known) failWith(E.NOT_FOUND, field, 'No Practitioner with this id.');
  return practitionerId;
}

export async function recordOutcome(ctx: RequestContext, input: OutcomeRecordInput): Promise<OutcomeMeasurement> {
  const viewer = requireMember(ctx.viewer);
  const courseId = referenceOf(tryUuidFromGlobalId, input.courseId, 'Course', ['input', 'courseId']);
  const sessionId =
    input.sessionId == null ? null : referenceOf(tryUuidFromGlobalId, input.sessionId, 'CourseSession', ['input', 'sessionId']);
  const now = new Date();
  const assessedAt = input.assessedAt ?? now;
  const assessor = assessorOf(ctx, input);

  const checks = new Checks()
    .notBlank(input.scaleVersion, ['input', 'scaleVersion'], 'a scale version')
    .notBlank(input.note, ['input', 'note'], 'a note');
  for (const problem of valueProblems(input.scale, input.value))
    checks.fail(E.OUT_OF_RANGE, ['input', 'value'], describeProblem(input.scale, problem));
  const wrongAssessor = assessorProblem(input.scale, assessor);
  if (wrongAssessor) checks.fail(E.WRONG_ASSESSOR, ['input', 'assessedBy'], describeProblem(input.scale, wrongAssessor));
  notInFuture(checks, assessedAt, ['input', 'assessedAt'], now);
  if (sessionId === null) {
    const noBaseline = baselineProblem(input.scale);
    if (noBaseline) checks.fail(E.BASELINE_NOT_APPLICABLE, ['input', 'sessionId'], describeProblem(input.scale, noBaseline));
  }
  checks.throwIfAny();

  const course = await visibleCourse(ctx, courseId);
  if (!course) failWith(E.NOT_FOUND, ['input', 'courseId'], 'No Course with this id.');
  const misfit = concernProblem(input.scale, course.target_concerns);
  if (misfit) failWith(E.SCALE_NOT_FOR_COURSE, ['input', 'scale'], describeProblem(input.scale, misfit));
  const practitionerId = await assessingPractitioner(ctx, input, assessor);

  if (sessionId === null) {
    // A baseline precedes treatment: no session of the course took place before it.
    const q = new SqlParams();
    const [treated] = await ctx.db.query<{ starts_at: Date }>(
      `SELECT s.starts_at FROM course_sessions s
        WHERE s.course_id = ${q.param(course.id)}::uuid AND s.status IN ('CHECKED_IN', 'COMPLETED')
          AND s.starts_at < ${q.param(assessedAt)} AND ${ctx.scope.tenantRows('course_sessions', 's', q)}
        ORDER BY s.starts_at LIMIT 1`,
      q.values,
    );
    if (treated) {
      failWith(
        E.BASELINE_TOO_LATE,
        ['input', 'assessedAt'],
        `A baseline is assessed before treatment; a session of this course took place on ${treated.starts_at.toISOString()}.`,
      );
    }
  } else {
    const session = await visibleSession(ctx, sessionId);
    if (!session || session.course_id !== course.id)
      failWith(E.NOT_FOUND, ['input', 'sessionId'], 'No session of this course with this id.');
    if (session.status !== 'COMPLETED') {
      failWith(
        E.SESSION_NOT_COMPLETED,
        ['input', 'sessionId'],
        `Follow-ups are recorded after a completed session; this one is ${session.status}.`,
      );
    }
    if (assessedAt.getTime() < session.starts_at.getTime())
      failWith(E.INVALID, ['input', 'assessedAt'], 'A follow-up is assessed after its session.');
    if (needsBaseline(input.scale)) {
      const q = new SqlParams();
      const [baseline] = await ctx.db.query<{ assessed_at: Date }>(
        `SELECT m.assessed_at FROM outcome_measurements m
          WHERE m.course_id = ${q.param(course.id)}::uuid AND m.session_id IS NULL AND m.scale = ${q.param(input.scale)}
            AND m.area = ${q.param(input.area)} AND m.assessed_by = ${q.param(assessor)}
            AND ${ctx.scope.tenantRows('outcome_measurements', 'm', q)}`,
        q.values,
      );
      if (!baseline) {
        failWith(
          E.NO_BASELINE,
          ['input', 'sessionId'],
          `Record the baseline of ${input.scale} for ${input.area} (assessed by the ${assessor.toLowerCase()}) before a follow-up.`,
        );
      }
      if (baseline.assessed_at.getTime() > assessedAt.getTime()) {
        failWith(E.NO_BASELINE, ['input', 'assessedAt'], 'A follow-up cannot be assessed before its baseline.');
      }
    }
  }

  const [row] = await ctx.db.query(
    `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, session_id, scale, scale_version, value, area,
                                       assessed_by, practitioner_id, assessed_at, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${MEASUREMENT_COLUMNS('outcome_measurements')}`,
    [
      viewer.organizationId,
      course.id,
      course.patient_id,
      course.clinic_id,
      sessionId,
      input.scale,
      input.scaleVersion ?? SCALE_RULES[input.scale].defaultVersion,
      input.value,
      input.area,
      assessor,
      practitionerId,
      assessedAt,
      input.note ?? null,
    ],
  );
  await recordPatientAccess(ctx, [
    {
      organizationId: viewer.organizationId,
      patientId: course.patient_id,
      action: PatientAccessAction.OUTCOME_RECORD,
      fields: ['outcome'],
    },
  ]);
  return ctx.db.hydrate(OutcomeMeasurement, row);
}

/** A session of a visible course that took place (checked in or completed). */
async function treatedSession(ctx: RequestContext, sessionGlobalId: string): Promise<SessionFacts> {
  const field = ['input', 'sessionId'];
  const sessionId = referenceOf(tryUuidFromGlobalId, sessionGlobalId, 'CourseSession', field);
  const session = await visibleSession(ctx, sessionId);
  if (!session) failWith(E.NOT_FOUND, field, 'No CourseSession with this id.');
  if (session.status !== 'CHECKED_IN' && session.status !== 'COMPLETED') {
    failWith(E.SESSION_NOT_COMPLETED, field, `The session did not take place: it is ${session.status}.`);
  }
  return session;
}

export async function recordAdverseEvent(ctx: RequestContext, input: AdverseEventRecordInput): Promise<AdverseEvent> {
  const viewer = requireMember(ctx.viewer);
  new Checks().notBlank(input.note, ['input', 'note'], 'a note').throwIfAny();
  const session = await treatedSession(ctx, input.sessionId);
  const checks = new Checks();
  for (const p of adverseEventTimeProblems(
    session.starts_at,
    input.onsetAt,
    input.resolvedAt ?? null,
    new Date(Date.now() + CLOCK_SKEW_MS),
  )) {
    checks.fail(E.INVALID, ['input', p.field], p.message);
  }
  checks.throwIfAny();
  const [row] = await ctx.db.query(
    `INSERT INTO adverse_events (organization_id, course_id, session_id, patient_id, clinic_id, kind, severity, onset_at, resolved_at, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [
      viewer.organizationId,
      session.course_id,
      session.id,
      session.patient_id,
      session.clinic_id,
      input.kind,
      input.severity,
      input.onsetAt,
      input.resolvedAt ?? null,
      input.note ?? null,
    ],
  );
  await recordPatientAccess(ctx, [
    {
      organizationId: viewer.organizationId,
      patientId: session.patient_id,
      action: PatientAccessAction.ADVERSE_EVENT_RECORD,
      fields: ['adverseEvent'],
    },
  ]);
  return ctx.db.hydrate(AdverseEvent, row);
}

export async function resolveAdverseEvent(ctx: RequestContext, input: AdverseEventResolveInput): Promise<AdverseEvent> {
  const viewer = requireMember(ctx.viewer);
  const field = ['input', 'adverseEventId'];
  const id = referenceOf(tryUuidFromGlobalId, input.adverseEventId, 'AdverseEvent', field);
  const q = new SqlParams();
  const [event] = await ctx.db.query<{ onset_at: Date; patient_id: string }>(
    `SELECT a.onset_at, a.patient_id FROM adverse_events a WHERE a.id = ${q.param(id)}::uuid AND ${ctx.scope.tenantRows('adverse_events', 'a', q)} FOR UPDATE`,
    q.values,
  );
  if (!event) failWith(E.NOT_FOUND, field, 'No AdverseEvent with this id.');
  const checks = new Checks();
  for (const p of adverseEventTimeProblems(event.onset_at, event.onset_at, input.resolvedAt, new Date(Date.now() + CLOCK_SKEW_MS))) {
    checks.fail(E.INVALID, ['input', p.field], p.message);
  }
  checks.throwIfAny();
  const [row] = await ctx.db.query(`UPDATE adverse_events SET resolved_at = $2 WHERE id = $1 AND organization_id = $3 RETURNING *`, [
    id,
    input.resolvedAt,
    viewer.organizationId,
  ]);
  await recordPatientAccess(ctx, [
    {
      organizationId: viewer.organizationId,
      patientId: event.patient_id,
      action: PatientAccessAction.ADVERSE_EVENT_RECORD,
      fields: ['adverseEvent.resolvedAt'],
    },
  ]);
  return ctx.db.hydrate(AdverseEvent, row);
}

export async function recordPhoto(ctx: RequestContext, input: OutcomePhotoRecordInput): Promise<OutcomePhoto> {
  const viewer = requireMember(ctx.viewer);
  const checks = new Checks()
    .notBlank(input.storageKey, ['input', 'storageKey'], 'a storage key')
    .check(
      /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(input.storageKey),
      E.INVALID,
      ['input', 'storageKey'],
      'A storage key holds letters, digits and . _ / - and starts with a letter or digit.',
    );
  notInFuture(checks, input.takenAt, ['input', 'takenAt'], new Date());
  checks.throwIfAny();
  const session = await treatedSession(ctx, input.sessionId);
  if (input.takenAt.getTime() < session.starts_at.getTime() - PHOTO_LEAD_MS) {
    failWith(E.INVALID, ['input', 'takenAt'], 'A photo of a session is taken on the day of the session.');
  }
  // The photo consent in force now that was signed by the time the photo was taken.
  const q = new SqlParams();
  const [consent] = await ctx.db.query<{ id: string }>(
    `SELECT c.id FROM consents c
      WHERE c.patient_id = ${q.param(session.patient_id)}::uuid AND c.kind = 'PHOTOS' AND c.withdrawn_at IS NULL
        AND c.signed_at <= ${q.param(input.takenAt)} AND ${ctx.scope.tenantRows('consents', 'c', q)}
      ORDER BY c.signed_at DESC, c.id LIMIT 1`,
    q.values,
  );
  if (!consent) {
    failWith(E.NO_PHOTO_CONSENT, ['input', 'sessionId'], 'The patient has no photo consent in force from before the photo was taken.');
  }
  const [row] = await ctx.db.query(
    `INSERT INTO outcome_photos (organization_id, course_id, session_id, patient_id, clinic_id, consent_id, storage_key, angle, area, taken_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *, true AS consent_in_force`,
    [
      viewer.organizationId,
      session.course_id,
      session.id,
      session.patient_id,
      session.clinic_id,
      consent.id,
      input.storageKey,
      input.angle,
      input.area ?? null,
      input.takenAt,
    ],
  );
  await recordPatientAccess(ctx, [
    { organizationId: viewer.organizationId, patientId: session.patient_id, action: PatientAccessAction.PHOTO_RECORD, fields: ['photo'] },
  ]);
  return photoOf(ctx, row);
}

function photoOf(ctx: RequestContext, row: Record<string, unknown>): OutcomePhoto {
  const photo = ctx.db.hydrate(OutcomePhoto, row);
  photo.consentInForce = row.consent_in_force === true;
  return photo;
}

/** Notes the read of a patient's outcome data in the health-data access trail. */
function noteRead(ctx: RequestContext, rows: Array<{ organizationId: string; patientId: string }>, field: string): void {
  for (const row of rows) ctx.healthAccess.read(row, field);
}

// ---------------------------------------------------------------------------------------
// Reads

type MeasurementRow = Record<string, unknown> & { session_number: number | null };

/** Measurements of courses, by assessment time, each with the number of the session it follows. */
const measurementsOfCourse = new RequestLoader<string, Array<{ m: OutcomeMeasurement; sessionNumber: number | null }>>(
  'course.outcomeMeasurements',
  async (ctx, ids) => {
    const q = new SqlParams();
    const rows = await ctx.db.query<MeasurementRow>(
      `SELECT ${MEASUREMENT_COLUMNS('m')},
              (SELECT count(*)::int FROM course_sessions s2
                WHERE s2.organization_id = s.organization_id AND s2.course_id = s.course_id AND s2.status = 'COMPLETED'
                  AND (s2.starts_at, s2.id) <= (s.starts_at, s.id)) AS session_number
         FROM outcome_measurements m
         LEFT JOIN course_sessions s ON s.organization_id = m.organization_id AND s.id = m.session_id
        WHERE m.course_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('outcome_measurements', 'm', q)}
        ORDER BY m.assessed_at, m.id`,
      q.values,
    );
    const items = rows.map((row) => ({ m: ctx.db.hydrate(OutcomeMeasurement, row), sessionNumber: row.session_number }));
    noteRead(
      ctx,
      items.map((i) => i.m),
      'course.outcomes',
    );
    return groupByKey(ids, items, (i) => i.m.courseId);
  },
);

export async function outcomeMeasurementsOf(ctx: RequestContext, courseId: string): Promise<OutcomeMeasurement[]> {
  return (await measurementsOfCourse.load(ctx, courseId)).map((i) => i.m);
}

/** The course's series: one per scale, area and assessor, with baseline, follow-ups and changes. */
export async function outcomeTimelineOf(ctx: RequestContext, courseId: string): Promise<OutcomeSeries[]> {
  const series = new Map<string, OutcomeSeries>();
  for (const { m, sessionNumber } of await measurementsOfCourse.load(ctx, courseId)) {
    const key = `${m.scale}/${m.area}/${m.assessedBy}`;
    let s = series.get(key);
    if (!s) {
      s = Object.assign(new OutcomeSeries(), {
        scale: m.scale,
        area: m.area,
        assessedBy: m.assessedBy,
        baseline: null,
        followUps: [],
        latestChange: null,
      });
      series.set(key, s);
    }
    if (m.sessionId === null) s.baseline = m;
    else s.followUps.push(Object.assign(new OutcomeFollowUp(), { measurement: m, sessionNumber, change: null, improved: null }));
  }
  for (const s of series.values()) {
    for (const f of s.followUps) {
      f.change = changeOf(s.scale, f.measurement.value, s.baseline?.value ?? null);
      f.improved = f.change === null ? null : isImprovement(s.scale, f.change);
    }
    s.latestChange = s.followUps.at(-1)?.change ?? null;
  }
  return [...series.values()];
}

export const adverseEventsOfCourse = new RequestLoader<string, AdverseEvent[]>('course.adverseEvents', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT a.* FROM adverse_events a WHERE a.course_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('adverse_events', 'a', q)}
      ORDER BY a.onset_at, a.id`,
    q.values,
  );
  const events = rows.map((row) => ctx.db.hydrate(AdverseEvent, row));
  noteRead(ctx, events, 'course.adverseEvents');
  return groupByKey(ids, events, (a) => a.courseId);
});

export const photosOfCourse = new RequestLoader<string, OutcomePhoto[]>('course.photos', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT p.*, EXISTS (SELECT 1 FROM consents c WHERE c.organization_id = p.organization_id AND c.id = p.consent_id AND c.withdrawn_at IS NULL) AS consent_in_force
       FROM outcome_photos p WHERE p.course_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('outcome_photos', 'p', q)}
      ORDER BY p.taken_at, p.id`,
    q.values,
  );
  const photos = rows.map((row) => photoOf(ctx, row));
  noteRead(ctx, photos, 'course.photos');
  return groupByKey(ids, photos, (p) => p.courseId);
});

export const measurementById = new RequestLoader<string, OutcomeMeasurement | null>('outcomeMeasurement.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT ${MEASUREMENT_COLUMNS('m')} FROM outcome_measurements m WHERE m.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('outcome_measurements', 'm', q)}`,
    q.values,
  );
  const items = rows.map((row) => ctx.db.hydrate(OutcomeMeasurement, row));
  noteRead(ctx, items, 'course.outcomes');
  return byKey(ids, items, (m) => m.id, null);
});

export const adverseEventById = new RequestLoader<string, AdverseEvent | null>('adverseEvent.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT a.* FROM adverse_events a WHERE a.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('adverse_events', 'a', q)}`,
    q.values,
  );
  const items = rows.map((row) => ctx.db.hydrate(AdverseEvent, row));
  noteRead(ctx, items, 'course.adverseEvents');
  return byKey(ids, items, (a) => a.id, null);
});

export const photoById = new RequestLoader<string, OutcomePhoto | null>('outcomePhoto.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT p.*, EXISTS (SELECT 1 FROM consents c WHERE c.organization_id = p.organization_id AND c.id = p.consent_id AND c.withdrawn_at IS NULL) AS consent_in_force
       FROM outcome_photos p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('outcome_photos', 'p', q)}`,
    q.values,
  );
  const items = rows.map((row) => photoOf(ctx, row));
  noteRead(ctx, items, 'course.photos');
  return byKey(ids, items, (p) => p.id, null);
});
