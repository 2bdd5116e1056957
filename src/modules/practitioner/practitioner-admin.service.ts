/** Creating and changing practitioners, their clinics and qualifications (ORG_ADMIN), audited. */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isSlug } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { setList } from '../../db/update-set';
import { recordAudit } from '../audit/audit.service';
import {
  PractitionerClinicInput,
  PractitionerCreateInput,
  PractitionerErrorCode,
  PractitionerUpdateInput,
  QualificationGrantInput,
  QualificationRevokeInput,
} from './practitioner-admin.inputs';
import { Practitioner, Qualification } from './practitioner.entity';
import { checkGrantDates, replacedByGrant } from './qualification.rules';

const { NOT_FOUND, INVALID, TAKEN, TREATMENT_RETIRED } = PractitionerErrorCode;

type Row = Record<string, unknown>;

/** A practitioner_qualifications row as PostgreSQL returns it (`SELECT pq.*`). */
interface QualificationRow extends Row {
  id: string;
  revoked_at: Date | null;
}

interface ProfileFields {
  slug?: string | null;
  title?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  profession?: string | null;
  credentials?: string[] | null;
  bio?: string | null;
}

/** Checks the profile fields that are given (create passes the required ones always). */
function checkProfile(checks: Checks, input: ProfileFields): void {
  if (input.slug != null)
    checks.check(isSlug(input.slug), INVALID, ['input', 'slug'], 'Use lowercase letters, digits and single dashes (at most 80).');
  checks.notBlank(input.title, ['input', 'title'], 'a title, or null');
  checks.notBlank(input.givenName, ['input', 'givenName'], 'a given name');
  checks.notBlank(input.familyName, ['input', 'familyName'], 'a family name');
  checks.notBlank(input.profession, ['input', 'profession'], 'a profession');
  checks.notBlank(input.bio, ['input', 'bio'], 'a biography, or null');
  if (input.credentials != null) {
    checks.check(input.credentials.length <= 20, INVALID, ['input', 'credentials'], 'Give at most 20 credentials.');
    input.credentials.forEach((c, i) => checks.notBlank(c, ['input', 'credentials', String(i)], 'each credential'));
  }
}

async function checkSlugFree(ctx: RequestContext, slug: string, exceptId: string | null): Promise<void> {
  const q = new SqlParams();
  const [taken] = await ctx.db.query(
    `SELECT 1 FROM practitioners p WHERE p.slug = ${q.param(slug)} AND p.id IS DISTINCT FROM ${q.param(exceptId)}::uuid
        AND ${ctx.scope.tenantRows('practitioners', 'p', q)}`,
    q.values,
  );
  if (taken) failWith(TAKEN, ['input', 'slug'], 'Another practitioner of your organization has this slug.');
}

/** The practitioner behind an input id, locked for the change; NOT_FOUND at `field` when not visible. */
async function lockPractitioner(ctx: RequestContext, id: string, field: string[]): Promise<Row> {
  const practitionerId = referenceOf(tryUuidFromGlobalId, id, 'Practitioner', field);
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT p.* FROM practitioners p WHERE p.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.tenantRows('practitioners', 'p', q)}
        FOR UPDATE`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, field, 'No Practitioner with this id.');
  return row;
}

/** Which of these clinic uuids the viewer's organization has. */
async function visibleClinics(ctx: RequestContext, uuids: string[]): Promise<Set<string>> {
  const q = new SqlParams();
  const rows: Array<{ id: string }> = await ctx.db.query(
    `SELECT c.id FROM clinics c WHERE c.id = ANY(${q.param(uuids)}::uuid[]) AND ${ctx.scope.tenantRows('clinics', 'c', q)}`,
    q.values,
  );
  return new Set(rows.map((r) => r.id));
}

/** The uuids of the clinics behind a list of input ids (duplicates dropped); each unknown one is NOT_FOUND at its index. */
async function clinicsOf(ctx: RequestContext, ids: string[], field: string[]): Promise<string[]> {
  const uuids = ids.map((id, i) => referenceOf(tryUuidFromGlobalId, id, 'Clinic', [...field, String(i)]));
  if (uuids.length === 0) return [];
  const found = await visibleClinics(ctx, uuids);
  const checks = new Checks();
  uuids.forEach((uuid, i) => checks.check(found.has(uuid), NOT_FOUND, [...field, String(i)], 'No Clinic with this id.'));
  checks.throwIfAny();
  return [...new Set(uuids)];
}

/** The uuid of the clinic behind one input id; NOT_FOUND at `field` when not visible. */
async function clinicOf(ctx: RequestContext, id: string, field: string[]): Promise<string> {
  const clinicId = referenceOf(tryUuidFromGlobalId, id, 'Clinic', field);
  if (!(await visibleClinics(ctx, [clinicId])).has(clinicId)) failWith(NOT_FOUND, field, 'No Clinic with this id.');
  return clinicId;
}

async function clinicIdsOfPractitioner(ctx: RequestContext, practitionerId: string): Promise<string[]> {
  const q = new SqlParams();
  const rows: Array<{ clinic_id: string }> = await ctx.db.query(
    `SELECT pc.clinic_id FROM practitioner_clinics pc WHERE pc.practitioner_id = ${q.param(practitionerId)}::uuid
        AND ${ctx.scope.tenantRows('practitioner_clinics', 'pc', q)} ORDER BY pc.clinic_id`,
    q.values,
  );
  return rows.map((r) => r.clinic_id);
}

export async function createPractitioner(ctx: RequestContext, input: PractitionerCreateInput): Promise<Practitioner> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks()
    .check(isSlug(input.slug), INVALID, ['input', 'slug'], 'Use lowercase letters, digits and single dashes (at most 80).')
    .notBlank(input.givenName, ['input', 'givenName'], 'a given name')
    .notBlank(input.familyName, ['input', 'familyName'], 'a family name')
    .notBlank(input.profession, ['input', 'profession'], 'a profession');
  checkProfile(checks, { title: input.title, credentials: input.credentials, bio: input.bio });
  checks.throwIfAny();
  const clinicIds = await clinicsOf(ctx, input.clinicIds ?? [], ['input', 'clinicIds']);
  await checkSlugFree(ctx, input.slug, null);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `INSERT INTO practitioners (organization_id, slug, title, given_name, family_name, profession, credentials, bio)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      organizationId,
      input.slug,
      input.title ?? null,
      input.givenName,
      input.familyName,
      input.profession,
      input.credentials ?? [],
      input.bio ?? null,
    ],
  );
  for (const clinicId of clinicIds) {
    await ctx.db.query('INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) VALUES ($1, $2, $3)', [
      organizationId,
      row.id,
      clinicId,
    ]);
  }
  await recordAudit(ctx, {
    action: 'practitioner.create',
    targetType: 'Practitioner',
    targetId: row.id,
    after: { ...row, clinic_ids: [...clinicIds].sort() },
  });
  return ctx.db.hydrate(Practitioner, row);
}

export async function updatePractitioner(ctx: RequestContext, input: PractitionerUpdateInput): Promise<Practitioner> {
  const before = await lockPractitioner(ctx, input.id, ['input', 'id']);
  const checks = new Checks();
  checkProfile(checks, input);
  checks.throwIfAny();
  if (input.slug != null && input.slug !== before.slug) await checkSlugFree(ctx, input.slug, before.id as string);
  const q = new SqlParams();
  const sets = setList(q, {
    slug: input.slug ?? undefined,
    title: input.title,
    given_name: input.givenName ?? undefined,
    family_name: input.familyName ?? undefined,
    profession: input.profession ?? undefined,
    credentials: input.credentials ?? undefined,
    bio: input.bio,
  });
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `UPDATE practitioners SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${q.param(before.id)}::uuid RETURNING *`,
    q.values,
  );
  await recordAudit(ctx, { action: 'practitioner.update', targetType: 'Practitioner', targetId: row.id, before, after: row });
  return ctx.db.hydrate(Practitioner, row);
}

/** Adds a clinic to the practitioner's; assigning a clinic they already work at changes (and audits) nothing. */
export async function assignClinic(ctx: RequestContext, input: PractitionerClinicInput): Promise<Practitioner> {
  const practitioner = await lockPractitioner(ctx, input.practitionerId, ['input', 'practitionerId']);
  const clinicId = await clinicOf(ctx, input.clinicId, ['input', 'clinicId']);
  const before = await clinicIdsOfPractitioner(ctx, practitioner.id as string);
  if (!before.includes(clinicId)) {
    await ctx.db.query('INSERT INTO practitioner_clinics (organization_id, practitioner_id, clinic_id) VALUES ($1, $2, $3)', [
      practitioner.organization_id,
      practitioner.id,
      clinicId,
    ]);
    await recordAudit(ctx, {
      action: 'practitioner.assignClinic',
      targetType: 'Practitioner',
      targetId: practitioner.id as string,
      before: { clinic_ids: before },
      after: { clinic_ids: [...before, clinicId].sort() },
    });
  }
  return ctx.db.hydrate(Practitioner, practitioner);
}

/** Takes a clinic from the practitioner's; removing a clinic they do not work at changes (and audits) nothing. */
export async function removeClinic(ctx: RequestContext, input: PractitionerClinicInput): Promise<Practitioner> {
  const practitioner = await lockPractitioner(ctx, input.practitionerId, ['input', 'practitionerId']);
  const clinicId = await clinicOf(ctx, input.clinicId, ['input', 'clinicId']);
  const before = await clinicIdsOfPractitioner(ctx, practitioner.id as string);
  if (before.includes(clinicId)) {
    await ctx.db.query('DELETE FROM practitioner_clinics WHERE practitioner_id = $1 AND clinic_id = $2', [practitioner.id, clinicId]);
    await recordAudit(ctx, {
      action: 'practitioner.removeClinic',
      targetType: 'Practitioner',
      targetId: practitioner.id as string,
      before: { clinic_ids: before },
      after: { clinic_ids: before.filter((id) => id !== clinicId) },
    });
  }
  return ctx.db.hydrate(Practitioner, practitioner);
}

/**
 * Grants a qualification. A standing (unrevoked, possibly expired) qualification of the
 * practitioner for the same treatment is replaced: revoked, and the new one inserted, so
 * renewing with a later expiry is one call. The audit row's `before` is the replaced one.
 */
export async function grantQualification(ctx: RequestContext, input: QualificationGrantInput): Promise<Qualification> {
  const checks = new Checks();
  checkGrantDates(checks, input);
  checks.throwIfAny();
  const practitioner = await lockPractitioner(ctx, input.practitionerId, ['input', 'practitionerId']);
  const treatmentId = referenceOf(tryUuidFromGlobalId, input.treatmentId, 'Treatment', ['input', 'treatmentId']);
  const t = new SqlParams();
  const [treatment] = await ctx.db.query(
    `SELECT t.id, t.retired_at FROM treatments t WHERE t.id = ${t.param(treatmentId)}::uuid AND ${ctx.scope.catalogRows('t', t)}`,
    t.values,
  );
  if (!treatment) failWith(NOT_FOUND, ['input', 'treatmentId'], 'No Treatment with this id.');
  if (treatment.retired_at != null)
    failWith(TREATMENT_RETIRED, ['input', 'treatmentId'], 'This treatment is retired: it takes no new qualifications.');
  const q = new SqlParams();
  const qualifications = await ctx.db.query<QualificationRow>(
    `SELECT pq.* FROM practitioner_qualifications pq
      WHERE pq.practitioner_id = ${q.param(practitioner.id)}::uuid AND pq.treatment_id = ${q.param(treatmentId)}::uuid
        AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)}
      ORDER BY pq.id FOR UPDATE`,
    q.values,
  );
  const replaced = replacedByGrant(qualifications);
  if (replaced) await ctx.db.query('UPDATE practitioner_qualifications SET revoked_at = now() WHERE id = $1', [replaced.id]);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `INSERT INTO practitioner_qualifications (organization_id, practitioner_id, treatment_owner_id, treatment_id, granted_on, expires_on)
     SELECT $1, $2, t.owner_id, t.id, $4, $5 FROM treatments t WHERE t.id = $3 RETURNING *`,
    [practitioner.organization_id, practitioner.id, treatmentId, input.grantedOn, input.expiresOn ?? null],
  );
  await recordAudit(ctx, { action: 'qualification.grant', targetType: 'Qualification', targetId: row.id, before: replaced, after: row });
  return ctx.db.hydrate(Qualification, row);
}

/** Revokes a qualification (kept as history); revoking a revoked one changes (and audits) nothing. */
export async function revokeQualification(ctx: RequestContext, input: QualificationRevokeInput): Promise<Qualification> {
  const qualificationId = referenceOf(tryUuidFromGlobalId, input.id, 'Qualification', ['input', 'id']);
  const q = new SqlParams();
  const [before] = await ctx.db.query(
    `SELECT pq.* FROM practitioner_qualifications pq WHERE pq.id = ${q.param(qualificationId)}::uuid
        AND ${ctx.scope.tenantRows('practitioner_qualifications', 'pq', q)} FOR UPDATE`,
    q.values,
  );
  if (!before) failWith(NOT_FOUND, ['input', 'id'], 'No Qualification with this id.');
  if (before.revoked_at != null) return ctx.db.hydrate(Qualification, before);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    'UPDATE practitioner_qualifications SET revoked_at = now() WHERE id = $1 RETURNING *',
    [before.id],
  );
  await recordAudit(ctx, { action: 'qualification.revoke', targetType: 'Qualification', targetId: row.id, before, after: row });
  return ctx.db.hydrate(Qualification, row);
}
