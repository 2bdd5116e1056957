/**
 * Counts the SQL statements each GraphQL request sends, attributing them through
 * AsyncLocalStorage. Used by the N+1 regression tests and available for logging.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

export interface RequestSqlStats {
  statements: string[];
}

const storage = new AsyncLocalStorage<RequestSqlStats>();

/** Runs `fn` with a fresh statement list that every query issued inside it appends to. */
export function withSqlStats<T>(stats: RequestSqlStats, fn: () => T): T {
  return storage.run(stats, fn);
}

/** A TypeORM logger that records each statement in the current request's stats. */
export class SqlStatsLogger extends AbstractLogger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    storage.getStore()?.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Statements are counted, not printed; errors surface through the request's error handling.
  }
}
