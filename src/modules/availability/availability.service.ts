/**
 * Bookable slots of a clinic for a protocol. Two statements whatever the range, the
 * number of practitioners or busy intervals: the question (clinic, protocol, offering,
 * and whether the viewer asks as the clinic's staff), then the slots (availability.sql.ts).
 *
 * Who sees what: the clinic's staff (PRACTITIONER_READERS whose organization, and for
 * clinic-scoped roles whose clinics, include the clinic) see slots of every enabled
 * offering. Everyone else (booking apps: anonymous, PATIENT; other roles; staff of
 * other clinics) sees slots of enabled offerings that are bookable online, computed from
 * the organization's rows as a public answer: only free times and practitioner ids come
 * back, never working hours, leave or sessions.
 */
import { RequestContext } from '../../context';
import { mayRead } from '../../auth/read-policy';
import { InvalidArgumentError } from '../../common/errors';
import { toGlobalId, uuidFromGlobalId } from '../../common/relay/global-id';
import { SqlParams } from '../../db/sql';
import { effectiveOfferings } from '../offering/offering.loaders';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';
import { AvailableSlot } from './availability.entity';
import { MAX_AVAILABILITY_DAYS, rangeProblem } from './availability-rules';
import { slotStatement, SlotRow, SlotScope } from './availability.sql';

export interface AvailabilityQuery {
  clinicId: string;
  protocolId: string;
  from: Date;
  to: Date;
  practitionerId: string | null;
}

interface QuestionRow {
  organization_id: string;
  time_zone: string;
  as_staff: boolean;
  protocol_visible: boolean;
  enabled: boolean | null;
  bookable_online: boolean | null;
  duration_minutes: number | null;
}

/** Decodes and checks the arguments; every failure is BAD_USER_INPUT naming its argument. */
export function availabilityQuery(args: {
  clinicId: string;
  protocolId: string;
  from: Date;
  to: Date;
  practitionerId?: string | null;
}): AvailabilityQuery {
  const problem = rangeProblem(args.from, args.to, MAX_AVAILABILITY_DAYS, { from: 'from', to: 'to' });
  if (problem) throw new InvalidArgumentError(['to'], problem);
  return {
    clinicId: uuidFromGlobalId(args.clinicId, 'Clinic', ['clinicId']),
    protocolId: uuidFromGlobalId(args.protocolId, 'Protocol', ['protocolId']),
    from: args.from,
    to: args.to,
    practitionerId: args.practitionerId == null ? null : uuidFromGlobalId(args.practitionerId, 'Practitioner', ['practitionerId']),
  };
}

/** The clinic, its time zone, the protocol's visibility and its effective offering there; null when the clinic is unknown. */
async function question(ctx: RequestContext, query: AvailabilityQuery): Promise<QuestionRow | null> {
  const q = new SqlParams();
  const staff = mayRead(ctx.viewer, PRACTITIONER_READERS) ? ctx.scope.tenantRows('clinics', 'c', q) : 'FALSE';
  const protocol = `${q.param(query.protocolId)}::uuid`;
  const [row] = await ctx.db.query<QuestionRow>(
    `SELECT c.organization_id, c.time_zone, ${staff} AS as_staff, p.id IS NOT NULL AS protocol_visible,
            eo.enabled, eo.bookable_online, eo.duration_minutes
       FROM clinics c
       LEFT JOIN protocols p ON p.id = ${protocol} AND p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
       LEFT JOIN ${effectiveOfferings(ctx, q)} ON eo.clinic_id = c.id AND eo.protocol_id = ${protocol}
      WHERE c.id = ${q.param(query.clinicId)}::uuid AND ${ctx.scope.publicCatalogRows('clinics', 'c')}`,
    q.values,
  );
  return row ?? null;
}

export async function availableSlots(ctx: RequestContext, query: AvailabilityQuery): Promise<AvailableSlot[]> {
  const found = await question(ctx, query);
  if (!found) throw new InvalidArgumentError(['clinicId'], 'No Clinic with this id.');
  if (!found.protocol_visible) throw new InvalidArgumentError(['protocolId'], 'No Protocol with this id.');
  const organizationId = found.organization_id;
  const scope: SlotScope = found.as_staff
    ? { rows: (table, alias, q) => ctx.scope.tenantRows(table, alias, q), catalog: (alias, q) => ctx.scope.catalogRows(alias, q) }
    : {
        rows: (table, alias, q) => ctx.scope.publicDerivationRows(table, alias, organizationId, q),
        catalog: (alias, q) => ctx.scope.catalogRows(alias, q),
      };
  const bookable = found.enabled === true && (found.as_staff || found.bookable_online === true) && found.duration_minutes != null;
  const compute = async (): Promise<AvailableSlot[]> => {
    if (query.practitionerId != null) await checkPractitioner(ctx, query.practitionerId, scope);
    return bookable ? slots(ctx, query, found, scope) : [];
  };
  // A public answer is derived from the organization's rows, which row-level security shows only as that organization.
  return found.as_staff ? compute() : ctx.db.asOrganization(organizationId, compute);
}

/** An unknown (or other organization's) practitioner id is refused, as unknown ids are elsewhere. */
async function checkPractitioner(ctx: RequestContext, practitionerId: string, scope: SlotScope): Promise<void> {
  const q = new SqlParams();
  const [known] = await ctx.db.query(
    `SELECT 1 FROM practitioners pr WHERE pr.id = ${q.param(practitionerId)}::uuid AND ${scope.rows('practitioners', 'pr', q)}`,
    q.values,
  );
  if (!known) throw new InvalidArgumentError(['practitionerId'], 'No Practitioner with this id.');
}

async function slots(ctx: RequestContext, query: AvailabilityQuery, found: QuestionRow, scope: SlotScope): Promise<AvailableSlot[]> {
  const q = new SqlParams();
  const sql = slotStatement(
    {
      clinicId: query.clinicId,
      organizationId: found.organization_id,
      timeZone: found.time_zone,
      protocolId: query.protocolId,
      from: query.from,
      to: query.to,
      practitionerId: query.practitionerId,
      durationMinutes: found.duration_minutes!,
    },
    scope,
    q,
  );
  const rows = await ctx.db.query<SlotRow>(sql, q.values);
  return rows.map((row) =>
    Object.assign(new AvailableSlot(), {
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      practitionerId: row.practitioner_id,
      practitionerGlobalId: toGlobalId('Practitioner', row.practitioner_id),
    }),
  );
}
