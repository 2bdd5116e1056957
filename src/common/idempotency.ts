/**
 * Idempotency keys: a client that may retry a mutation (a phone app on a flaky network)
 * sends a key of its choosing; the same key from the same person for the same mutation
 * answers the first request's result again instead of running the change twice.
 *
 * One mechanism for every mutation that needs it: `runIdempotentMutation` takes the place
 * of `runMutation`. Inside the mutation's own transaction, before the change runs, it
 * claims the key with `INSERT ... ON CONFLICT DO NOTHING` on the primary key
 * (organization, subject, operation, key) of `idempotency_keys`:
 * - the insert succeeds: this request is the first; the change runs and what `remember`
 *   returns (e.g. the created object's id) is stored in the same transaction, so the key
 *   and the change commit together, or neither does;
 * - a concurrent request holds the key uncommitted: PostgreSQL makes the insert wait
 *   until that transaction ends. It commits: the insert does nothing and this request
 *   replays the stored result (it never runs the change, so it never meets the first
 *   one's rows as a conflict such as TAKEN). It rolls back: the insert goes through and
 *   this request runs as the first. (Under REPEATABLE READ or SERIALIZABLE a row committed
 *   after the snapshot is a serialization failure instead; `runMutation` re-runs the
 *   attempt, which then sees the row and replays.)
 * - the key is stored with another input (request hash): IDEMPOTENCY_KEY_REUSED;
 * - the key is stored but expired (24 hours): its row is deleted and the key taken over.
 *
 * A mutation that fails (userErrors, a rejected write, an error) rolls back, and its key
 * with it: a retry with the same key runs the change again. Only successes are replayed.
 *
 * A replay stores and returns no copy of the payload: `remember` keeps a small JSON value
 * (the id of what was created) and `recall` re-reads the object in the replaying request,
 * so the payload is resolved with the retry's own selection set and the viewer's current
 * permissions, and no personal or health data is copied into `idempotency_keys`.
 */
import { createHash } from 'node:crypto';
import { RequestContext } from '../context';
import { requireMember } from '../auth/viewer';
import { SqlParams } from '../db/sql';
import { MutationOptions, MutationResult, runMutation } from './mutation';
import { TransactionConflictError } from './errors';
import { COMMON_ERROR_CODES, failWith } from './user-errors';
import { isBlank } from './validation';

/** How long a key answers with its first result. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** A JSON value kept to answer replays (e.g. `{ patientId }`). */
export type StoredResult = string | number | boolean | null | StoredResult[] | { [name: string]: StoredResult };

export interface Idempotency<T, S extends StoredResult = StoredResult> {
  /** The mutation field's name, e.g. 'patientRegister': keys of different mutations never meet. */
  operation: string;
  /** The client's key; without one (null, undefined) the mutation simply runs. */
  key: string | null | undefined;
  /**
   * The mutation's input as received. Its canonical JSON (keys sorted, undefined fields
   * left out, the top-level `idempotencyKey` left out) is hashed: the same key with a
   * different input is IDEMPOTENCY_KEY_REUSED.
   */
  input: object;
  /** The input path of the key, for userErrors about it; ['input', 'idempotencyKey'] by default. */
  field?: string[];
  /** What to keep of a successful result to answer replays: an id, not a copy of the object. */
  remember: (value: T) => S;
  /** The replayed result from what `remember` kept, read in the replaying request (its transaction, its viewer). */
  recall: (stored: S) => Promise<T | null>;
}

/** The result of a mutation; `replayed` tells a replay of a stored result from a run of the change. */
export type IdempotentResult<T> = MutationResult<T> & { replayed: boolean };

/**
 * Runs `change` as `runMutation` does (its own transaction, committed before the payload,
 * retries on serialization failures and deadlocks), at most once per key: see the file's
 * comment. Needs a member viewer (the key belongs to the organization and the subject).
 */
export async function runIdempotentMutation<T, S extends StoredResult>(
  ctx: RequestContext,
  idempotency: Idempotency<T, S>,
  change: () => Promise<T>,
  options: MutationOptions = {},
): Promise<IdempotentResult<T>> {
  const { key } = idempotency;
  if (key == null) return { ...(await runMutation(ctx, change, options)), replayed: false };
  let replayed = false;
  const result = await runMutation(
    ctx,
    async () => {
      replayed = false;
      const claim = await claimKey(ctx, idempotency, key);
      if (claim.kind === 'replay') {
        replayed = true;
        return idempotency.recall(claim.stored as S);
      }
      const value = await change();
      await storeResult(ctx, claim.where, idempotency.remember(value));
      return value;
    },
    options,
  );
  return { ...result, replayed: replayed && result.userErrors.length === 0 };
}

/** The canonical JSON of a value: object keys sorted, undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const members = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`);
  return `{${members.join(',')}}`;
}

/** SHA-256 (hex) of the input's canonical JSON, without the key itself. */
export function requestHash(input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

type Claim = { kind: 'first'; where: KeyRow } | { kind: 'replay'; stored: StoredResult };

interface KeyRow {
  organizationId: string;
  subject: string;
  operation: string;
  key: string;
}

/**
 * The key's row by its primary key: the tenant scope gives the organization, the rest is
 * the key's own (row-level security matches the organization and the subject again).
 */
function matchKey(ctx: RequestContext, alias: string, row: KeyRow, q: SqlParams): string {
  return `${ctx.scope.tenantRows('idempotency_keys', alias, q)} AND ${alias}.subject = ${q.param(row.subject)}
    AND ${alias}.operation = ${q.param(row.operation)} AND ${alias}.key = ${q.param(row.key)}`;
}

async function claimKey<T, S extends StoredResult>(ctx: RequestContext, idempotency: Idempotency<T, S>, key: string): Promise<Claim> {
  const field = idempotency.field ?? ['input', 'idempotencyKey'];
  if (isBlank(key)) failWith(COMMON_ERROR_CODES.INVALID, field, 'Give an idempotency key that is not blank, e.g. a random UUID.');
  const viewer = requireMember(ctx.viewer);
  const where: KeyRow = { organizationId: viewer.organizationId, subject: viewer.subject, operation: idempotency.operation, key };
  const hash = requestHash(idempotency.input);
  // Twice at most: a second round only after deleting an expired row of this key.
  for (let round = 1; round <= 2; round++) {
    const insert = new SqlParams();
    const inserted = await ctx.db.query(
      `INSERT INTO idempotency_keys (organization_id, subject, operation, key, request_hash, created_at, expires_at)
       VALUES (${insert.param(where.organizationId)}::uuid, ${insert.param(where.subject)}, ${insert.param(where.operation)},
               ${insert.param(where.key)}, ${insert.param(hash)}, now(), now() + interval '${IDEMPOTENCY_KEY_TTL_HOURS} hours')
       ON CONFLICT (organization_id, subject, operation, key) DO NOTHING
       RETURNING 1 AS claimed`,
      insert.values,
    );
    if (inserted.length > 0) return { kind: 'first', where };

    // Another request's committed row (READ COMMITTED: this statement's snapshot follows the wait).
    const q = new SqlParams();
    const [row] = await ctx.db.query<{ request_hash: string; result: StoredResult; pending: boolean; expired: boolean }>(
      `SELECT k.request_hash, k.result, k.result IS NULL AS pending, k.expires_at <= now() AS expired FROM idempotency_keys k WHERE ${matchKey(ctx, 'k', where, q)}`,
      q.values,
    );
    if (!row) continue; // deleted in between (expired and purged): claim it again
    if (row.expired) {
      const d = new SqlParams();
      await ctx.db.query(`DELETE FROM idempotency_keys k WHERE ${matchKey(ctx, 'k', where, d)} AND k.expires_at <= now()`, d.values);
      continue;
    }
    if (row.request_hash !== hash) {
      failWith(
        COMMON_ERROR_CODES.IDEMPOTENCY_KEY_REUSED,
        field,
        'This idempotency key was already used for a different request in the last 24 hours; use a new key for a new request.',
      );
    }
    if (row.pending) throw new Error('An idempotency key was committed without its result');
    return { kind: 'replay', stored: row.result };
  }
  // Only a purge or a takeover racing this request twice gets here: a conflict the client may retry.
  throw new TransactionConflictError(1);
}

async function storeResult(ctx: RequestContext, where: KeyRow, stored: StoredResult): Promise<void> {
  const q = new SqlParams();
  const json = q.param(JSON.stringify(stored));
  await ctx.db.query(`UPDATE idempotency_keys k SET result = ${json}::jsonb WHERE ${matchKey(ctx, 'k', where, q)}`, q.values);
}
