/**
 * What the server log may keep of an unexpected error. A database error carries the SQL
 * text and its parameters (TypeORM's QueryFailedError: `query`, `parameters`; the pg
 * driver's error: a message that may quote a value, `detail` with key values), and those
 * parameters are tenants' data (health data once patients exist): only a summary is
 * logged. Other errors are logged as they are, for their stack.
 */

export interface DatabaseErrorSummary {
  error: string;
  /** SQLSTATE, e.g. "22021". */
  sqlState: string | null;
  /** Where in the response it happened. */
  path: ReadonlyArray<string | number> | null;
}

interface DatabaseErrorLike {
  name?: unknown;
  code?: unknown;
  query?: unknown;
  parameters?: unknown;
  driverError?: { code?: unknown; name?: unknown };
  severity?: unknown;
}

function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  if (error === null || typeof error !== 'object') return false;
  const e = error as DatabaseErrorLike;
  // TypeORM's QueryFailedError, or the pg driver's DatabaseError (it has a severity).
  return 'query' in e || 'parameters' in e || 'driverError' in e || (typeof e.severity === 'string' && typeof e.code === 'string');
}

export function loggableError(error: unknown, path?: ReadonlyArray<string | number>): unknown {
  if (!isDatabaseError(error)) return error;
  const code = error.driverError?.code ?? error.code;
  return {
    error: typeof error.name === 'string' ? error.name : 'DatabaseError',
    sqlState: typeof code === 'string' ? code : null,
    path: path ?? null,
  } satisfies DatabaseErrorSummary;
}
