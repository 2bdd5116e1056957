/**
 * The application's handle on PostgreSQL: runs hand-written SQL and turns rows into
 * entity instances using TypeORM's column metadata (far cheaper than TypeORM's
 * entity builder for wide lists).
 */
import { DataSource, EntityMetadata } from 'typeorm';
import { QueryRunner as RunQuery } from '../common/relay/keyset-page';

type Constructor<T> = abstract new (...args: any[]) => T;

export class Database {
  private readonly columnsByEntity = new Map<Function, Array<[property: string, column: string]>>();

  constructor(readonly dataSource: DataSource) {}

  /** Runs one statement; placeholders are $1..$n. */
  readonly query: RunQuery = (sql, params) => this.dataSource.query(sql, params as any[]);

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
