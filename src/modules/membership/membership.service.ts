/**
 * Memberships: who may do what in an organization. ORG_ADMIN manages all of them;
 * a CLINIC_MANAGER manages clinic-scoped memberships of their own clinics and never
 * grants more than their own role. Every change is audited.
 */
import { RequestContext } from '../../context';
import { CLINIC_SCOPED_ROLES, Role, ROLE_RANK } from '../../auth/roles';
import { MemberViewer, requireMember } from '../../auth/viewer';
import { Page, mapPage } from '../../common/relay/connection';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { keysetPage, PageArgs } from '../../common/relay/keyset-page';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { recordAudit } from '../audit/audit.service';
import { Clinic } from '../organization/organization.entity';
import { Membership } from './membership.entity';
import * as loaders from './membership.loaders';
import { MembershipCreateInput, MembershipErrorCode, MembershipRevokeInput, MembershipUpdateInput } from './membership.inputs';

const { NOT_FOUND, NOT_ALLOWED, TAKEN, CLINICS_REQUIRED, CLINICS_NOT_ALLOWED } = MembershipErrorCode;

/** A row of `memberships`: the columns read by hand typed, the rest for hydrating and auditing. */
type MembershipRow = Record<string, unknown> & { id: string; organization_id: string; role: Role; revoked_at: Date | null };

export interface MembershipQuery {
  role?: Role | null;
  includeRevoked?: boolean | null;
}

export async function membershipsPage(ctx: RequestContext, query: MembershipQuery, page: PageArgs): Promise<Page<Membership>> {
  const q = new SqlParams();
  const where = [ctx.scope.tenantRows('memberships', 'm', q)];
  if (query.role != null) where.push(`m.role = ${q.param(query.role)}`);
  if (!query.includeRevoked) where.push('m.revoked_at IS NULL');
  const result = await keysetPage(
    ctx.db.query,
    {
      select: 'm.*',
      from: 'memberships m',
      where,
      params: q,
      id: 'm.id',
      sort: { sql: 'm.subject', type: 'text', direction: 'ASC' },
    },
    page,
  );
  return mapPage(result, (row) => ctx.db.hydrate(Membership, row));
}

export function membershipById(ctx: RequestContext, id: string): Promise<Membership | null> {
  return loaders.membershipById.load(ctx, id);
}

export function clinicsOfMembership(ctx: RequestContext, membershipId: string): Promise<Clinic[]> {
  return loaders.clinicsOfMembership.load(ctx, membershipId);
}

/**
 * Checks that the viewer may hold a membership with `role` and `clinicIds` in their hands.
 * `fields` are the input paths of the clinics when they were given in this input.
 */
function checkGrant(checks: Checks, viewer: MemberViewer, role: Role, clinicIds: string[], fields?: string[][]): void {
  checks.check(role !== Role.PLATFORM_ADMIN, NOT_ALLOWED, ['input', 'role'], 'PLATFORM_ADMIN is not granted through memberships.');
  if (CLINIC_SCOPED_ROLES.has(role)) {
    checks.check(clinicIds.length > 0, CLINICS_REQUIRED, ['input', 'clinicIds'], `${role} needs at least one clinic.`);
  } else {
    checks.check(clinicIds.length === 0, CLINICS_NOT_ALLOWED, ['input', 'clinicIds'], `${role} is organization-wide and takes no clinics.`);
  }
  if (viewer.role !== Role.ORG_ADMIN) {
    const ownClinics = viewer.clinicIds ?? [];
    checks.check(
      CLINIC_SCOPED_ROLES.has(role) && ROLE_RANK[role] <= ROLE_RANK[viewer.role],
      NOT_ALLOWED,
      ['input', 'role'],
      `A ${viewer.role} may grant only clinic-scoped roles no higher than their own.`,
    );
    clinicIds.forEach((id, i) =>
      checks.check(
        ownClinics.includes(id),
        NOT_ALLOWED,
        fields?.[i] ?? ['input', 'clinicIds'],
        'You do not manage this clinic: you may grant access to your own clinics only.',
      ),
    );
  }
}

/**
 * Resolves input clinic ids, in input order: malformed ones are INVALID, clinics outside
 * the viewer's organization NOT_FOUND. Existence is checked across the organization (its
 * clinics are public), so that a manager naming a clinic they do not manage learns that
 * it is not theirs (NOT_ALLOWED, from checkGrant), as offeringSet answers.
 */
async function clinicIdsOf(ctx: RequestContext, ids: string[]): Promise<string[]> {
  const uuids = ids.map((id, i) => referenceOf(tryUuidFromGlobalId, id, 'Clinic', clinicField(i)));
  const q = new SqlParams();
  const rows = await ctx.db.query<{ id: string }>(
    `SELECT c.id FROM clinics c WHERE c.id = ANY(${q.param(uuids)}::uuid[]) AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  uuids.forEach((uuid, i) => {
    if (!rows.some((r) => r.id === uuid)) failWith(NOT_FOUND, clinicField(i), 'No Clinic with this id.');
  });
  return uuids;
}

const clinicField = (i: number): string[] => ['input', 'clinicIds', String(i)];

async function replaceClinics(ctx: RequestContext, organizationId: string, membershipId: string, clinicIds: string[]): Promise<void> {
  await ctx.db.query('DELETE FROM membership_clinics WHERE membership_id = $1', [membershipId]);
  for (const clinicId of clinicIds) {
    await ctx.db.query('INSERT INTO membership_clinics (organization_id, membership_id, clinic_id) VALUES ($1, $2, $3)', [
      organizationId,
      membershipId,
      clinicId,
    ]);
  }
}

export async function createMembership(ctx: RequestContext, input: MembershipCreateInput): Promise<Membership> {
  const viewer = requireMember(ctx.viewer);
  const checks = new Checks().notBlank(input.subject, ['input', 'subject'], "the person's subject");
  const named = await clinicIdsOf(ctx, input.clinicIds ?? []);
  checkGrant(
    checks,
    viewer,
    input.role,
    named,
    named.map((_, i) => clinicField(i)),
  );
  checks.throwIfAny();
  const clinicIds = [...new Set(named)];
  let practitionerId: string | null = null;
  if (input.practitionerId != null) {
    practitionerId = referenceOf(tryUuidFromGlobalId, input.practitionerId, 'Practitioner', ['input', 'practitionerId']);
    const q = new SqlParams();
    const [practitioner] = await ctx.db.query(
      `SELECT 1 FROM practitioners p WHERE p.id = ${q.param(practitionerId)}::uuid AND ${ctx.scope.tenantRows('practitioners', 'p', q)}`,
      q.values,
    );
    if (!practitioner) failWith(NOT_FOUND, ['input', 'practitionerId'], 'No Practitioner with this id.');
  }
  const q = new SqlParams();
  const [existing] = await ctx.db.query(
    `SELECT 1 FROM memberships m WHERE m.subject = ${q.param(input.subject)} AND m.revoked_at IS NULL AND ${ctx.scope.organizationWide('m', q)}`,
    q.values,
  );
  if (existing) failWith(TAKEN, ['input', 'subject'], 'This person already has a membership here; update it instead.');
  const [row] = await ctx.db.query<MembershipRow>(
    'INSERT INTO memberships (organization_id, subject, role, practitioner_id) VALUES ($1, $2, $3, $4) RETURNING *',
    [viewer.organizationId, input.subject, input.role, practitionerId],
  );
  await replaceClinics(ctx, viewer.organizationId, row.id, clinicIds);
  await recordAudit(ctx, { action: 'membership.create', targetType: 'Membership', targetId: row.id, after: { ...row, clinicIds } });
  return ctx.db.hydrate(Membership, row);
}

/** A standing membership the viewer may manage, locked; NOT_FOUND when not visible, NOT_ALLOWED when above them. */
async function manageable(ctx: RequestContext, id: string): Promise<{ row: MembershipRow; clinicIds: string[] }> {
  const viewer = requireMember(ctx.viewer);
  const uuid = referenceOf(tryUuidFromGlobalId, id, 'Membership', ['input', 'id']);
  const q = new SqlParams();
  const [row] = await ctx.db.query<MembershipRow>(
    `SELECT m.* FROM memberships m WHERE m.id = ${q.param(uuid)}::uuid AND m.revoked_at IS NULL
       AND ${ctx.scope.tenantRows('memberships', 'm', q)} FOR UPDATE`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, ['input', 'id'], 'No standing Membership with this id.');
  const clinics = await ctx.db.query<{ clinic_id: string }>('SELECT clinic_id FROM membership_clinics WHERE membership_id = $1', [uuid]);
  const clinicIds = clinics.map((c) => c.clinic_id);
  if (viewer.role !== Role.ORG_ADMIN) {
    const own = viewer.clinicIds ?? [];
    const within = ROLE_RANK[row.role] <= ROLE_RANK[viewer.role] && clinicIds.every((c) => own.includes(c));
    if (!within) failWith(NOT_ALLOWED, ['input', 'id'], 'This membership reaches beyond your role or clinics.');
  }
  return { row, clinicIds };
}

export async function updateMembership(ctx: RequestContext, input: MembershipUpdateInput): Promise<Membership> {
  const viewer = requireMember(ctx.viewer);
  const before = await manageable(ctx, input.id);
  const role = input.role ?? before.row.role;
  const named = input.clinicIds != null ? await clinicIdsOf(ctx, input.clinicIds) : null;
  const clinicIds = named ? [...new Set(named)] : CLINIC_SCOPED_ROLES.has(role) ? before.clinicIds : [];
  const checks = new Checks();
  checkGrant(
    checks,
    viewer,
    role,
    named ?? clinicIds,
    named?.map((_, i) => clinicField(i)),
  );
  checks.throwIfAny();
  const [row] = await ctx.db.query<MembershipRow>('UPDATE memberships SET role = $2, updated_at = now() WHERE id = $1 RETURNING *', [
    before.row.id,
    role,
  ]);
  await replaceClinics(ctx, viewer.organizationId, row.id, clinicIds);
  await recordAudit(ctx, {
    action: 'membership.update',
    targetType: 'Membership',
    targetId: row.id,
    before: { role: before.row.role, clinicIds: before.clinicIds },
    after: { role, clinicIds },
  });
  return ctx.db.hydrate(Membership, row);
}

export async function revokeMembership(ctx: RequestContext, input: MembershipRevokeInput): Promise<Membership> {
  const before = await manageable(ctx, input.id);
  const [row] = await ctx.db.query<MembershipRow>(
    'UPDATE memberships SET revoked_at = now(), updated_at = now() WHERE id = $1 RETURNING *',
    [before.row.id],
  );
  await recordAudit(ctx, {
    action: 'membership.revoke',
    targetType: 'Membership',
    targetId: row.id,
    before: { role: before.row.role, clinicIds: before.clinicIds, revokedAt: null },
    after: { revokedAt: row.revoked_at },
  });
  return ctx.db.hydrate(Membership, row);
}
