/**
 * PostGraphile 5 (amber preset, grafserv's node adaptor) over the benchmark's database,
 * started by bench/support/peer-servers.ts as a child process on Node 24 (run directly:
 * Node 24 strips the types of this file).
 *
 * Environment:
 * - PEER_DATABASE_URL: whom to connect as (the table owner, or clinicgraph_app).
 * - PEER_PG_SETTINGS: JSON object of settings for every request, or empty. When set,
 *   PostGraphile runs each request in a transaction that begins with
 *   `set_config(name, value, true)` for each: the settings clinicgraph's RLS reads.
 * - PEER_POOL_SIZE: connections (clinicgraph's pool size in the benchmark).
 *
 * Prints one line `{"url": "http://127.0.0.1:<port>/graphql"}` on stdout once listening.
 */
import { createServer } from 'node:http';
import { grafserv } from 'grafserv/node';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.PEER_DATABASE_URL;
if (!connectionString) throw new Error('PEER_DATABASE_URL is not set');
const pgSettings: Record<string, string> | undefined = process.env.PEER_PG_SETTINGS
  ? (JSON.parse(process.env.PEER_PG_SETTINGS) as Record<string, string>)
  : undefined;
const poolSize = Number(process.env.PEER_POOL_SIZE || 10);

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public', 'peer'], poolConfig: { max: poolSize } })],
  grafast: {
    // A fresh object per request, as PostGraphile expects of a context callback.
    context: () => (pgSettings ? { pgSettings: { ...pgSettings } } : {}),
    explain: false,
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, dangerouslyAllowAllCORSRequests: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before announcing the server, so no timed request pays for it.
await pgl.getSchema();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}/graphql` })}\n`);
});
const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
