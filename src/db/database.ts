/**
 * The application's handle on PostgreSQL. `forRequest` gives each GraphQL request its
 * own connection and transaction, where the tenant settings that row-level security
 * reads are set transaction-locally (so they never leak into the next request that
 * borrows the pooled connection). Rows become entity instances through TypeORM's column
 * metadata, far cheaper than TypeORM's entity builder for wide lists.
 *
 * Requests talk to pg's pool directly (the pool of the application's DataSource), not
 * through TypeORM's query runner: statements are sent as named prepared statements, so
 * PostgreSQL parses and plans each SQL text once per connection instead of on every
 * request, and nothing per statement (logging hooks, result wrapping) runs in between.
 *
 * With a read replica (DATABASE_READ_URL), query requests read there once the operation
 * is known (`readFromReplica`); every write, and everything a request does after its
 * first write, runs on the primary. See RequestDatabase.
 */
import { createHash } from 'node:crypto';
import { escapeLiteral, Pool, PoolClient, QueryConfig, QueryResult, types } from 'pg';
import { DataSource, EntityMetadata } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { QueryRunner as RunQuery } from '../common/relay/keyset-page';

type Constructor<T> = abstract new (...args: never[]) => T;

export interface SessionSettings {
  /** Token subject; lets RLS show the person's own memberships. */
  subject?: string;
  /** Anonymous catalog reading: the public tables of organizations are readable. */
  publicCatalog?: boolean;
  /** The organization whose rows row-level security shows (set once the viewer is known). */
  organizationId?: string;
  /** A PATIENT's own patient: row-level security then shows only that patient's rows of patient tables. */
  patientId?: string;
}

export interface DatabaseOptions {
  /**
   * Send statements as named prepared statements (default). Off for poolers that hand a
   * transaction's statements to any server connection without tracking prepared
   * statements (PgBouncer before 1.21 in transaction mode).
   */
  preparedStatements?: boolean;
  /** Keep each request's SQL texts and parameters (`RequestDatabase.statements`): tests and the bench count them. */
  recordStatements?: boolean;
  /**
   * A streaming replica of the primary (DATABASE_READ_URL), connected as the same role:
   * query requests read there. Absent: everything runs on the primary.
   */
  replica?: DataSource;
}

/** Where a statement ran: the primary, or the read replica. */
export type DatabaseServer = 'primary' | 'replica';

/** A statement a request sent, as recorded with `recordStatements`. */
export interface RecordedStatement {
  sql: string;
  params: unknown[];
  /** The server it was sent to. */
  server: DatabaseServer;
}

/** How many distinct SQL texts get a prepared statement; texts beyond it (rare, generated ones) run unnamed. */
const MAX_PREPARED_TEXTS = 1_000;

export class Database {
  private readonly columnsByEntity = new Map<Constructor<unknown>, Array<[property: string, column: string, json: boolean]>>();
  private readonly statementNames = new Map<string, string>();
  private readonly preparedStatements: boolean;
  private readonly recordStatements: boolean;
  /** The read replica's DataSource, when one is configured. */
  readonly replica: DataSource | undefined;

  constructor(
    readonly dataSource: DataSource,
    options: DatabaseOptions = {},
  ) {
    this.preparedStatements = options.preparedStatements ?? true;
    this.recordStatements = options.recordStatements ?? false;
    this.replica = options.replica;
  }

  forRequest(settings: SessionSettings, log?: (message: string, cause?: unknown) => void): RequestDatabase {
    const db = new RequestDatabase(this, { ...settings }, log);
    if (this.recordStatements) db.statements = [];
    return db;
  }

  /** The application's pg pool (the DataSource's, so its size and credentials apply). */
  get pool(): Pool {
    return (this.dataSource.driver as PostgresDriver).master as Pool;
  }

  /** The pool of `server`; the primary's when no replica is configured. */
  poolOf(server: DatabaseServer): Pool {
    if (server === 'replica' && this.replica) return (this.replica.driver as PostgresDriver).master as Pool;
    return this.pool;
  }

  /**
   * The statement to send for `text`: named after a digest of the text, so every
   * connection prepares it once and reuses it (pg remembers what each connection has
   * prepared), and two texts never share a name.
   */
  statement(text: string, values: unknown[]): QueryConfig {
    if (!this.preparedStatements) return { text, values };
    let name = this.statementNames.get(text);
    if (name === undefined) {
      if (this.statementNames.size >= MAX_PREPARED_TEXTS) return { text, values };
      name = `cg_${createHash('sha1').update(text).digest('base64url')}`;
      this.statementNames.set(text, name);
    }
    return { name, text, values };
  }

  /** Builds an entity from a row whose column names are the table's. */
  /**
   * Builds an entity from a row whose column names are the table's. With `jsonAsText`
   * (rows read by `RequestDatabase.entities`), json and jsonb columns hold their text,
   * parsed on first read.
   */
  hydrate<T>(entity: Constructor<T>, row: Record<string, unknown>, options: { jsonAsText?: boolean } = {}): T {
    const instance = Object.create(entity.prototype as object) as Record<string, unknown>;
    for (const [property, column, json] of this.columns(entity)) {
      const value = row[column];
      if (json && options.jsonAsText && typeof value === 'string') parseOnFirstRead(instance, property, value);
      else instance[property] = value;
    }
    return instance as T;
  }

  private columns(entity: Constructor<unknown>): Array<[property: string, column: string, json: boolean]> {
    let columns = this.columnsByEntity.get(entity);
    if (!columns) {
      const metadata: EntityMetadata = this.dataSource.getMetadata(entity);
      columns = metadata.columns.map((c) => [c.propertyName, c.databaseName, c.type === 'json' || c.type === 'jsonb']);
      this.columnsByEntity.set(entity, columns);
    }
    return columns;
  }

  /** Answers whether PostgreSQL runs `SELECT 1` within `timeoutMs`. */
  async isReady(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    // A pool that is not there yet (the DataSource never connected) is a database that is not ready.
    const probe = Promise.resolve()
      .then(() => this.pool.query('SELECT 1'))
      .then(
        () => true,
        () => false,
      );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Isolation levels a mutation may ask for; requests default to READ COMMITTED. */
export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** Work that must run only once the transaction's data is durable (events, cache invalidation). */
export type AfterCommit = () => void | Promise<void>;

/**
 * One request's connection and its transactions. A query request runs in one
 * transaction (read-only once the operation is known to be a query). A mutation runs
 * each of its fields in a transaction of its own (`transaction`), committed before the
 * payload is resolved, so a failed COMMIT is a failed mutation and never a success.
 * Statements are queued: one connection runs one statement at a time, while the
 * request's DataLoaders may ask concurrently.
 *
 * Which server: the connection is chosen at the first statement, and again whenever the
 * wanted server changes. Until the operation is known, statements run on the primary:
 * the viewer (token -> membership) is resolved there, so a new member is known and a
 * revoked one refused at once, whatever the replica's lag. Once `readFromReplica` says
 * the request is a query, the rest of it reads on the replica (the viewer's read-only
 * transaction on the primary is committed and its connection returned, in the
 * background: no round trip is waited for). `transaction` (a write: a mutation, the
 * health-data access trail) always runs on the primary, and from the first write on the
 * request stays there, so a mutation's payload reads what it wrote. With no replica
 * configured everything runs on the primary, exactly as before.
 */
export class RequestDatabase {
  private runner: Promise<PoolClient> | undefined;
  /** The server `runner` is connected to. */
  private runnerServer: DatabaseServer = 'primary';
  /** The operation is a query: its reads may be served by the replica. */
  private replicaReads = false;
  /** The request has written (or is writing): it stays on the primary. */
  private wrote = false;
  /** Connections being given back in the background (their read-only transaction committing). */
  private readonly retiring: Array<Promise<void>> = [];
  /** The statements sent, when the database records them (`DatabaseOptions.recordStatements`). */
  statements: RecordedStatement[] | undefined;
  /** Whether a transaction is open on the runner. */
  private open = false;
  /** Transaction-local settings to send before the next statement (the transaction is already open). */
  private readonly pending = new Map<string, string>();
  private afterCommitQueue: AfterCommit[] = [];
  private readOnly = false;
  private isolation: IsolationLevel = 'READ COMMITTED';
  /** Once finished, late statements (resolvers still running after an error ended the response) are refused. */
  private finished = false;
  /** The tail of the statements queued on this request's connection. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Inside `transaction`: its BEGIN is confirmed before any statement is sent. */
  private writing = false;
  /** A read transaction's BEGIN, sent with its first statement (one write, one round trip). */
  private unsentBegin: string | undefined;

  constructor(
    private readonly database: Database,
    private readonly settings: SessionSettings,
    private readonly log: (message: string, cause?: unknown) => void = () => undefined,
  ) {}

  /** Runs one statement in the request's current transaction (opened on demand); placeholders are $1..$n. */
  readonly query: RunQuery = <Row>(sql: string, params: unknown[]) => this.run<Row>(sql, params);

  /**
   * Rows of `entity` (the SELECT list is the table's columns): its json and jsonb columns
   * arrive as text and are parsed when first read. A treatment row carries its whole
   * article in jsonb columns; a list or a page that shows a few fields of each no longer
   * parses all of it.
   */
  async entities<T>(entity: Constructor<T>, sql: string, params: unknown[]): Promise<T[]> {
    const rows = await this.run<Record<string, unknown>>(sql, params, JSON_AS_TEXT);
    return rows.map((row) => this.database.hydrate(entity, row, { jsonAsText: true }));
  }

  private run<Row>(sql: string, params: unknown[], types?: QueryConfig['types']): Promise<Row[]> {
    return this.enqueue(async (client) => {
      let begin = this.unsentBegin;
      this.unsentBegin = undefined;
      if (begin !== undefined && this.pending.size > 0) {
        // Settings changed since BEGIN was prepared: they must follow it, so it goes first.
        await client.query(begin);
        begin = undefined;
      }
      await this.flushSettings(client);
      this.statements?.push({ sql, params, server: this.runnerServer });
      const statement = this.database.statement(sql, params);
      if (types) statement.types = types;
      // The caller's Row type is its promise about the SELECT list.
      if (begin === undefined) return (await client.query(statement)).rows as Row[];
      return (await pipelined(client, begin, statement)).rows as Row[];
    });
  }

  hydrate<T>(entity: Constructor<T>, row: Record<string, unknown>): T {
    return this.database.hydrate(entity, row);
  }

  /** Sets the organization that row-level security lets this request see (from now on, in every transaction). */
  setOrganization(organizationId: string): void {
    this.settings.organizationId = organizationId;
    if (this.open) this.pending.set('app.organization_id', organizationId);
  }

  /** Sets the patient a PATIENT request is limited to (app.patient_id), like `setOrganization`. */
  setPatient(patientId: string): void {
    this.settings.patientId = patientId;
    if (this.open) this.pending.set('app.patient_id', patientId);
  }

  /**
   * Runs `fn` as `organizationId` (a platform operation on one organization's rows),
   * then returns to the request's own organization.
   */
  async asOrganization<T>(organizationId: string, fn: () => Promise<T>): Promise<T> {
    const own = this.settings.organizationId;
    this.setOrganization(organizationId);
    try {
      return await fn();
    } finally {
      this.setOrganization(own ?? '');
    }
  }

  /**
   * Makes the request's own transaction READ ONLY once the operation is known, at no
   * extra round trip (the setting travels with the next statement). Writes happen only
   * in the transactions of `transaction`, which mutations run.
   */
  markReadOnly(): void {
    this.readOnly = true;
    if (this.open) this.pending.set('transaction_read_only', 'on');
  }

  /**
   * The operation is a query: from its next statement on, the request reads on the
   * replica (when one is configured and the request has not written). Mutations never
   * call it: what they read before writing decides the write, and must be current.
   */
  readFromReplica(): void {
    this.replicaReads = true;
  }

  /** The server the next statement should run on. */
  private wantedServer(): DatabaseServer {
    return this.replicaReads && !this.wrote && this.database.replica ? 'replica' : 'primary';
  }

  /** Queues `hook` to run once the current transaction commits; it is dropped if the transaction rolls back. */
  afterCommit(hook: AfterCommit): void {
    this.afterCommitQueue.push(hook);
  }

  /**
   * Runs `fn` in a transaction of its own at `isolation`: the request's open
   * transaction (its reads so far) is committed first, then `fn`'s transaction is
   * committed, or rolled back when `fn` throws. A failing COMMIT throws: the caller
   * reports a failure, never a success.
   */
  async transaction<T>(isolation: IsolationLevel, fn: () => Promise<T>): Promise<T> {
    await this.endTransaction(true);
    // Writes run on the primary, and so does the rest of the request (read-your-writes).
    this.wrote = true;
    const readOnly = this.readOnly;
    this.isolation = isolation;
    this.readOnly = false;
    this.writing = true;
    try {
      const result = await fn();
      await this.endTransaction(true);
      return result;
    } catch (error) {
      await this.endTransaction(false).catch(() => undefined);
      throw error;
    } finally {
      this.isolation = 'READ COMMITTED';
      this.readOnly = readOnly;
      this.writing = false;
    }
  }

  /** Ends the request: commits (or rolls back) its open transaction and returns the connection to the pool. */
  async finish(commit: boolean): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.queue;
    await Promise.all(this.retiring);
    const pending = this.runner;
    this.runner = undefined;
    if (!pending) return;
    const runner = await pending.catch(() => undefined);
    if (!runner) return;
    if (commit && this.readOnly && this.open) {
      // A READ ONLY transaction has nothing to lose: the response need not wait for its
      // COMMIT. The connection goes back to the pool once the COMMIT is through.
      this.end(runner, true).then(
        () => runner.release(),
        (error: unknown) => {
          this.log('closing a read-only transaction failed', error);
          runner.release(true);
        },
      );
      return;
    }
    let healthy = false;
    try {
      await this.end(runner, commit);
      healthy = true;
    } finally {
      // A connection whose COMMIT or ROLLBACK failed may be broken or mid-transaction: the pool drops it.
      runner.release(!healthy);
    }
  }

  private enqueue<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => work(await this.begun()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The request's connection with a transaction open on it: BEGIN and the settings in one round trip. */
  private async begun(): Promise<PoolClient> {
    if (this.runner && !this.finished && this.runnerServer !== this.wantedServer()) await this.retire();
    const runner = await this.connection();
    if (!this.open) {
      const mode = `ISOLATION LEVEL ${this.isolation}${this.readOnly ? ' READ ONLY' : ''}`;
      const settings = Object.entries({
        'app.subject': this.settings.subject ?? '',
        'app.public_catalog': this.settings.publicCatalog ? 'on' : 'off',
        'app.organization_id': this.settings.organizationId ?? '',
        'app.patient_id': this.settings.patientId ?? '',
      }).map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`);
      // Values are escaped literals: BEGIN and SELECT travel as one simple-protocol message.
      const begin = `BEGIN ${mode}; SELECT ${settings.join(', ')}`;
      this.statements?.push({ sql: begin, params: [], server: this.runnerServer });
      // A read's BEGIN travels with its first statement (in the same queued work, so it is
      // never left unsent); a write transaction's BEGIN is confirmed first (were it lost,
      // the writes must not run outside a transaction).
      if (!this.writing && isPipelined(runner)) this.unsentBegin = begin;
      else await runner.query(begin);
      this.open = true;
      this.pending.clear();
    }
    return runner;
  }

  private async flushSettings(runner: PoolClient): Promise<void> {
    if (this.pending.size === 0) return;
    const values: string[] = [];
    const calls = [...this.pending].map(([name, value]) => {
      values.push(value);
      return `set_config(${escapeLiteral(name)}, $${values.length}, true)`;
    });
    this.pending.clear();
    const text = `SELECT ${calls.join(', ')}`;
    this.statements?.push({ sql: text, params: values, server: this.runnerServer });
    await runner.query(text, values);
  }

  /** Commits or rolls back the open transaction, if any, after the statements queued before. */
  private endTransaction(commit: boolean): Promise<void> {
    if (!this.runner) {
      this.afterCommitQueue = [];
      return Promise.resolve();
    }
    const run = this.queue.then(async () => this.end(await this.connection(), commit));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async end(runner: PoolClient, commit: boolean): Promise<void> {
    const hooks = this.afterCommitQueue;
    this.afterCommitQueue = [];
    this.pending.clear();
    if (!this.open) return;
    this.open = false;
    const end = commit ? 'COMMIT' : 'ROLLBACK';
    this.statements?.push({ sql: end, params: [], server: this.runnerServer });
    await runner.query(end);
    if (!commit) return;
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        // The data is durable already: a failing hook is logged, never turned into a failed response.
        this.log('an after-commit hook failed', error);
      }
    }
  }

  /**
   * Gives the current connection back before switching servers. Only reads happened in
   * its open transaction, if any (a write keeps the request on the primary, and
   * `transaction` closes the transaction before writing): the transaction's COMMIT and
   * the release run in the background, and `finish` waits for them.
   */
  private async retire(): Promise<void> {
    const pending = this.runner!;
    const server = this.runnerServer;
    if (this.open && this.afterCommitQueue.length > 0) {
      // Not expected (hooks come with writes), but hooks must run after their commit: wait.
      await this.end(await pending, true);
    }
    const open = this.open;
    this.runner = undefined;
    this.open = false;
    this.pending.clear();
    const closing = pending.then(async (client) => {
      let healthy = !open;
      if (open) {
        this.statements?.push({ sql: 'COMMIT', params: [], server });
        healthy = await client.query('COMMIT').then(
          () => true,
          (error: unknown) => {
            // Nothing was written in it: a failed COMMIT loses nothing; the connection is dropped.
            this.log(`committing a read-only transaction on the ${server} failed`, error);
            return false;
          },
        );
      }
      client.release(!healthy);
    });
    this.retiring.push(closing.catch(() => undefined));
  }

  private connection(): Promise<PoolClient> {
    if (this.finished) return Promise.reject(new Error('The request has already finished; its transaction is closed.'));
    if (!this.runner) {
      const server = this.wantedServer();
      this.runnerServer = server;
      const connecting = this.database.poolOf(server).connect();
      // An unreachable replica costs freshness of nothing: the request reads on the primary.
      this.runner =
        server === 'primary'
          ? connecting
          : connecting.catch((error: unknown) => {
              this.log('the read replica cannot be reached; reading on the primary', error);
              this.runnerServer = 'primary';
              return this.database.pool.connect();
            });
    }
    return this.runner;
  }
}

/** Result types that leave json and jsonb as text (pg's OIDs 114 and 3802); every other type as usual. */
const keepText = (text: string): string => text;
const JSON_AS_TEXT: QueryConfig['types'] = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === 114 || oid === 3802 ? keepText : (types.getTypeParser(oid, format) as unknown)) as typeof types.getTypeParser,
};

/** Defines `property` as the JSON `text`, parsed when first read (then an ordinary property). */
function parseOnFirstRead(instance: Record<string, unknown>, property: string, text: string): void {
  Object.defineProperty(instance, property, {
    configurable: true,
    enumerable: true,
    get() {
      const value: unknown = JSON.parse(text);
      Object.defineProperty(instance, property, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value: unknown) {
      Object.defineProperty(instance, property, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

/** pg's client internals used to send two statements in one write (not in @types/pg). */
interface PipelinedClient {
  pipeline?: boolean;
  connection?: { stream?: { cork(): void; uncork(): void } };
}

/** Whether the client sends statements without waiting for the previous answer (pg's `pipeline` option). */
function isPipelined(client: PoolClient): boolean {
  const internals = client as unknown as PipelinedClient;
  return internals.pipeline === true && internals.connection?.stream !== undefined;
}

/**
 * Sends `begin` (a simple-protocol message) and `statement` in one socket write and
 * waits for both answers: on a machine where every system call counts, one write and
 * one round trip instead of two. A failed BEGIN fails the statement too.
 */
async function pipelined(client: PoolClient, begin: string, statement: QueryConfig): Promise<QueryResult> {
  const stream = (client as unknown as PipelinedClient).connection!.stream!;
  stream.cork();
  let begun: Promise<unknown>;
  let result: Promise<QueryResult>;
  try {
    begun = client.query(begin);
    result = client.query(statement);
  } finally {
    stream.uncork();
  }
  const [, answer] = await Promise.all([begun, result]);
  return answer;
}
