/**
 * Runs a mutation atomically inside the request's transaction and turns expected
 * failures into userErrors: the service's own UserErrorsFailure, and database
 * constraint violations (reported generically, so a clash never reveals another
 * tenant's rows).
 */
import { RequestContext } from '../context';
import { COMMON_ERROR_CODES, UserErrorData, UserErrorsFailure } from './user-errors';

export type MutationResult<T> = { value: T | null; userErrors: UserErrorData[] };

export async function runMutation<T>(ctx: RequestContext, change: () => Promise<T>): Promise<MutationResult<T>> {
  try {
    const value = await ctx.db.atomically(change);
    return { value, userErrors: [] };
  } catch (error) {
    const userErrors = expectedFailure(error);
    if (!userErrors) throw error;
    return { value: null, userErrors };
  }
}

function expectedFailure(error: unknown): UserErrorData[] | null {
  if (error instanceof UserErrorsFailure) return error.errors;
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  switch (code) {
    case '23505': // unique_violation
      return [{ code: COMMON_ERROR_CODES.TAKEN, field: null, message: 'A value that must be unique is already in use.' }];
    case '23503': // foreign_key_violation
      return [{ code: COMMON_ERROR_CODES.NOT_FOUND, field: null, message: 'A referenced object does not exist.' }];
    case '23514': // check_violation
    case '22001': // string_data_right_truncation
    case '22P02': // invalid_text_representation
      return [{ code: COMMON_ERROR_CODES.INVALID, field: null, message: 'A value is out of range or malformed.' }];
    default:
      return null;
  }
}
