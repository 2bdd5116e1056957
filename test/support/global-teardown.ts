import { ENV_ADMIN_URL, ENV_TEMPLATE, globalHandoff, withAdmin } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  const stopEmbedded = globalHandoff.__clinicgraphStopPostgres;
  if (stopEmbedded) {
    await stopEmbedded();
  } else if (adminUrl && template) {
    // A shared server (DATABASE_URL): leave nothing behind.
    await withAdmin(adminUrl, async (client) => {
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'clinicgraph\\_t\\_%' OR datname = $1`, [
        template,
      ]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(row.datname)} WITH (FORCE)`);
    });
  }
}
