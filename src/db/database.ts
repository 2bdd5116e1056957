/**
 * The application's handle on PostgreSQL. `forRequest` gives each GraphQL request its
 * own connection and transaction, where the tenant settings that row-level security
 * reads are set transaction-locally (so they never leak into the next request that
 * borrows the pooled connection). Rows become entity instances through TypeORM's column
 * metadata, far cheaper than TypeORM's entity builder for wide lists.
 */
import { DataSource, EntityMetadata, QueryRunner } from 'typeorm';
import { QueryRunner as RunQuery } from '../common/relay/keyset-page';

type Constructor<T> = abstract new (...args: any[]) => T;

export interface SessionSettings {
  /** Token subject; lets RLS show the person's own memberships. */
  subject?: string;
  /** Anonymous catalog reading: the public tables of organizations are readable. */
  publicCatalog?: boolean;
}

export class Database {
  private readonly columnsByEntity = new Map<Function, Array<[property: string, column: string]>>();

  constructor(readonly dataSource: DataSource) {}

  forRequest(settings: SessionSettings): RequestDatabase {
    return new RequestDatabase(this, settings);
  }

  /** Builds an entity from a row whose column names are the table's. */
  hydrate<T>(entity: Constructor<T>, row: Record<string, unknown>): T {
    const instance = Object.create(entity.prototype) as Record<string, unknown>;
    for (const [property, column] of this.columns(entity)) instance[property] = row[column];
    return instance as T;
  }

  private columns(entity: Function): Array<[string, string]> {
    let columns = this.columnsByEntity.get(entity);
    if (!columns) {
      const metadata: EntityMetadata = this.dataSource.getMetadata(entity);
      columns = metadata.columns.map((c) => [c.propertyName, c.databaseName]);
      this.columnsByEntity.set(entity, columns);
    }
    return columns;
  }

  /** Answers whether PostgreSQL runs `SELECT 1` within `timeoutMs`. */
  async isReady(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); });
    const probe = this.dataSource.query('SELECT 1').then(() => true, () => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** One request's transaction, opened on its first statement and closed by `finish`. */
export class RequestDatabase {
  private runner: Promise<QueryRunner> | undefined;
  private savepoints = 0;
  /** Once finished, late statements (resolvers still running after an error ended the response) are refused. */
  private finished = false;

  constructor(private readonly database: Database, private readonly settings: SessionSettings) {}

  /** The tail of the statements queued on this request's connection. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs one statement in the request's transaction; placeholders are $1..$n.
   * Statements are queued: one connection runs one statement at a time, while the
   * request's DataLoaders may ask concurrently.
   */
  readonly query: RunQuery = (sql, params) => {
    // The structured result gives rows for every statement (plain results of UPDATE/DELETE are [rows, count]).
    const run = this.queue.then(async () => (await (await this.connection()).query(sql, params as any[], true)).records);
    this.queue = run.catch(() => undefined);
    return run;
  };

  hydrate<T>(entity: Constructor<T>, row: Record<string, unknown>): T {
    return this.database.hydrate(entity, row);
  }

  /** Sets the organization that row-level security lets this transaction see. */
  async setOrganization(organizationId: string): Promise<void> {
    await this.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
  }

  /**
   * Runs `fn` as `organizationId` (a platform operation on one organization's rows),
   * then returns to no organization.
   */
  async asOrganization<T>(organizationId: string, fn: () => Promise<T>): Promise<T> {
    await this.setOrganization(organizationId);
    try {
      return await fn();
    } finally {
      await this.query(`SELECT set_config('app.organization_id', '', true)`, []);
    }
  }

  /**
   * Runs `fn` so that it either takes full effect or none: a savepoint is rolled back
   * when `fn` throws or reports failure (`failed(result)`).
   */
  async atomically<T>(fn: () => Promise<T>, failed: (result: T) => boolean = () => false): Promise<T> {
    const name = `sp_${++this.savepoints}`;
    await this.query(`SAVEPOINT ${name}`, []);
    try {
      const result = await fn();
      await this.query(failed(result) ? `ROLLBACK TO SAVEPOINT ${name}` : `RELEASE SAVEPOINT ${name}`, []);
      return result;
    } catch (error) {
      await this.query(`ROLLBACK TO SAVEPOINT ${name}`, []);
      throw error;
    }
  }

  /** Commits (or rolls back) and returns the connection to the pool. */
  async finish(commit: boolean): Promise<void> {
    this.finished = true;
    await this.queue;
    const pending = this.runner;
    this.runner = undefined;
    if (!pending) return;
    const runner = await pending.catch(() => undefined);
    if (!runner) return;
    try {
      if (runner.isTransactionActive) {
        if (commit) await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }

  private connection(): Promise<QueryRunner> {
    if (this.finished) return Promise.reject(new Error('The request has already finished; its transaction is closed.'));
    this.runner ??= (async () => {
      const runner = this.database.dataSource.createQueryRunner();
      try {
        await runner.connect();
        await runner.startTransaction();
        await runner.query(`SELECT set_config('app.subject', $1, true), set_config('app.public_catalog', $2, true)`,
          [this.settings.subject ?? '', this.settings.publicCatalog ? 'on' : 'off']);
        return runner;
      } catch (error) {
        await runner.release();
        throw error;
      }
    })();
    return this.runner;
  }
}
