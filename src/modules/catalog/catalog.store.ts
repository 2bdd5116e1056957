/**
 * The SQL of an organization's own catalog: reading, locking and writing treatments,
 * protocols and protocol steps, and the owner checks that come with locking (the shared
 * library is read-only; an entry of another organization is not there at all).
 */
import { RequestContext } from '../../context';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { failWith, referenceOf } from '../../common/user-errors';
import { SqlParams } from '../../db/sql';
import { CatalogErrorCode, ProtocolStepInput } from './catalog-admin.inputs';
import { Columns } from './catalog-columns';
import { ProtocolKind } from './catalog.enums';
import { StepTreatment } from './catalog.rules';

const { NOT_FOUND, TAKEN, NOT_ALLOWED, RETIRED } = CatalogErrorCode;

/** A treatments or protocols row as PostgreSQL returns it (`SELECT *`, `RETURNING *`). */
export interface CatalogRow extends Record<string, unknown> {
  id: string;
  organization_id: string | null;
  retired_at: Date | null;
}

export interface ProtocolRow extends CatalogRow {
  kind: ProtocolKind;
}

/** A protocol_steps row, in the shape the audit trail keeps of it. */
export interface StepRow {
  position: number;
  treatment_id: string;
  min_days_after_previous: number | null;
  max_days_after_previous: number | null;
  note: string | null;
}

/** What the steps' rules need of a treatment a step refers to. */
export interface StepTreatmentRow extends StepTreatment {
  id: string;
  organization_id: string | null;
}

export interface CatalogTable {
  table: 'treatments' | 'protocols';
  typename: 'Treatment' | 'Protocol';
  label: string;
}
export const TREATMENTS: CatalogTable = { table: 'treatments', typename: 'Treatment', label: 'treatment' };
export const PROTOCOLS: CatalogTable = { table: 'protocols', typename: 'Protocol', label: 'protocol' };

export async function insertRow<R extends CatalogRow>(ctx: RequestContext, { table }: CatalogTable, values: Columns): Promise<R> {
  const q = new SqlParams();
  const columns = Object.keys(values);
  const [row] = await ctx.db.query<R>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => q.param(values[c])).join(', ')}) RETURNING *`,
    q.values,
  );
  return row;
}

export async function updateRow<R extends CatalogRow>(
  ctx: RequestContext,
  { table }: CatalogTable,
  id: string,
  changes: Columns,
): Promise<R> {
  const q = new SqlParams();
  const sets = Object.entries(changes).map(([column, value]) => `${column} = ${q.param(value)}`);
  const [row] = await ctx.db.query<R>(
    `UPDATE ${table} SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${q.param(id)} RETURNING *`,
    q.values,
  );
  return row;
}

/** Marks the entry retired (the row and its slug stay). */
export async function retireRow<R extends CatalogRow>(ctx: RequestContext, { table }: CatalogTable, id: string): Promise<R> {
  const [row] = await ctx.db.query<R>(`UPDATE ${table} SET retired_at = now(), updated_at = now() WHERE id = $1 RETURNING *`, [id]);
  return row;
}

/**
 * The organization's own entry behind an input id, locked for the change. A library
 * entry is NOT_ALLOWED (read-only); an unknown, malformed or invisible id is NOT_FOUND;
 * a retired entry is RETIRED.
 */
export async function lockOwn<R extends CatalogRow>(ctx: RequestContext, { table, typename, label }: CatalogTable, id: string): Promise<R> {
  const uuid = referenceOf(tryUuidFromGlobalId, id, typename, ['input', 'id']);
  const q = new SqlParams();
  const [row] = await ctx.db.query<R>(
    `SELECT c.* FROM ${table} c WHERE c.id = ${q.param(uuid)}::uuid AND ${ctx.scope.catalogRows('c', q)} AND c.organization_id IS NOT NULL
      FOR UPDATE`,
    q.values,
  );
  if (!row) {
    const [library] = await ctx.db.query(`SELECT 1 FROM ${table} c WHERE c.id = $1 AND c.organization_id IS NULL`, [uuid]);
    if (library) {
      failWith(
        NOT_ALLOWED,
        ['input', 'id'],
        `This ${label} belongs to the shared library, which is read-only. Create a ${label} of your own instead (it may use the same slug).`,
      );
    }
    failWith(NOT_FOUND, ['input', 'id'], `No ${typename} with this id.`);
  }
  if (row.retired_at != null) failWith(RETIRED, ['input', 'id'], `This ${label} is retired and can no longer be changed.`);
  return row;
}

/** TAKEN when another entry of the organization (retired ones included) has `slug`. */
export async function checkSlugFree(
  ctx: RequestContext,
  { table, label }: CatalogTable,
  slug: string,
  exceptId: string | null,
): Promise<void> {
  const q = new SqlParams();
  const [taken] = await ctx.db.query(
    `SELECT 1 FROM ${table} c WHERE c.slug = ${q.param(slug)} AND c.id IS DISTINCT FROM ${q.param(exceptId)}::uuid
        AND ${ctx.scope.catalogRows('c', q)} AND c.organization_id IS NOT NULL`,
    q.values,
  );
  if (taken) failWith(TAKEN, ['input', 'slug'], `Another ${label} of your organization (perhaps a retired one) has this slug.`);
}

/** The slugs of the protocols (not retired) that have a step with this treatment, in slug order. */
export async function protocolsUsing(ctx: RequestContext, treatmentId: string): Promise<string[]> {
  const q = new SqlParams();
  const users = await ctx.db.query<{ slug: string }>(
    `SELECT p.slug FROM protocols p
      WHERE p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
        AND EXISTS (SELECT 1 FROM protocol_steps s WHERE s.protocol_id = p.id AND s.treatment_id = ${q.param(treatmentId)}::uuid)
      ORDER BY p.slug`,
    q.values,
  );
  return users.map((u) => u.slug);
}

/**
 * The treatments among `ids` the viewer sees (the library's and the organization's own),
 * by id. The organization's own are locked FOR SHARE against a concurrent retire.
 */
export async function lockStepTreatments(ctx: RequestContext, ids: string[]): Promise<Map<string, StepTreatmentRow>> {
  const q = new SqlParams();
  const visible = await ctx.db.query<StepTreatmentRow>(
    `SELECT t.id, t.organization_id, t.retired_at FROM treatments t WHERE t.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('t', q)}`,
    q.values,
  );
  // Row-level security lets FOR SHARE lock only the organization's own rows; the library's never change.
  const own = visible.filter((t) => t.organization_id != null).map((t) => t.id);
  const locked = own.length
    ? await ctx.db.query<StepTreatmentRow>(
        'SELECT id, organization_id, retired_at FROM treatments WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE',
        [own],
      )
    : [];
  return new Map([...visible, ...locked].map((t) => [t.id, t]));
}

/** The protocol's steps in order. */
export async function stepsOf(ctx: RequestContext, protocolId: string): Promise<StepRow[]> {
  return ctx.db.query<StepRow>(
    `SELECT position, treatment_id, min_days_after_previous, max_days_after_previous, note
       FROM protocol_steps WHERE protocol_id = $1 ORDER BY position`,
    [protocolId],
  );
}

/** Writes the steps in order (positions 1..n); `treatmentIds[i]` is the uuid of step i's treatment. */
export async function insertSteps(
  ctx: RequestContext,
  protocol: CatalogRow,
  steps: ProtocolStepInput[],
  treatmentIds: string[],
): Promise<void> {
  for (const [index, step] of steps.entries()) {
    // The treatment's owner comes from the treatment itself (the library or the organization).
    await ctx.db.query(
      `INSERT INTO protocol_steps (organization_id, protocol_id, position, treatment_owner_id, treatment_id, min_days_after_previous, max_days_after_previous, note)
       SELECT $1, $2, $3, t.owner_id, t.id, $5, $6, $7 FROM treatments t WHERE t.id = $4`,
      [
        protocol.organization_id,
        protocol.id,
        index + 1,
        treatmentIds[index],
        step.minDaysAfterPrevious ?? null,
        step.maxDaysAfterPrevious ?? null,
        step.note ?? null,
      ],
    );
  }
}

/** Replaces all steps of the protocol. */
export async function replaceSteps(
  ctx: RequestContext,
  protocol: CatalogRow,
  steps: ProtocolStepInput[],
  treatmentIds: string[],
): Promise<void> {
  await ctx.db.query('DELETE FROM protocol_steps WHERE protocol_id = $1', [protocol.id]);
  await insertSteps(ctx, protocol, steps, treatmentIds);
}
