/**
 * The one place where errors become GraphQL errors: domain errors get their code and
 * the argument they concern; anything unexpected becomes INTERNAL_SERVER_ERROR with a
 * generic message (the cause is logged, never sent: no stack traces, no SQL).
 */
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { InvalidArgumentError } from './common/errors';

/** Codes the client may see as they are (GraphQL validation, variable coercion...). */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (message: string, cause: unknown) => void): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  if (cause instanceof InvalidArgumentError) {
    return {
      message: cause.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', argument: cause.argument },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  log('unexpected error while resolving a request', cause);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
