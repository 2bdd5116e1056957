/**
 * Opens the database the configuration names: DATABASE_URL when set, else the embedded
 * PostgreSQL under .data/ (started here). Migrations run as the owner; requests run
 * through a second pool connected as clinicgraph_app, which row-level security binds,
 * and, with DATABASE_READ_URL, a third on the read replica as the same role.
 */
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import { APP_ROLE } from './app-role';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface OpenDatabase {
  /** Owner connection: migrations, demo data, development tooling. */
  owner: DataSource;
  /** Application connection (clinicgraph_app): every GraphQL request. */
  app: DataSource;
  /** The application role on the read replica (DATABASE_READ_URL), when configured: query requests read there. */
  replica: DataSource | undefined;
  /** True when this process started the embedded server. */
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'clinicgraph';

export interface OpenDatabaseOptions {
  /** The caller stops the embedded server on SIGINT/SIGTERM/SIGHUP itself, after draining. */
  callerHandlesSignals?: boolean;
}

export async function openDatabase(config: Config, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPostgresPort,
      persistent: true,
      durable: true,
      callerHandlesSignals: options.callerHandlesSignals,
    });
    stopEmbedded = server.stop;
    await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    url = server.adminUrl.replace(/\/postgres$/, `/${EMBEDDED_DATABASE}`);
  }
  const owner = createDataSource(url, 2);
  let app: DataSource | undefined;
  let replica: DataSource | undefined;
  try {
    await owner.initialize();
    await owner.runMigrations({ transaction: 'each' });
    let appUrl = config.databaseAppUrl;
    if (!appUrl) {
      await setAppRolePassword(owner, config.databaseAppPassword);
      appUrl = appRoleUrl(url, config.databaseAppPassword);
    }
    app = createDataSource(appUrl, config.databasePoolSize);
    await app.initialize();
    if (config.databaseReadUrl) {
      replica = createDataSource(sameRoleOn(appUrl, config.databaseReadUrl), config.databasePoolSize);
      await replica.initialize();
    }
  } catch (error) {
    if (app?.isInitialized) await app.destroy();
    if (owner.isInitialized) await owner.destroy();
    await stopEmbedded?.();
    throw error;
  }
  const appSource = app;
  const replicaSource = replica;
  return {
    owner,
    app: appSource,
    replica: replicaSource,
    embedded: Boolean(stopEmbedded),
    close: async () => {
      await replicaSource?.destroy();
      await appSource.destroy();
      await owner.destroy();
      await stopEmbedded?.();
    },
  };
}

/** Gives the application role a password (the owner needs CREATEROLE or superuser). */
export async function setAppRolePassword(owner: DataSource, password: string): Promise<void> {
  const [{ statement }] = await owner.query<Array<{ statement: string }>>(
    `SELECT format('ALTER ROLE ${APP_ROLE} PASSWORD %L', $1::text) AS statement`,
    [password],
  );
  await owner.query(statement);
}

/** The owner URL with the application role's credentials. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * The replica's URL (`serverUrl`: host, port, database, options such as sslmode) with the
 * role and password of `roleUrl`: requests read on the replica as the role they write
 * with on the primary (a replica has the primary's roles and passwords).
 */
export function sameRoleOn(roleUrl: string, serverUrl: string): string {
  const role = new URL(roleUrl);
  const url = new URL(serverUrl);
  url.username = role.username;
  url.password = role.password;
  return url.toString();
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
