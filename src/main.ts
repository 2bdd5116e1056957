/**
 * Process entry: configuration -> database (embedded unless DATABASE_URL) -> migrations
 * -> demo data -> HTTP server. SIGTERM/SIGINT drain requests, then close the database.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { Database } from './db/database';
import { loadDemoData } from './db/demo-data/load-demo-data';
import { openDatabase } from './db/open-database';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  console.log(database.embedded
    ? `clinicgraph: embedded PostgreSQL ready (data in ${config.dataDir})`
    : 'clinicgraph: connected to DATABASE_URL');
  if (config.loadDemoData) {
    const loaded = await loadDemoData(database.dataSource);
    if (loaded.library || loaded.organization) console.log('clinicgraph: demo data loaded');
  }
  const server = await startServer({ config, db: new Database(database.dataSource) });
  console.log(`clinicgraph: GraphQL API ready at ${server.url}`);

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

main().catch((error) => {
  console.error(error instanceof ConfigError ? `clinicgraph: ${error.message}` : error);
  process.exit(1);
});
