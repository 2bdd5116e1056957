/**
 * Starting courses and recording clearances. A course starts only when the patient is
 * eligible today (in the clinic's zone) for the protocol, NEEDS_CLEARANCE reasons all
 * cleared; the planned sessions lie in the protocol's range unless an override reason
 * is recorded. Both writes leave a row in the health-data access trail.
 */
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { EligibilityVerdict, EligibilitySeverity } from '../eligibility/eligibility.enums';
import { parseEligibilityRules } from '../eligibility/eligibility-rule-validation';
import { PatientAccessAction } from '../patient/patient.enums';
import { recordPatientAccess } from '../patient/patient-access.service';
import { requireQualified, offeredDuration } from './booking-checks';
import { assessEligibility, blockingSummary, patientFacts, protocolFacts } from './course-eligibility.service';
import { Clearance, Course } from './course.entity';
import { CourseErrorCode } from './course.enums';
import { ClearanceRecordInput, CourseStartInput } from './course.inputs';
import { localDateOf } from './zoned-time';

const { NOT_FOUND, INVALID, NOT_ALLOWED, INELIGIBLE, NEEDS_CLEARANCE, SESSION_COUNT_OUT_OF_RANGE, NO_SCREENING } = CourseErrorCode;
const MAX_CONCERNS = 10;

/** A clinic of the viewer's organization (NOT_FOUND) that the viewer works with (NOT_ALLOWED), with its zone. */
export async function clinicForChange(ctx: RequestContext, clinicId: string, field: string[]): Promise<string> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ time_zone: string; mine: boolean }>(
    `SELECT c.time_zone, ${ctx.scope.tenantRows('clinics', 'c', q)} AS mine FROM clinics c
      WHERE c.id = ${q.param(clinicId)}::uuid AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Clinic with this id in your organization.');
  if (!row.mine) failWith(NOT_ALLOWED, field, 'You do not work at this clinic.');
  return row.time_zone;
}

export async function startCourse(ctx: RequestContext, input: CourseStartInput): Promise<Course> {
  const viewer = requireMember(ctx.viewer);
  const patientId = referenceOf(tryUuidFromGlobalId, input.patientId, 'Patient', ['input', 'patientId']);
  const protocolId = referenceOf(tryUuidFromGlobalId, input.protocolId, 'Protocol', ['input', 'protocolId']);
  const clinicId = referenceOf(tryUuidFromGlobalId, input.clinicId, 'Clinic', ['input', 'clinicId']);
  const leadId = referenceOf(tryUuidFromGlobalId, input.leadPractitionerId, 'Practitioner', ['input', 'leadPractitionerId']);
  const checks = new Checks()
    .check(
      input.plannedSessions >= 1 && input.plannedSessions <= 50,
      INVALID,
      ['input', 'plannedSessions'],
      'Plan between 1 and 50 sessions.',
    )
    .check(
      input.targetConcerns.length >= 1 && input.targetConcerns.length <= MAX_CONCERNS,
      INVALID,
      ['input', 'targetConcerns'],
      `Name 1 to ${MAX_CONCERNS} concerns.`,
    )
    .notBlank(input.overrideReason, ['input', 'overrideReason'], 'a reason for the override');
  checks.throwIfAny();

  const patient = await patientFacts(ctx, patientId);
  if (!patient) failWith(NOT_FOUND, ['input', 'patientId'], 'No Patient with this id.');
  const timeZone = await clinicForChange(ctx, clinicId, ['input', 'clinicId']);
  const protocol = await protocolFacts(ctx, protocolId);
  if (!protocol) failWith(NOT_FOUND, ['input', 'protocolId'], 'No Protocol with this id.');
  await offeredDuration(ctx, clinicId, protocolId, ['input', 'protocolId']);
  const today = localDateOf(new Date(), timeZone);
  await requireQualified(
    ctx,
    leadId,
    clinicId,
    protocol.treatments.map((t) => t.id),
    today,
    ['input', 'leadPractitionerId'],
  );

  const inRange = input.plannedSessions >= protocol.sessionCountMin && input.plannedSessions <= protocol.sessionCountMax;
  let overridePractitionerId: string | null = null;
  if (!inRange) {
    if (input.overrideReason == null) {
      failWith(
        SESSION_COUNT_OUT_OF_RANGE,
        ['input', 'plannedSessions'],
        `${protocol.name} plans ${protocol.sessionCountMin}-${protocol.sessionCountMax} sessions; give an override reason to plan ${input.plannedSessions}.`,
      );
    }
    // An override is a clinical decision: a practitioner's own, or the lead's as an ORG_ADMIN records it.
    if (viewer.role === Role.PRACTITIONER && viewer.practitionerId) overridePractitionerId = viewer.practitionerId;
    else if (viewer.role === Role.ORG_ADMIN) overridePractitionerId = leadId;
    else
      failWith(
        NOT_ALLOWED,
        ['input', 'overrideReason'],
        'Only a practitioner (or an ORG_ADMIN for the lead practitioner) records an override.',
      );
  }

  const result = await assessEligibility(ctx, patient, protocol, today);
  if (result.verdict === EligibilityVerdict.INELIGIBLE)
    failWith(INELIGIBLE, ['input', 'patientId'], `The patient is not eligible for ${protocol.name}. ${blockingSummary(result)}`);
  if (result.verdict === EligibilityVerdict.NEEDS_CLEARANCE) {
    failWith(NEEDS_CLEARANCE, ['input', 'patientId'], `A practitioner must record a clearance first. ${blockingSummary(result)}`);
  }

  const [row] = await ctx.db.query(
    `INSERT INTO courses (organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id, target_concerns,
                          planned_sessions, override_reason, override_practitioner_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [
      viewer.organizationId,
      patient.id,
      clinicId,
      protocol.ownerId,
      protocol.id,
      leadId,
      [...new Set(input.targetConcerns)],
      input.plannedSessions,
      inRange ? null : input.overrideReason,
      overridePractitionerId,
    ],
  );
  await recordPatientAccess(ctx, [
    { organizationId: viewer.organizationId, patientId: patient.id, action: PatientAccessAction.COURSE_START, fields: ['course'] },
  ]);
  const course = ctx.db.hydrate(Course, row);
  announce(ctx, 'course.start', 'Course', course.id);
  return course;
}

export async function recordClearance(ctx: RequestContext, input: ClearanceRecordInput): Promise<Clearance> {
  const viewer = requireMember(ctx.viewer);
  const patientId = referenceOf(tryUuidFromGlobalId, input.patientId, 'Patient', ['input', 'patientId']);
  const treatmentId = referenceOf(tryUuidFromGlobalId, input.treatmentId, 'Treatment', ['input', 'treatmentId']);
  new Checks().notBlank(input.note, ['input', 'note'], 'a note').throwIfAny();
  let practitionerId: string;
  if (viewer.role === Role.PRACTITIONER) {
    if (!viewer.practitionerId)
      failWith(NOT_ALLOWED, null, 'Your membership is not linked to a practitioner: only a practitioner records a clearance.');
    if (input.practitionerId != null)
      failWith(NOT_ALLOWED, ['input', 'practitionerId'], 'A practitioner records clearances as themselves.');
    practitionerId = viewer.practitionerId;
  } else {
    if (input.practitionerId == null) failWith(INVALID, ['input', 'practitionerId'], 'Name the practitioner who cleared it.');
    practitionerId = referenceOf(tryUuidFromGlobalId, input.practitionerId, 'Practitioner', ['input', 'practitionerId']);
    const q = new SqlParams();
    const [known] = await ctx.db.query(
      `SELECT 1 FROM practitioners pr WHERE pr.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.organizationWide('pr', q)}`,
      q.values,
    );
    if (!known) failWith(NOT_FOUND, ['input', 'practitionerId'], 'No Practitioner with this id.');
  }
  const patient = await patientFacts(ctx, patientId);
  if (!patient) failWith(NOT_FOUND, ['input', 'patientId'], 'No Patient with this id.');
  if (!patient.latestScreeningId) failWith(NO_SCREENING, ['input', 'patientId'], 'Record a screening first: a clearance is judged on it.');
  const q = new SqlParams();
  const [treatment] = await ctx.db.query<{ id: string; owner_id: string; eligibility_rules: unknown }>(
    `SELECT t.id, t.owner_id, t.eligibility_rules FROM treatments t WHERE t.id = ${q.param(treatmentId)}::uuid AND ${ctx.scope.catalogRows('t', q)}`,
    q.values,
  );
  if (!treatment) failWith(NOT_FOUND, ['input', 'treatmentId'], 'No Treatment with this id.');
  const rule = parseEligibilityRules(treatment.eligibility_rules, `treatment ${treatment.id}`).find((r) => r.code === input.code);
  if (!rule || rule.severity !== EligibilitySeverity.RELATIVE) {
    failWith(INVALID, ['input', 'code'], 'Only a relative contraindication of this treatment can be cleared.');
  }
  const [row] = await ctx.db.query(
    `INSERT INTO eligibility_clearances (organization_id, patient_id, screening_id, treatment_owner_id, treatment_id, code, note, practitioner_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      viewer.organizationId,
      patient.id,
      patient.latestScreeningId,
      treatment.owner_id,
      treatment.id,
      input.code,
      input.note,
      practitionerId,
    ],
  );
  await recordPatientAccess(ctx, [
    { organizationId: viewer.organizationId, patientId: patient.id, action: PatientAccessAction.CLEARANCE_RECORD, fields: ['clearance'] },
  ]);
  const clearance = ctx.db.hydrate(Clearance, row);
  announce(ctx, 'clearance.record', 'Clearance', clearance.id);
  return clearance;
}

export function announce(ctx: RequestContext, action: string, targetType: string, targetId: string): void {
  const viewer = requireMember(ctx.viewer);
  const event = { action, organizationId: viewer.organizationId, targetType, targetId, actorSubject: viewer.subject };
  ctx.db.afterCommit(() => ctx.events.publish(event));
}
