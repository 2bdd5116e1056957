/**
 * The test database server: one per jest run (embedded PostgreSQL, or DATABASE_URL),
 * holding a template database migrated once and loaded with the demo data. Each test
 * file clones the template (CREATE DATABASE ... TEMPLATE), so files never share state.
 *
 * With a connection pooler in front of the server (PgBouncer in transaction mode:
 * .ci/pgbouncer-run), DATABASE_URL names the pooler and DATABASE_ADMIN_URL the server
 * itself: databases are created, cloned, migrated and dropped on the server directly
 * (a template must have no connection open, which a pooler's idle server connections
 * would break), while the test files' owner and application connections go through
 * DATABASE_URL, the way the application's traffic would.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';
import { loadDemoData } from '../../src/db/demo-data/load-demo-data';
import { setAppRolePassword } from '../../src/db/open-database';

export const ENV_ADMIN_URL = 'CLINICGRAPH_TEST_ADMIN_URL';
/** The server (or pooler) the test files connect to; ENV_ADMIN_URL's when no pooler is in between. */
export const ENV_CONNECT_URL = 'CLINICGRAPH_TEST_CONNECT_URL';
export const ENV_TEMPLATE = 'CLINICGRAPH_TEST_TEMPLATE';
/** Password of the application role in tests: the app's default, so a test run never breaks a server using the defaults on the same PostgreSQL. */
export const APP_PASSWORD = 'clinicgraph_app';

/** How globalSetup hands the embedded server's stop to globalTeardown: both run in jest's main process. */
export const globalHandoff = globalThis as typeof globalThis & { __clinicgraphStopPostgres?: () => Promise<void> };

export function randomName(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
}

/** URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(adminUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestServer {
  /** The server itself, as a superuser: CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Where the test files connect (a pooler in front of the server, or the server). */
  connectUrl: string;
  /** The migrated database each test file clones. */
  template: string;
  /**
   * Prefix of the databases of this jest run's test files: other runs may share the server
   * (DATABASE_URL), and teardown drops this run's databases only.
   */
  filePrefix: string;
}

const TEMPLATE_PREFIX = 'clinicgraph_template';

/**
 * The prefix of the test files' databases cloned from `template` (its random part names the
 * run). Not `clinicgraph_t_`: older checkouts' teardown drops every database so named.
 */
export function filePrefixOf(template: string): string {
  return `clinicgraph_test_${template.slice(TEMPLATE_PREFIX.length + 1)}`;
}

export function testServerEnv(): TestServer {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template) throw new Error('The test database is not prepared: run the tests through jest (globalSetup).');
  return { adminUrl, connectUrl: process.env[ENV_CONNECT_URL] || adminUrl, template, filePrefix: filePrefixOf(template) };
}

/** Creates a template database on the server of `adminUrl`: migrated, demo data loaded, the app role's test password set. */
export async function createTemplate(adminUrl: string): Promise<string> {
  const template = randomName(TEMPLATE_PREFIX);
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  const dataSource = createDataSource(databaseUrl(adminUrl, template), 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await loadDemoData(dataSource);
    await setAppRolePassword(dataSource, APP_PASSWORD);
  } finally {
    await dataSource.destroy();
  }
  return template;
}
