import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from '../../src/db/data-source';
import { loadDemoData } from '../../src/db/demo-data/load-demo-data';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { setAppRolePassword } from '../../src/db/open-database';
import { APP_PASSWORD, databaseUrl, ENV_ADMIN_URL, ENV_TEMPLATE, globalHandoff, randomName, withAdmin } from './test-database';

export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
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
  const template = randomName('clinicgraph_template');
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
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
}
