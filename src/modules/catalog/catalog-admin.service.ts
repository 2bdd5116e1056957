/**
 * An organization's own catalog (ORG_ADMIN): creating, changing and retiring its own
 * treatments and protocols, audited. The shared library (organization_id NULL) is
 * read-only: changing or retiring a library entry is NOT_ALLOWED, and row-level
 * security refuses it again in PostgreSQL. Retiring keeps the row (and its slug) so
 * that what was planned with it stays readable by id.
 *
 * This file orchestrates: the rules are in catalog.rules.ts (pure), the input -> column
 * mapping in catalog-columns.ts, the SQL, locking and owner checks in catalog.store.ts.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { recordAudit } from '../audit/audit.service';
import {
  CatalogErrorCode,
  ProtocolCreateInput,
  ProtocolRetireInput,
  ProtocolStepInput,
  ProtocolUpdateInput,
  TreatmentCreateInput,
  TreatmentRetireInput,
  TreatmentUpdateInput,
} from './catalog-admin.inputs';
import { PROTOCOL_DEFAULTS, protocolColumns, TREATMENT_DEFAULTS, treatmentColumns } from './catalog-columns';
import { Protocol, Treatment } from './catalog.entity';
import { ProtocolKind } from './catalog.enums';
import { at, checkKindFitsCurrentSteps, checkProtocol, checkStepsFitKind, checkStepTreatments, checkTreatment } from './catalog.rules';
import {
  CatalogRow,
  checkSlugFree,
  insertRow,
  insertSteps,
  lockOwn,
  lockStepTreatments,
  PROTOCOLS,
  ProtocolRow,
  protocolsUsing,
  replaceSteps,
  retireRow,
  stepsOf,
  TREATMENTS,
  updateRow,
} from './catalog.store';

const { IN_USE } = CatalogErrorCode;

/** Leaves out generated columns that say nothing to a reader of the audit trail. */
function auditable(row: CatalogRow): Record<string, unknown> {
  const { search_vector: _searchVector, owner_id: _ownerId, ...rest } = row;
  return rest;
}

// ---------------------------------------------------------------------------------------
// Treatments

export async function createTreatment(ctx: RequestContext, input: TreatmentCreateInput): Promise<Treatment> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks();
  checkTreatment(checks, input);
  checks.throwIfAny();
  await checkSlugFree(ctx, TREATMENTS, input.slug, null);
  const row = await insertRow(ctx, TREATMENTS, { ...TREATMENT_DEFAULTS, ...treatmentColumns(input), organization_id: organizationId });
  await recordAudit(ctx, { action: 'treatment.create', targetType: 'Treatment', targetId: row.id, after: auditable(row) });
  return ctx.db.hydrate(Treatment, row);
}

export async function updateTreatment(ctx: RequestContext, input: TreatmentUpdateInput): Promise<Treatment> {
  const before = await lockOwn(ctx, TREATMENTS, input.id);
  const { id: _id, ...fields } = input;
  const checks = new Checks();
  checkTreatment(checks, fields);
  checks.throwIfAny();
  if (fields.slug != null) await checkSlugFree(ctx, TREATMENTS, fields.slug, before.id);
  const row = await updateRow(ctx, TREATMENTS, before.id, treatmentColumns(fields));
  await recordAudit(ctx, {
    action: 'treatment.update',
    targetType: 'Treatment',
    targetId: row.id,
    before: auditable(before),
    after: auditable(row),
  });
  return ctx.db.hydrate(Treatment, row);
}

export async function retireTreatment(ctx: RequestContext, input: TreatmentRetireInput): Promise<Treatment> {
  const before = await lockOwn(ctx, TREATMENTS, input.id);
  const users = await protocolsUsing(ctx, before.id);
  if (users.length) failWith(IN_USE, ['input', 'id'], `Protocols use this treatment (${users.join(', ')}): retire or change them first.`);
  const row = await retireRow(ctx, TREATMENTS, before.id);
  await recordAudit(ctx, {
    action: 'treatment.retire',
    targetType: 'Treatment',
    targetId: row.id,
    before: { retiredAt: null },
    after: { retiredAt: row.retired_at },
  });
  return ctx.db.hydrate(Treatment, row);
}

// ---------------------------------------------------------------------------------------
// Protocols

/**
 * The uuids of the steps' treatments, which must be visible (the library or the
 * organization's own) and not retired; the organization's own are locked against a
 * concurrent retire.
 */
async function stepTreatmentIds(ctx: RequestContext, steps: ProtocolStepInput[]): Promise<string[]> {
  const ids = steps.map((s, i) => referenceOf(tryUuidFromGlobalId, s.treatmentId, 'Treatment', at('steps', i, 'treatmentId')));
  const found = await lockStepTreatments(ctx, ids);
  const checks = new Checks();
  checkStepTreatments(checks, ids, found);
  checks.throwIfAny();
  return ids;
}

export async function createProtocol(ctx: RequestContext, input: ProtocolCreateInput): Promise<Protocol> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks();
  checkProtocol(checks, input);
  checkStepsFitKind(checks, input.kind, input.steps);
  checks.throwIfAny();
  await checkSlugFree(ctx, PROTOCOLS, input.slug, null);
  const treatmentIds = await stepTreatmentIds(ctx, input.steps);
  const row = await insertRow(ctx, PROTOCOLS, { ...PROTOCOL_DEFAULTS, ...protocolColumns(input), organization_id: organizationId });
  await insertSteps(ctx, row, input.steps, treatmentIds);
  await recordAudit(ctx, {
    action: 'protocol.create',
    targetType: 'Protocol',
    targetId: row.id,
    after: { ...auditable(row), steps: await stepsOf(ctx, row.id) },
  });
  return ctx.db.hydrate(Protocol, row);
}

export async function updateProtocol(ctx: RequestContext, input: ProtocolUpdateInput): Promise<Protocol> {
  const before = await lockOwn<ProtocolRow>(ctx, PROTOCOLS, input.id);
  const stepsBefore = await stepsOf(ctx, before.id);
  const { id: _id, ...fields } = input;
  const checks = new Checks();
  checkProtocol(checks, fields);
  const kind: ProtocolKind = fields.kind ?? before.kind;
  if (fields.steps != null) {
    checkStepsFitKind(checks, kind, fields.steps);
  } else if (fields.kind != null) {
    checkKindFitsCurrentSteps(
      checks,
      kind,
      stepsBefore.map((s) => ({ minDaysAfterPrevious: s.min_days_after_previous, maxDaysAfterPrevious: s.max_days_after_previous })),
    );
  }
  checks.throwIfAny();
  if (fields.slug != null) await checkSlugFree(ctx, PROTOCOLS, fields.slug, before.id);
  const treatmentIds = fields.steps != null ? await stepTreatmentIds(ctx, fields.steps) : null;
  const row = await updateRow(ctx, PROTOCOLS, before.id, protocolColumns(fields));
  if (fields.steps != null && treatmentIds != null) await replaceSteps(ctx, row, fields.steps, treatmentIds);
  await recordAudit(ctx, {
    action: 'protocol.update',
    targetType: 'Protocol',
    targetId: row.id,
    before: { ...auditable(before), steps: stepsBefore },
    after: { ...auditable(row), steps: await stepsOf(ctx, row.id) },
  });
  return ctx.db.hydrate(Protocol, row);
}

export async function retireProtocol(ctx: RequestContext, input: ProtocolRetireInput): Promise<Protocol> {
  const before = await lockOwn(ctx, PROTOCOLS, input.id);
  const row = await retireRow(ctx, PROTOCOLS, before.id);
  await recordAudit(ctx, {
    action: 'protocol.retire',
    targetType: 'Protocol',
    targetId: row.id,
    before: { retiredAt: null },
    after: { retiredAt: row.retired_at },
  });
  return ctx.db.hydrate(Protocol, row);
}
