/**
 * Registering and changing patients, recording screenings and consents. Each write
 * records its row in the health-data access trail in the same transaction (field names
 * only); unlike the admin audit trail, no before/after copy of the patient is kept.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { Role } from '../../auth/roles';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isEmail, isPhone, latestToday } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { setList } from '../../db/update-set';
import { Consent, Patient, Screening } from './patient.entity';
import { ConsentKind, PatientAccessAction } from './patient.enums';
import {
  ConsentRecordInput,
  ConsentWithdrawInput,
  PatientErrorCode,
  PatientRegisterInput,
  PatientUpdateInput,
  ScreeningRecordInput,
} from './patient.inputs';
import { recordPatientAccess } from './patient-access.service';
import { answerDateProblems, dateOfBirthProblem, MAX_LIST_ANSWERS } from './patient-rules';
import type { ScreeningAnswers } from './screening-answers';

const { NOT_FOUND, INVALID, NOT_ALLOWED, TREATMENT_RETIRED } = PatientErrorCode;

type Row = Record<string, unknown> & { id: string; organization_id: string };

/** A little slack for a client clock ahead of ours when it sends "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

interface ContactFields {
  givenName?: string | null;
  familyName?: string | null;
  dateOfBirth?: string | null;
  email?: string | null;
  phone?: string | null;
}

function checkContact(checks: Checks, input: ContactFields): void {
  checks.notBlank(input.givenName, ['input', 'givenName'], 'a given name');
  checks.notBlank(input.familyName, ['input', 'familyName'], 'a family name');
  if (input.dateOfBirth != null) {
    const problem = dateOfBirthProblem(input.dateOfBirth, latestToday());
    if (problem) checks.fail(INVALID, ['input', 'dateOfBirth'], problem);
  }
  if (input.email != null)
    checks.check(isEmail(input.email), INVALID, ['input', 'email'], 'Give an e-mail address such as "name@example.com".');
  if (input.phone != null)
    checks.check(
      isPhone(input.phone),
      INVALID,
      ['input', 'phone'],
      'Give the phone number in E.164 form: "+", the country code and the number, digits only (e.g. "+12125550134").',
    );
}

/** A clinic of the viewer's organization (any of its clinics, whatever the viewer's own); NOT_FOUND at `field` otherwise. */
async function clinicOfOrganization(ctx: RequestContext, id: string, field: string[]): Promise<string> {
  const clinicId = referenceOf(tryUuidFromGlobalId, id, 'Clinic', field);
  const q = new SqlParams();
  const [clinic] = await ctx.db.query(
    `SELECT c.id FROM clinics c WHERE c.id = ${q.param(clinicId)}::uuid AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  if (!clinic) failWith(NOT_FOUND, field, 'No Clinic with this id in your organization.');
  return clinicId;
}

/** The patient behind an input id as the viewer sees them (a PATIENT: only themselves), locked for the change. */
async function lockPatient(ctx: RequestContext, id: string, field: string[]): Promise<Row> {
  const patientId = referenceOf(tryUuidFromGlobalId, id, 'Patient', field);
  const q = new SqlParams();
  const [row] = await ctx.db.query<Row>(
    `SELECT p.* FROM patients p WHERE p.id = ${q.param(patientId)}::uuid AND ${ctx.scope.tenantRows('patients', 'p', q)} FOR UPDATE`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Patient with this id.');
  return row;
}

/** Input fields that are not data of the patient's. */
const NOT_PATIENT_DATA = new Set(['id', 'patientId', 'idempotencyKey']);

/** The names of the fields an input gives (null included: it clears), without the id and the idempotency key. */
function givenFields(input: object): string[] {
  return Object.entries(input)
    .filter(([name, value]) => !NOT_PATIENT_DATA.has(name) && value !== undefined)
    .map(([name]) => name);
}

function announce(ctx: RequestContext, action: string, targetType: string, targetId: string): void {
  const viewer = requireMember(ctx.viewer);
  const event = { action, organizationId: viewer.organizationId, targetType, targetId, actorSubject: viewer.subject };
  ctx.db.afterCommit(() => ctx.events.publish(event));
}

export async function registerPatient(ctx: RequestContext, input: PatientRegisterInput): Promise<Patient> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks();
  checkContact(checks, input);
  checks.throwIfAny();
  const clinicId =
    input.preferredClinicId != null ? await clinicOfOrganization(ctx, input.preferredClinicId, ['input', 'preferredClinicId']) : null;
  const [row] = await ctx.db.query<Row>(
    `INSERT INTO patients (organization_id, given_name, family_name, date_of_birth, email, phone, skin_type, preferred_clinic_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      organizationId,
      input.givenName,
      input.familyName,
      input.dateOfBirth,
      input.email ?? null,
      input.phone ?? null,
      input.skinType ?? null,
      clinicId,
    ],
  );
  await recordPatientAccess(ctx, [{ organizationId, patientId: row.id, action: PatientAccessAction.REGISTER, fields: givenFields(input) }]);
  announce(ctx, 'patient.register', 'Patient', row.id);
  return ctx.db.hydrate(Patient, row);
}

export async function updatePatient(ctx: RequestContext, input: PatientUpdateInput): Promise<Patient> {
  const viewer = requireMember(ctx.viewer);
  const before = await lockPatient(ctx, input.id, ['input', 'id']);
  if (viewer.role === Role.PATIENT && input.skinType !== undefined) {
    failWith(NOT_ALLOWED, ['input', 'skinType'], "The skin type is assessed by the clinic's staff.");
  }
  const checks = new Checks();
  checkContact(checks, input);
  checks.throwIfAny();
  const clinicId =
    input.preferredClinicId != null
      ? await clinicOfOrganization(ctx, input.preferredClinicId, ['input', 'preferredClinicId'])
      : input.preferredClinicId;
  const fields = givenFields(input);
  if (fields.length === 0) return ctx.db.hydrate(Patient, before);
  const q = new SqlParams();
  const sets = setList(q, {
    given_name: input.givenName ?? undefined,
    family_name: input.familyName ?? undefined,
    date_of_birth: input.dateOfBirth ?? undefined,
    email: input.email,
    phone: input.phone,
    skin_type: input.skinType,
    preferred_clinic_id: clinicId,
  });
  const [row] = await ctx.db.query<Row>(
    `UPDATE patients SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${q.param(before.id)}::uuid RETURNING *`,
    q.values,
  );
  await recordPatientAccess(ctx, [{ organizationId: row.organization_id, patientId: row.id, action: PatientAccessAction.UPDATE, fields }]);
  announce(ctx, 'patient.update', 'Patient', row.id);
  return ctx.db.hydrate(Patient, row);
}

/** The answers as stored: every key of the questionnaire, absent dates as null. */
function storedAnswers(a: ScreeningAnswers): ScreeningAnswers {
  return {
    activeInfectionAtSite: a.activeInfectionAtSite,
    activeAcne: a.activeAcne,
    keloidTendency: a.keloidTendency,
    immunosuppression: a.immunosuppression,
    anticoagulants: a.anticoagulants,
    bleedingOrPlateletDisorder: a.bleedingOrPlateletDisorder,
    pregnantOrBreastfeeding: a.pregnantOrBreastfeeding,
    herpesHistory: a.herpesHistory,
    isotretinoinLastDoseOn: a.isotretinoinLastDoseOn ?? null,
    retinoidOrAcidLastUsedOn: a.retinoidOrAcidLastUsedOn ?? null,
    recentSunburnOrTanning: a.recentSunburnOrTanning,
    allergies: a.allergies,
    medications: a.medications,
    previousProcedures: a.previousProcedures.map((p) => ({ procedure: p.procedure, performedOn: p.performedOn })),
  };
}

export async function recordScreening(ctx: RequestContext, input: ScreeningRecordInput): Promise<Screening> {
  const answers = storedAnswers(input.answers);
  const checks = new Checks();
  const screenedOnProblem = dateOfBirthProblem(input.screenedOn, latestToday());
  // The same bounds as a date of birth: a real day, not in the future, not absurdly old.
  if (screenedOnProblem) checks.fail(INVALID, ['input', 'screenedOn'], screenedOnProblem.replace('date of birth', 'screening day'));
  for (const problem of answerDateProblems(answers, input.screenedOn))
    checks.fail(INVALID, ['input', 'answers', ...problem.path], problem.message);
  for (const list of ['allergies', 'medications', 'previousProcedures'] as const) {
    checks.check(
      answers[list].length <= MAX_LIST_ANSWERS,
      INVALID,
      ['input', 'answers', list],
      `Give at most ${MAX_LIST_ANSWERS} entries.`,
    );
  }
  answers.allergies.forEach((v, i) => checks.notBlank(v, ['input', 'answers', 'allergies', String(i)], 'each allergy'));
  answers.medications.forEach((v, i) => checks.notBlank(v, ['input', 'answers', 'medications', String(i)], 'each medication'));
  answers.previousProcedures.forEach((p, i) =>
    checks.notBlank(p.procedure, ['input', 'answers', 'previousProcedures', String(i), 'procedure'], 'each procedure'),
  );
  checks.throwIfAny();
  const patient = await lockPatient(ctx, input.patientId, ['input', 'patientId']);
  if (input.screenedOn < (patient.date_of_birth as string))
    failWith(INVALID, ['input', 'screenedOn'], "The screening cannot predate the patient's birth.");
  const [row] = await ctx.db.query<Row>(
    `INSERT INTO screenings (organization_id, patient_id, screened_on, answers) VALUES ($1, $2, $3, $4) RETURNING *`,
    [patient.organization_id, patient.id, input.screenedOn, JSON.stringify(answers)],
  );
  await recordPatientAccess(ctx, [
    {
      organizationId: patient.organization_id,
      patientId: patient.id,
      action: PatientAccessAction.SCREENING_RECORD,
      fields: ['screening.screenedOn', 'screening.answers'],
    },
  ]);
  announce(ctx, 'screening.record', 'Screening', row.id);
  return ctx.db.hydrate(Screening, row);
}

export async function recordConsent(ctx: RequestContext, input: ConsentRecordInput): Promise<Consent> {
  const checks = new Checks().notBlank(input.contentVersion, ['input', 'contentVersion'], 'the version of the consent text');
  if (input.kind === ConsentKind.TREATMENT)
    checks.check(input.treatmentId != null, INVALID, ['input', 'treatmentId'], 'Name the treatment the patient consents to.');
  else checks.check(input.treatmentId == null, INVALID, ['input', 'treatmentId'], 'A consent to photographs names no treatment.');
  const signedAt = input.signedAt ?? new Date();
  checks.check(
    signedAt.getTime() <= Date.now() + CLOCK_SKEW_MS,
    INVALID,
    ['input', 'signedAt'],
    'A consent cannot be signed in the future.',
  );
  checks.throwIfAny();
  const treatmentId =
    input.treatmentId != null ? referenceOf(tryUuidFromGlobalId, input.treatmentId, 'Treatment', ['input', 'treatmentId']) : null;
  const patient = await lockPatient(ctx, input.patientId, ['input', 'patientId']);
  let treatmentOwnerId: string | null = null;
  if (treatmentId) {
    const t = new SqlParams();
    const [treatment] = await ctx.db.query<{ owner_id: string; retired_at: Date | null }>(
      `SELECT t.owner_id, t.retired_at FROM treatments t WHERE t.id = ${t.param(treatmentId)}::uuid AND ${ctx.scope.catalogRows('t', t)}`,
      t.values,
    );
    if (!treatment) failWith(NOT_FOUND, ['input', 'treatmentId'], 'No Treatment with this id.');
    if (treatment.retired_at != null)
      failWith(TREATMENT_RETIRED, ['input', 'treatmentId'], 'This treatment is retired: it takes no new consents.');
    treatmentOwnerId = treatment.owner_id;
  }
  const [row] = await ctx.db.query<Row>(
    `INSERT INTO consents (organization_id, patient_id, kind, treatment_owner_id, treatment_id, content_version, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [patient.organization_id, patient.id, input.kind, treatmentOwnerId, treatmentId, input.contentVersion, signedAt],
  );
  await recordPatientAccess(ctx, [
    {
      organizationId: patient.organization_id,
      patientId: patient.id,
      action: PatientAccessAction.CONSENT_RECORD,
      fields: ['consent.kind', 'consent.contentVersion', 'consent.signedAt', ...(treatmentId ? ['consent.treatment'] : [])],
    },
  ]);
  announce(ctx, 'consent.record', 'Consent', row.id);
  return ctx.db.hydrate(Consent, row);
}

/** Withdraws a consent (kept as history); withdrawing a withdrawn one changes (and records) nothing. */
export async function withdrawConsent(ctx: RequestContext, input: ConsentWithdrawInput): Promise<Consent> {
  const consentId = referenceOf(tryUuidFromGlobalId, input.id, 'Consent', ['input', 'id']);
  const q = new SqlParams();
  const [before] = await ctx.db.query<Row>(
    `SELECT c.* FROM consents c WHERE c.id = ${q.param(consentId)}::uuid AND ${ctx.scope.tenantRows('consents', 'c', q)} FOR UPDATE`,
    q.values,
  );
  if (!before) failWith(NOT_FOUND, ['input', 'id'], 'No Consent with this id.');
  if (before.withdrawn_at != null) return ctx.db.hydrate(Consent, before);
  const [row] = await ctx.db.query<Row & { patient_id: string }>(
    `UPDATE consents SET withdrawn_at = greatest(now(), signed_at) WHERE id = $1 RETURNING *`,
    [before.id],
  );
  await recordPatientAccess(ctx, [
    {
      organizationId: row.organization_id,
      patientId: row.patient_id,
      action: PatientAccessAction.CONSENT_WITHDRAW,
      fields: ['consent.withdrawnAt'],
    },
  ]);
  announce(ctx, 'consent.withdraw', 'Consent', row.id);
  return ctx.db.hydrate(Consent, row);
}
