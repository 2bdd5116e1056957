/** Per-request loaders of memberships and the clinics they reach. */
import { byKey, groupByKey, RequestLoader } from '../../common/loaders';
import { SqlParams } from '../../db/sql';
import { Clinic } from '../organization/organization.entity';
import { Membership } from './membership.entity';

/** A clinic's row with the membership it was joined for. */
type ClinicOfMembershipRow = Record<string, unknown> & { __membership_id: string };

export const membershipById = new RequestLoader<string, Membership | null>('membership.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT m.* FROM memberships m WHERE m.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.tenantRows('memberships', 'm', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(Membership, row)),
    (m) => m.id,
    null,
  );
});

/** The clinics of clinic-scoped memberships, by name. */
export const clinicsOfMembership = new RequestLoader<string, Clinic[]>('membership.clinics', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<ClinicOfMembershipRow>(
    `SELECT c.*, mc.membership_id AS __membership_id FROM clinics c JOIN membership_clinics mc ON mc.clinic_id = c.id
      WHERE mc.membership_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.publicCatalogRows('clinics', 'c')}
      ORDER BY c.name, c.id`,
    q.values,
  );
  return groupByKey(ids, rows, (r) => r.__membership_id).map((list) => list.map((row) => ctx.db.hydrate(Clinic, row)));
});
