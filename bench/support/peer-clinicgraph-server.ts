/**
 * clinicgraph's real server (`startServer`) as a child process, for the peer comparison:
 * each server under test then runs alone in a process of its own, on the same Node, and
 * none shares its event loop with the load generator.
 *
 * Run with `node -r @swc-node/register` from the repository root. Environment:
 * PEER_DATABASE_URL (the application role's URL), PEER_POOL_SIZE. Prints one line
 * `{"url": ...}` on stdout once listening.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import { createTokenVerifier } from '../../src/auth/token-verifier';
import { createDataSource } from '../../src/db/data-source';
import { Database } from '../../src/db/database';
import { startServer } from '../../src/server';

async function main(): Promise<void> {
  const url = process.env.PEER_DATABASE_URL;
  if (!url) throw new Error('PEER_DATABASE_URL is not set');
  const dataSource = createDataSource(url, Number(process.env.PEER_POOL_SIZE || 10));
  await dataSource.initialize();
  const server = await startServer({
    config: { port: 0, readinessTimeoutMs: 1000, nodeEnv: 'production' },
    db: new Database(dataSource),
    // The compared queries are anonymous: no token is ever verified.
    verifyToken: createTokenVerifier({
      secret: crypto.randomBytes(32).toString('base64url'),
      jwksUrl: undefined,
      issuer: 'clinicgraph',
      audience: 'clinicgraph-api',
      clockSkewSeconds: 5,
    }),
    log: (message, cause) => console.error(message, cause ?? ''),
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  const stop = () => void server.stop().finally(() => void dataSource.destroy().finally(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
