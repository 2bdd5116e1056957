/**
 * The test database server: one per jest run (embedded PostgreSQL, or DATABASE_URL),
 * holding a template database migrated once and loaded with the demo data. Each test
 * file clones the template (CREATE DATABASE ... TEMPLATE), so files never share state.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';

export const ENV_ADMIN_URL = 'CLINICGRAPH_TEST_ADMIN_URL';
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

export function testServerEnv(): { adminUrl: string; template: string } {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template) throw new Error('The test database is not prepared: run the tests through jest (globalSetup).');
  return { adminUrl, template };
}
