import { ENV_ADMIN_URL, ENV_TEMPLATE, filePrefixOf, globalHandoff, withAdmin } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  const stopEmbedded = globalHandoff.__clinicgraphStopPostgres;
  if (stopEmbedded) {
    await stopEmbedded();
  } else if (adminUrl && template) {
    // A shared server (DATABASE_URL): leave nothing of this run behind, and nothing of the
    // runs of others (sharing the server at the same time) touched.
    await withAdmin(adminUrl, async (client) => {
      const prefix = `${filePrefixOf(template).replace(/_/g, '\\_')}\\_%`;
      const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [prefix, template]);
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(row.datname)} WITH (FORCE)`);
    });
  }
}
