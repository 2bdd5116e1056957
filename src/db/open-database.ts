/**
 * Opens the database the configuration names: DATABASE_URL when set, else the embedded
 * PostgreSQL under .data/ (started here). Runs pending migrations before returning.
 */
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  url: string;
  dataSource: DataSource;
  /** True when this process started the embedded server. */
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'clinicgraph';

export async function openDatabase(config: Config): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'), port: config.embeddedPostgresPort, persistent: true,
    });
    stopEmbedded = server.stop;
    await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    url = server.adminUrl.replace(/\/postgres$/, `/${EMBEDDED_DATABASE}`);
  }
  const dataSource = createDataSource(url, config.databasePoolSize);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await stopEmbedded?.();
    throw error;
  }
  return {
    url,
    dataSource,
    embedded: Boolean(stopEmbedded),
    close: async () => {
      await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
}

/** Creates `name` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
