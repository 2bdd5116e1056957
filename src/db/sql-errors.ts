/**
 * The one place that reads PostgreSQL's SQLSTATE codes. Everything else asks this
 * module what a database error means; nothing else looks at a constraint or table name,
 * and no client ever sees one: only constraints an area declares user-facing become a
 * userError of their own, the rest get generic messages.
 */
import { COMMON_ERROR_CODES, UserErrorData } from '../common/user-errors';

/** How a declared constraint is reported to the client when a mutation violates it. */
export type UserFacingConstraint = UserErrorData;

export type DatabaseFailure =
  /** Serialization failure (40001) or deadlock (40P01): re-running the whole transaction may succeed. */
  | { kind: 'retriable'; sqlstate: string }
  /** The statement ran past `statement_timeout` (57014). */
  | { kind: 'timeout' }
  /** The client's data broke a rule of the database (a constraint, a malformed value): a userError. */
  | { kind: 'rejected'; userError: UserErrorData };

const SERIALIZATION_FAILURE = '40001';
const DEADLOCK_DETECTED = '40P01';
const QUERY_CANCELED = '57014';

/** Generic reports of each constraint class, revealing no constraint, table or other row. */
const GENERIC_REJECTIONS: Record<string, UserErrorData> = {
  '23505': { code: COMMON_ERROR_CODES.TAKEN, field: null, message: 'A value that must be unique is already in use.' },
  '23503': { code: COMMON_ERROR_CODES.NOT_FOUND, field: null, message: 'A referenced object does not exist.' },
  '23514': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A value is out of range or malformed.' },
  '23P01': { code: COMMON_ERROR_CODES.TAKEN, field: null, message: 'This conflicts with an existing entry.' },
  '22001': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A value is too long.' },
  '22P02': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A value is out of range or malformed.' },
  '22003': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A number is out of range.' },
  '22007': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A date or time is malformed.' },
  '22008': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A date or time is out of range.' },
  '22021': { code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A text contains a character that cannot be stored.' },
};

interface PgErrorFields {
  code?: string;
  constraint?: string;
}

/** The driver's error fields, whether TypeORM wrapped the error or not. */
function pgFields(error: unknown): PgErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const wrapped = (error as { driverError?: unknown }).driverError;
  const source = (typeof wrapped === 'object' && wrapped !== null ? wrapped : error) as PgErrorFields;
  return { code: typeof source.code === 'string' ? source.code : undefined, constraint: source.constraint };
}

export function sqlState(error: unknown): string | undefined {
  return pgFields(error).code;
}

/**
 * What a database error means, or null when it is not one the application expects
 * (a bug or an outage: reported as an internal error).
 */
export function classifyDatabaseError(error: unknown, userFacing: ReadonlyMap<string, UserFacingConstraint>): DatabaseFailure | null {
  const { code, constraint } = pgFields(error);
  if (!code) return null;
  if (code === SERIALIZATION_FAILURE || code === DEADLOCK_DETECTED) return { kind: 'retriable', sqlstate: code };
  if (code === QUERY_CANCELED) return { kind: 'timeout' };
  const declared = constraint ? userFacing.get(constraint) : undefined;
  if (declared && code.startsWith('23')) return { kind: 'rejected', userError: declared };
  const generic = GENERIC_REJECTIONS[code];
  return generic ? { kind: 'rejected', userError: generic } : null;
}
