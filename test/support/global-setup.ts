import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { createTemplate, ENV_ADMIN_URL, ENV_CONNECT_URL, ENV_TEMPLATE, globalHandoff } from './test-database';

export default async function globalSetup(): Promise<void> {
  // DATABASE_ADMIN_URL: the server itself when DATABASE_URL is a pooler in front of it (see test-database.ts).
  let adminUrl = process.env.DATABASE_ADMIN_URL || process.env.DATABASE_URL;
  const connectUrl = process.env.DATABASE_URL || undefined;
  if (!adminUrl) {
    // Under the system temp dir: the postgres OS user must be able to reach it.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicgraph-test-pg-'));
    fs.chmodSync(dataDir, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      port: await freePort(),
      persistent: false,
      durable: false,
    });
    globalHandoff.__clinicgraphStopPostgres = async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    adminUrl = server.adminUrl;
  }
  const template = await createTemplate(adminUrl);
  process.env[ENV_ADMIN_URL] = adminUrl;
  if (connectUrl) process.env[ENV_CONNECT_URL] = connectUrl;
  process.env[ENV_TEMPLATE] = template;
}
