/** Per-request loaders of the treatment catalog: treatments, pairings, protocols and their steps. */
import type { RequestContext } from '../../context';
import { byKey, groupByKey, RequestLoader } from '../../common/loaders';
import { SqlParams } from '../../db/sql';
import { Protocol, ProtocolStep, Treatment, TreatmentPairing } from './catalog.entity';

/** A pairing of `treatment_pairings`, as selected below. */
interface PairingRow {
  treatment_id: string;
  paired_treatment_id: string;
  note: string;
}

/** A protocol's row with the treatment it was joined for. */
type ProtocolOfTreatmentRow = Record<string, unknown> & { __treatment_id: string };

export const treatmentById = new RequestLoader<string, Treatment | null>('treatment.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const treatments = await ctx.db.entities(
    Treatment,
    `SELECT t.* FROM treatments t WHERE t.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('t', q)}`,
    q.values,
  );
  return byKey(ids, treatments, (t) => t.id, null);
});

/** Treatments that pair well with treatments, by name. */
export const pairingsOfTreatment = new RequestLoader<string, TreatmentPairing[]>('treatment.pairings', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<PairingRow>(
    `SELECT tp.treatment_id, tp.paired_treatment_id, tp.note
       FROM treatment_pairings tp JOIN treatments t ON t.id = tp.paired_treatment_id
      WHERE tp.treatment_id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('tp', q)} AND ${ctx.scope.catalogRows('t', q)}
        AND t.retired_at IS NULL
      ORDER BY t.name, t.id`,
    q.values,
  );
  return groupByKey(ids, rows, (r) => r.treatment_id).map((list) =>
    list.map((r) => Object.assign(new TreatmentPairing(), { treatmentId: r.paired_treatment_id, note: r.note })),
  );
});

/**
 * Protocols by id, each with its steps (a handful per protocol) in the same statement:
 * a protocol is almost always read with its steps, and a list of offerings or courses
 * then costs one statement for protocols and steps instead of two.
 */
export const protocolById = new RequestLoader<string, Protocol | null>('protocol.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<Record<string, unknown> & { __steps: Array<Record<string, unknown>> }>(
    `SELECT p.*, COALESCE(
         (SELECT json_agg(s ORDER BY s.position) FROM protocol_steps s WHERE s.protocol_id = p.id AND ${stepRows(ctx, q)}),
         '[]') AS __steps
       FROM protocols p WHERE p.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('p', q)}`,
    q.values,
  );
  const protocols = rows.map((row) => {
    const protocol = ctx.db.hydrate(Protocol, row);
    // JSON keeps the steps' values as they are (uuids, integers, text): no conversion is lost.
    stepsOfProtocol.prime(
      ctx,
      protocol.id,
      row.__steps.map((step) => ctx.db.hydrate(ProtocolStep, step)),
    );
    return protocol;
  });
  return byKey(ids, protocols, (p) => p.id, null);
});

/** The catalog rows of protocol_steps `s` the request may read (the same for both statements that read steps). */
function stepRows(ctx: RequestContext, q: SqlParams): string {
  return ctx.scope.catalogRows('s', q);
}

/** The steps of protocols, in order. */
export const stepsOfProtocol = new RequestLoader<string, ProtocolStep[]>('protocol.steps', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT s.* FROM protocol_steps s WHERE s.protocol_id = ANY(${q.param(ids)}::uuid[]) AND ${stepRows(ctx, q)}
      ORDER BY s.position`,
    q.values,
  );
  return groupByKey(
    ids,
    rows.map((row) => ctx.db.hydrate(ProtocolStep, row)),
    (s) => s.protocolId,
  );
});

export const protocolStepById = new RequestLoader<string, ProtocolStep | null>('protocolStep.byId', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query(
    `SELECT s.* FROM protocol_steps s WHERE s.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('s', q)}`,
    q.values,
  );
  return byKey(
    ids,
    rows.map((row) => ctx.db.hydrate(ProtocolStep, row)),
    (s) => s.id,
    null,
  );
});

/** Unretired protocols that include treatments, by name. */
export const protocolsOfTreatment = new RequestLoader<string, Protocol[]>('treatment.protocols', async (ctx, ids) => {
  const q = new SqlParams();
  const rows = await ctx.db.query<ProtocolOfTreatmentRow>(
    `SELECT DISTINCT ON (s.treatment_id, p.name, p.id) p.*, s.treatment_id AS __treatment_id
       FROM protocols p JOIN protocol_steps s ON s.protocol_id = p.id
      WHERE s.treatment_id = ANY(${q.param(ids)}::uuid[]) AND p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
      ORDER BY s.treatment_id, p.name, p.id`,
    q.values,
  );
  return groupByKey(ids, rows, (r) => r.__treatment_id).map((list) => list.map((row) => ctx.db.hydrate(Protocol, row)));
});
