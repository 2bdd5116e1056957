/**
 * The benchmark's own database: a throw-away embedded PostgreSQL under the system temp
 * dir, or (DATABASE_URL set) a database clinicgraph_bench_<random> created on that server
 * and dropped afterwards. Either way it is migrated and loaded with the demo data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { loadDemoData } from '../../src/db/demo-data/load-demo-data';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { appRoleUrl, setAppRolePassword } from '../../src/db/open-database';

export interface BenchDatabase {
  /** Where the server came from, for the report. */
  origin: 'embedded' | 'DATABASE_URL';
  /** Owner (superuser or DATABASE_URL's user) URL of the bench database. */
  ownerUrl: string;
  /** URL of the same database as the row-level-security-bound application role. */
  appUrl: string;
  /** Owner DataSource (migrations, fixtures). */
  owner: DataSource;
  /** true when pg_stat_statements counts this database's statements; else why not. */
  statementStats: true | string;
}

/** Cleanup steps, run last-in first-out; each failure is reported but does not stop the others. */
export class Cleanup {
  private readonly steps: Array<{ name: string; run: () => void | Promise<unknown> }> = [];

  /** Adds a step, synchronous or not. */
  add(name: string, run: () => void | Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  async runAll(): Promise<void> {
    while (this.steps.length) {
      const step = this.steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup: ${step.name} failed:`, error);
      }
    }
  }
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export async function openBenchDatabase(cleanup: Cleanup, log: (line: string) => void): Promise<BenchDatabase> {
  const sharedUrl = process.env.DATABASE_URL || undefined;
  let ownerUrl: string;
  if (sharedUrl) {
    const name = `clinicgraph_bench_${crypto.randomBytes(5).toString('hex')}`;
    await withClient(sharedUrl, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
    cleanup.add(`drop database ${name}`, () =>
      withClient(sharedUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)),
    );
    ownerUrl = withDatabaseName(sharedUrl, name);
    log(`database ${name} created on DATABASE_URL's server`);
  } else {
    // Under the system temp dir, traversable: PostgreSQL runs as OS user "postgres" when we are root.
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-bench-pg-'));
    fs.chmodSync(tempDir, 0o755);
    cleanup.add(`remove ${tempDir}`, () => fs.rmSync(tempDir, { recursive: true, force: true }));
    // Persistent for the one restart that loads pg_stat_statements (statements per request
    // of every server, peers included); the folder is removed by the step above.
    const options = { dataDir: path.join(tempDir, 'data'), port: await freePort(), persistent: true, durable: false };
    const first = await startEmbeddedPostgres(options);
    await withClient(first.adminUrl, (c) => c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`));
    await first.stop();
    const server = await startEmbeddedPostgres(options);
    cleanup.add('stop embedded PostgreSQL', () => server.stop());
    await withClient(server.adminUrl, (c) => c.query('CREATE DATABASE clinicgraph_bench'));
    ownerUrl = withDatabaseName(server.adminUrl, 'clinicgraph_bench');
    log(`embedded PostgreSQL started in ${tempDir}`);
  }

  const owner = createDataSource(ownerUrl, 4);
  await owner.initialize();
  cleanup.add('close owner DataSource', () => owner.destroy());
  const statementStats = await enableStatementStats(owner);
  await owner.runMigrations({ transaction: 'each' });
  await loadDemoData(owner);

  let appUrl: string;
  const configuredAppUrl = process.env.DATABASE_APP_URL || undefined;
  if (sharedUrl && configuredAppUrl) {
    // The application role is managed outside clinicgraph: use its credentials on the bench database.
    appUrl = withDatabaseName(configuredAppUrl, new URL(ownerUrl).pathname.slice(1));
  } else {
    // The same password the application itself would set, so a server sharing this cluster keeps working.
    const password = process.env.DATABASE_APP_PASSWORD || 'clinicgraph_app';
    await setAppRolePassword(owner, password);
    appUrl = appRoleUrl(ownerUrl, password);
  }
  return { origin: sharedUrl ? 'DATABASE_URL' : 'embedded', ownerUrl, appUrl, owner, statementStats };
}

/** Creates pg_stat_statements in the bench database when the server preloads it; says why not otherwise. */
async function enableStatementStats(owner: DataSource): Promise<true | string> {
  const [{ preload }] = await owner.query(`SELECT current_setting('shared_preload_libraries') AS preload`);
  if (
    !String(preload)
      .split(/\s*,\s*/)
      .includes('pg_stat_statements')
  ) {
    return `the server does not preload pg_stat_statements (shared_preload_libraries = '${String(preload)}')`;
  }
  try {
    await owner.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return true;
  } catch (error) {
    return `CREATE EXTENSION pg_stat_statements failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** Statements (with parameters) the server's `observe` collects while `capture` is a list, for replay. */
export interface StatementCapture {
  capture: CapturedStatement[] | null;
}
