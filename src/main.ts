/**
 * Process entry: configuration -> database (embedded unless DATABASE_URL) -> migrations
 * -> demo data -> HTTP server. SIGTERM/SIGINT drain requests, then close the database.
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
import { openDatabase } from './db/open-database';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const secret = resolveAuthSecret(config);
  const database = await openDatabase(config);
  console.log(database.embedded
    ? `clinicgraph: embedded PostgreSQL ready (data in ${config.dataDir})`
    : 'clinicgraph: connected to DATABASE_URL');
  if (config.loadDemoData) {
    const loaded = await loadDemoData(database.owner);
    if (loaded.library || loaded.organization) console.log('clinicgraph: demo data loaded');
  }
  const server = await startServer({
    config,
    db: new Database(database.app),
    verifyToken: createTokenVerifier({ ...config.auth, secret }),
  });
  console.log(`clinicgraph: GraphQL API ready at ${server.url}`);
  if (config.nodeEnv !== 'production' && config.loadDemoData && secret && !config.auth.jwksUrl) {
    const identity = { role: Role.ORG_ADMIN, organization: demoOrganization.organization.slug, clinics: [] };
    // 12 hours, or less when tokens may not live that long.
    const ttlSeconds = Math.min(12 * 3600, config.auth.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
    const token = await signDevToken(config.auth, secret, await ensureDevMembership(database.owner, identity), ttlSeconds);
    console.log(`clinicgraph: development token of the ${identity.organization} ORG_ADMIN (${ttlSeconds / 3600} h; more with npm run token):`);
    console.log(`  Authorization: Bearer ${token}`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`clinicgraph: ${signal} received, draining`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

// A stray rejection (say, a statement refused after its request ended) is logged; it must
// not take every other request down with the process.
process.on('unhandledRejection', (reason) => console.error('clinicgraph: unhandled rejection', reason));

main().catch((error) => {
  console.error(error instanceof ConfigError ? `clinicgraph: ${error.message}` : error);
  process.exit(1);
});
