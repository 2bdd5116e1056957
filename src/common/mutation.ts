/**
 * Runs one mutation in a transaction of its own and turns expected failures into
 * userErrors: the service's UserErrorsFailure, and database rejections (mapped in
 * db/sql-errors.ts, so a clash never reveals another tenant's rows). The transaction
 * is committed before the payload is resolved; serialization failures and deadlocks
 * re-run the whole mutation a bounded number of times before a retriable error.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { RequestContext } from '../context';
import { IsolationLevel } from '../db/database';
import { classifyDatabaseError } from '../db/sql-errors';
import { StatementTimeoutError, TransactionConflictError } from './errors';
import { UserErrorData, UserErrorsFailure } from './user-errors';

export type MutationResult<T> = { value: T | null; userErrors: UserErrorData[] };

export interface MutationOptions {
  /**
   * Isolation of the mutation's transaction. REPEATABLE READ or SERIALIZABLE for changes
   * that decide from what they read (a booking checks the calendar, then writes).
   */
  isolation?: IsolationLevel;
}

/** Attempts in all, the first included, before a conflict is reported as retriable. */
export const MAX_ATTEMPTS = 4;

/** Exponential back-off with full jitter, so colliding requests do not collide again in step. */
function backoffMs(attempt: number): number {
  return Math.random() * 10 * 2 ** attempt;
}

export async function runMutation<T>(
  ctx: RequestContext,
  change: () => Promise<T>,
  options: MutationOptions = {},
): Promise<MutationResult<T>> {
  for (let attempt = 1; ; attempt++) {
    // Loaded objects may predate a concurrent commit or belong to a rolled-back attempt.
    ctx.loaders.clear();
    try {
      const value = await ctx.db.transaction(options.isolation ?? 'READ COMMITTED', change);
      ctx.loaders.clear();
      return { value, userErrors: [] };
    } catch (error) {
      if (error instanceof UserErrorsFailure) return { value: null, userErrors: error.errors };
      const failure = classifyDatabaseError(error, ctx.modules.userFacingConstraints);
      switch (failure?.kind) {
        case 'rejected':
          return { value: null, userErrors: [failure.userError] };
        case 'timeout':
          throw new StatementTimeoutError();
        case 'retriable':
          if (attempt >= MAX_ATTEMPTS) throw new TransactionConflictError(attempt);
          await sleep(backoffMs(attempt));
          continue;
        default:
          throw error;
      }
    }
  }
}
