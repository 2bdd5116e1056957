/**
 * The one place where errors become GraphQL errors: domain errors get their code (and
 * the argument they concern); anything unexpected becomes INTERNAL_SERVER_ERROR with a
 * generic message (the cause is logged, never sent: no stack traces, no SQL; and the log
 * itself never holds statement parameters, see common/safe-log.ts).
 */
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './auth/auth-errors';
import { InvalidArgumentError, StatementTimeoutError, TransactionConflictError } from './common/errors';
import { classifyDatabaseError } from './db/sql-errors';
import { QueryLimitError } from './graphql/query-limits-plugin';
import { loggableError } from './common/safe-log';

/** Codes the client may see as they are (GraphQL validation, variable coercion...). */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, cause: unknown) => void,
): GraphQLFormattedError {
  const cause = asDomainError(rootCause(error));
  const { path, locations } = formatted;
  if (cause instanceof InvalidArgumentError) {
    return { message: cause.message, path, locations, extensions: { code: 'BAD_USER_INPUT', argument: cause.argument } };
  }
  if (cause instanceof UnauthenticatedError) return { message: cause.message, path, extensions: { code: 'UNAUTHENTICATED' } };
  if (cause instanceof ForbiddenError) return { message: cause.message, path, extensions: { code: 'FORBIDDEN' } };
  if (cause instanceof TransactionConflictError) {
    return { message: cause.message, path, extensions: { code: 'TRANSACTION_CONFLICT', retryable: true, attempts: cause.attempts } };
  }
  if (cause instanceof StatementTimeoutError)
    return { message: cause.message, path, extensions: { code: 'STATEMENT_TIMEOUT', retryable: true } };
  if (cause instanceof QueryLimitError) return { message: cause.message, extensions: cause.clientExtensions() };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations, path, extensions: { code } };
  }
  // Never the SQL or its parameters: a database error is logged as a summary.
  log('unexpected error while resolving a request', loggableError(cause, path));
  return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A database error a read can meet (a timeout, a conflict) as the domain error it means. */
function asDomainError(cause: unknown): unknown {
  const failure = classifyDatabaseError(cause, new Map());
  if (failure?.kind === 'timeout') return new StatementTimeoutError();
  if (failure?.kind === 'retriable') return new TransactionConflictError(1);
  return cause;
}

/** Errors of context creation (before any resolver runs) carry their HTTP status. */
export function contextError(error: unknown): unknown {
  if (error instanceof UnauthenticatedError) {
    return new GraphQLError(error.message, { originalError: error, extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return error;
}
