/**
 * A clinicgraph server of the test file's own: a fresh database cloned from the
 * migrated template, the real HTTP server on a free port (connected as the
 * row-level-security-bound application role), and codegen-typed clients.
 */
import 'reflect-metadata';
import { ClientError, GraphQLClient } from 'graphql-request';
import { DataSource } from 'typeorm';
import { AnalyticsConfig, AuthConfig, CorsOrigin, loadConfig } from '../../src/config';
import { CatalogCacheConfig } from '../../src/cache/catalog-cache-plugin';
import { DevIdentity, ensureDevMembership, signDevToken } from '../../src/auth/dev-tokens';
import { Role } from '../../src/auth/roles';
import { createTokenVerifier } from '../../src/auth/token-verifier';
import { DomainEvent, DomainEvents } from '../../src/common/domain-events';
import { createDataSource } from '../../src/db/data-source';
import { QueryLimits } from '../../src/graphql/query-limits';
import { Database } from '../../src/db/database';
import { appRoleUrl } from '../../src/db/open-database';
import { RequestObservation, startServer } from '../../src/server';
import { getSdk } from '../generated/graphql';
import { APP_PASSWORD, databaseUrl, randomName, TestServer, testServerEnv, withAdmin } from './test-database';

export const TEST_AUTH: AuthConfig = {
  secret: 'test-secret-that-is-long-enough-for-hs256-0123456789',
  jwksUrl: undefined,
  issuer: 'clinicgraph',
  audience: 'clinicgraph-api',
  clockSkewSeconds: 5,
};

export type Api = ReturnType<typeof getSdk>;

export interface TestApp {
  url: string;
  /** Base URL without /graphql, for /healthz and /readyz. */
  baseUrl: string;
  /** Anonymous client (public catalog only). */
  api: Api;
  client: GraphQLClient;
  /** A client acting as `identity` (membership created on first use), and its token. */
  as(identity: Partial<DevIdentity> & { role: Role }): Promise<{ api: Api; client: GraphQLClient; token: string }>;
  /** The demo organization's ORG_ADMIN. */
  asDemoAdmin(): Promise<Api>;
  /** Owner connection for arranging fixtures and checking rows (bypasses RLS); assertions go through the API. */
  sql: DataSource;
  /** The application role's connection, as the server uses it. */
  appSql: DataSource;
  /** Every GraphQL request served, with the SQL statements it sent. */
  requests: RequestObservation[];
  /** Server-side errors that were logged instead of returned. */
  loggedErrors: unknown[];
  /** Domain events the server published (after commits), in order. */
  events: DomainEvent[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Connections of the application's pool (isolation tests use 1). */
  poolSize?: number;
  /** The server's NODE_ENV ("production" hides schema details); default: the process's. */
  nodeEnv?: string;
  /** Query limits as configured by QUERY_MAX_*; default: the published defaults. */
  queryLimits?: QueryLimits;
  /** Browser origins allowed by CORS (none by default). */
  corsOrigins?: CorsOrigin[];
  /** The anonymous catalog cache; off by default, so that tests see every change at once. */
  catalogCache?: CatalogCacheConfig;
  /** Outcome analytics settings as ANALYTICS_* configure them; default: the published defaults. */
  analytics?: AnalyticsConfig;
  /** The server to create the file's database on; default: the run's (globalSetup). */
  server?: TestServer;
  /**
   * A streaming replica of `server` for query requests to read on (DATABASE_READ_URL):
   * its URL, and how to wait until it has replayed the file's new database.
   */
  replica?: { url: string; caughtUp(): Promise<void> };
}

/** DATABASE_PREPARED_STATEMENTS as the server reads it (off behind PgBouncer before 1.21 in transaction mode). */
function preparedStatements(): boolean {
  return loadConfig({ DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS }).databasePreparedStatements;
}

/**
 * The Database a test server uses on `appSql`: statements recorded, prepared statements as
 * the environment says (a further server on the same pool must follow it too, or it names
 * statements that PgBouncer before 1.21 loses between transactions).
 */
export function testDatabase(appSql: DataSource, replica?: DataSource): Database {
  return new Database(appSql, { recordStatements: true, preparedStatements: preparedStatements(), replica });
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { adminUrl, connectUrl, template, filePrefix } = options.server ?? testServerEnv();
  const name = randomName(filePrefix);
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = databaseUrl(connectUrl, name);
  const sql = createDataSource(url, 3);
  const appSql = createDataSource(appRoleUrl(url, APP_PASSWORD), options.poolSize ?? 5);
  await sql.initialize();
  await appSql.initialize();
  let replicaSql: DataSource | undefined;
  if (options.replica) {
    await options.replica.caughtUp();
    replicaSql = createDataSource(appRoleUrl(databaseUrl(options.replica.url, name), APP_PASSWORD), options.poolSize ?? 5);
    await replicaSql.initialize();
  }
  const requests: RequestObservation[] = [];
  const loggedErrors: unknown[] = [];
  const events: DomainEvent[] = [];
  const domainEvents = new DomainEvents();
  domainEvents.subscribe((event) => {
    events.push(event);
  });
  const server = await startServer({
    config: {
      port: 0,
      readinessTimeoutMs: 1000,
      nodeEnv: options.nodeEnv,
      queryLimits: options.queryLimits,
      corsOrigins: options.corsOrigins,
      catalogCache: options.catalogCache,
      analytics: options.analytics,
    },
    db: testDatabase(appSql, replicaSql),
    verifyToken: createTokenVerifier(TEST_AUTH),
    observe: (observation) => requests.push(observation),
    log: (_message, cause) => loggedErrors.push(cause),
    events: domainEvents,
  });
  const client = new GraphQLClient(server.url);
  const as: TestApp['as'] = async (identity) => {
    const subject = await ensureDevMembership(sql, { organization: 'lumiere-skin', clinics: [], ...identity });
    const token = await signDevToken(TEST_AUTH, TEST_AUTH.secret!, subject, 3600);
    const authed = new GraphQLClient(server.url, { headers: { authorization: `Bearer ${token}` } });
    return { api: getSdk(authed), client: authed, token };
  };
  return {
    url: server.url,
    baseUrl: server.url.replace(/\/graphql$/, ''),
    api: getSdk(client),
    client,
    as,
    asDemoAdmin: async () => (await as({ role: Role.ORG_ADMIN })).api,
    sql,
    appSql,
    requests,
    loggedErrors,
    events,
    close: async () => {
      await server.stop();
      await replicaSql?.destroy();
      await appSql.destroy();
      await sql.destroy();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The GraphQL errors of a failed request made through graphql-request. */
export async function graphQLErrors(
  request: Promise<unknown>,
): Promise<Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError && error.response.errors) return error.response.errors;
    throw error;
  }
  throw new Error('Expected the request to fail with GraphQL errors, but it succeeded');
}
