/**
 * The floor of the framework tax: a bare graphql-js + DataLoader + pg server with
 * hand-written resolvers for the part of clinicgraph's schema the peer comparison asks
 * (same field names, same answers), sending clinicgraph's own SQL — the statements
 * clinicgraph sent for these queries, copied with their literals — in the same
 * transaction: `BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY` and the four
 * `set_config(..., true)` of an anonymous request in one round trip, the statements of
 * the request one at a time on its connection, then COMMIT.
 *
 * Run on Node 24 (which strips the types of this file). Environment: PEER_DATABASE_URL
 * (the application role), PEER_POOL_SIZE. Prints `{"url": ...}` on stdout once listening.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import DataLoader from 'dataloader';
import {
  type DocumentNode,
  execute,
  GraphQLBoolean,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  validate,
} from 'graphql';
import { createHash } from 'node:crypto';
import pg from 'pg';

const connectionString = process.env.PEER_DATABASE_URL;
if (!connectionString) throw new Error('PEER_DATABASE_URL is not set');
// pipeline: as clinicgraph's pool (src/db/data-source.ts), so a transaction's BEGIN can travel with its first statement.
const pool = new pg.Pool({
  connectionString,
  max: Number(process.env.PEER_POOL_SIZE || 10),
  application_name: 'bench-bare',
  pipeline: true,
} as pg.PoolConfig);

type Row = Record<string, unknown>;

/** An anonymous request's settings, as clinicgraph's RequestDatabase sends them. */
const SETTINGS = { 'app.subject': '', 'app.public_catalog': 'on', 'app.organization_id': '', 'app.patient_id': '' };
const BEGIN =
  'BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY; SELECT ' +
  Object.entries(SETTINGS)
    .map(([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`)
    .join(', ');

/** Named prepared statements, as clinicgraph's Database sends them (a name per distinct text). */
const statementNames = new Map<string, string>();
function statement(text: string, values: unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (!name) {
    name = `cg_${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
}

/** pg's socket, to send BEGIN and the first statement in one write (as clinicgraph does). */
function streamOf(client: pg.PoolClient): { cork(): void; uncork(): void } {
  return (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
}

/**
 * One request's connection and transaction, opened by its first statement (BEGIN and the
 * settings go out with it); statements run one at a time; the response does not wait for
 * the read-only transaction's COMMIT. The same round trips as clinicgraph's RequestDatabase.
 */
class RequestDb {
  private client: Promise<pg.PoolClient> | undefined;
  private begun = false;
  private queue: Promise<unknown> = Promise.resolve();

  query<T = Row>(sql: string, params: unknown[]): Promise<T[]> {
    const run = this.queue.then(async () => {
      this.client ??= pool.connect();
      const client = await this.client;
      if (this.begun) return (await client.query(statement(sql, params))).rows as T[];
      this.begun = true;
      const stream = streamOf(client);
      stream.cork();
      const begin = client.query(BEGIN);
      const result = client.query(statement(sql, params));
      stream.uncork();
      await Promise.all([begin, result]);
      return (await result).rows as T[];
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async finish(): Promise<void> {
    await this.queue;
    if (!this.client) return;
    const client = await this.client;
    client.query('COMMIT').then(
      () => client.release(),
      () => client.release(true),
    );
  }
}

// clinicgraph's statements for these queries (anonymous viewer: its tenant conditions are literals).
const TREATMENT_BY_SLUG = `SELECT t.* FROM treatments t WHERE t.slug = $1 AND t.retired_at IS NULL AND t.organization_id IS NULL
      ORDER BY t.organization_id NULLS LAST LIMIT 1`;
const CLINICS_OF_ORGANIZATION = `SELECT '' AS __parent, c.*, c.name AS __sort, c.id AS __id FROM clinics c WHERE TRUE AND c.organization_id = (SELECT id FROM organizations WHERE slug = $1) AND TRUE ORDER BY c.name ASC, c.id ASC LIMIT $2`;
const OFFERINGS_OF_CLINICS = `SELECT k.k0::text AS __parent, x.*
         FROM unnest($1::uuid[]) AS k(k0)
         CROSS JOIN LATERAL (SELECT eo.*, eo.protocol_name AS __sort, eo.protocol_id AS __id FROM (
    SELECT c.id AS clinic_id, c.organization_id, p.id AS protocol_id, p.name AS protocol_name,
           COALESCE(o.enabled, d.enabled) AS enabled,
           COALESCE(o.price_amount, d.price_amount) AS price_amount,
           COALESCE(o.currency, d.currency) AS currency,
           COALESCE(o.duration_minutes, d.duration_minutes) AS duration_minutes,
           COALESCE(o.bookable_online, d.bookable_online) AS bookable_online,
           o.id IS NOT NULL AS overridden
      FROM clinics c
      CROSS JOIN LATERAL (
        SELECT DISTINCT s.protocol_id FROM offering_settings s
         WHERE s.organization_id = c.organization_id AND (s.clinic_id IS NULL OR s.clinic_id = c.id)
      ) k
      JOIN protocols p ON p.id = k.protocol_id
      LEFT JOIN offering_settings d ON d.organization_id = c.organization_id AND d.protocol_id = k.protocol_id AND d.clinic_id IS NULL
      LEFT JOIN offering_settings o ON o.clinic_id = c.id AND o.protocol_id = k.protocol_id
     WHERE TRUE AND p.organization_id IS NULL AND p.retired_at IS NULL
  ) eo WHERE eo.enabled IS NOT NULL AND eo.price_amount IS NOT NULL AND eo.duration_minutes IS NOT NULL AND eo.bookable_online IS NOT NULL AND eo.clinic_id = k.k0 AND TRUE ORDER BY eo.protocol_name ASC, eo.protocol_id ASC LIMIT $2) x`;
const PROTOCOLS_WITH_STEPS_BY_ID = `SELECT p.*, COALESCE(
         (SELECT json_agg(s ORDER BY s.position) FROM protocol_steps s WHERE s.protocol_id = p.id AND s.organization_id IS NULL),
         '[]') AS __steps
       FROM protocols p WHERE p.id = ANY($1::uuid[]) AND p.organization_id IS NULL`;
const TREATMENTS_BY_ID = `SELECT t.* FROM treatments t WHERE t.id = ANY($1::uuid[]) AND t.organization_id IS NULL`;

const PAGE_MAX = 100;
const pageSize = (first: number | null | undefined) => Math.min(first ?? 20, PAGE_MAX);

function groupBy(keys: readonly string[], rows: Row[], key: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** The loaders of one request; the offerings' page size is an argument, so it keys a loader of its own. */
function loaders(db: RequestDb) {
  const offeringsBySize = new Map<number, DataLoader<string, Row[]>>();
  return {
    db,
    offerings(first: number) {
      let loader = offeringsBySize.get(first);
      if (!loader) {
        loader = new DataLoader<string, Row[]>(async (clinicIds) =>
          groupBy(clinicIds, await db.query(OFFERINGS_OF_CLINICS, [clinicIds, first + 1]), (r) => r.__parent as string).map((rows) =>
            rows.slice(0, first),
          ),
        );
        offeringsBySize.set(first, loader);
      }
      return loader;
    },
    // A protocol comes with its steps (JSON), as in clinicgraph.
    protocol: new DataLoader<string, Row | undefined>(async (ids) => {
      const byId = new Map((await db.query(PROTOCOLS_WITH_STEPS_BY_ID, [ids])).map((r) => [r.id as string, r]));
      return ids.map((id) => byId.get(id));
    }),
    treatment: new DataLoader<string, Row | undefined>(async (ids) => {
      const byId = new Map((await db.query(TREATMENTS_BY_ID, [ids])).map((r) => [r.id as string, r]));
      return ids.map((id) => byId.get(id));
    }),
  };
}
type Context = ReturnType<typeof loaders>;

/** Stored enum text as clinicgraph's enum value ("minimally-invasive" → MINIMALLY_INVASIVE). */
const enumValue = (value: unknown) =>
  value == null
    ? null
    : String(value)
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_');
const column = (name: string) => (row: Row) => row[name];
const nonNull = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type);

const Treatment = new GraphQLObjectType<Row, Context>({
  name: 'Treatment',
  fields: {
    slug: { type: nonNull(GraphQLString) },
    name: { type: nonNull(GraphQLString) },
    category: { type: nonNull(GraphQLString), resolve: (t) => enumValue(t.category) },
    invasiveness: { type: nonNull(GraphQLString), resolve: (t) => enumValue(t.invasiveness) },
    summary: { type: nonNull(GraphQLString) },
    description: { type: nonNull(GraphQLString) },
    safetyNote: { type: GraphQLString, resolve: column('safety_note') },
    medicallyReviewedBy: { type: GraphQLString, resolve: column('medically_reviewed_by') },
  },
});
const ProtocolStep = new GraphQLObjectType<Row, Context>({
  name: 'ProtocolStep',
  fields: {
    position: { type: nonNull(GraphQLInt) },
    treatment: { type: nonNull(Treatment), resolve: (s, _args, ctx) => ctx.treatment.load(s.treatment_id as string) },
  },
});
const Protocol = new GraphQLObjectType<Row, Context>({
  name: 'Protocol',
  fields: {
    slug: { type: nonNull(GraphQLString) },
    name: { type: nonNull(GraphQLString) },
    steps: { type: nonNull(new GraphQLList(nonNull(ProtocolStep))), resolve: (p) => p.__steps as Row[] },
  },
});
const Offering = new GraphQLObjectType<Row, Context>({
  name: 'Offering',
  fields: {
    enabled: { type: nonNull(GraphQLBoolean) },
    durationMinutes: { type: nonNull(GraphQLInt), resolve: column('duration_minutes') },
    protocol: { type: nonNull(Protocol), resolve: (o, _args, ctx) => ctx.protocol.load(o.protocol_id as string) },
  },
});
const connection = (node: GraphQLObjectType<Row, Context>) =>
  new GraphQLObjectType<Row[], Context>({
    name: `${node.name}Connection`,
    fields: {
      edges: {
        type: nonNull(
          new GraphQLList(
            nonNull(
              new GraphQLObjectType<Row, Context>({
                name: `${node.name}Edge`,
                fields: { node: { type: nonNull(node), resolve: (row) => row } },
              }),
            ),
          ),
        ),
        resolve: (rows) => rows,
      },
    },
  });
const Address = new GraphQLObjectType<Row, Context>({ name: 'Address', fields: { locality: { type: nonNull(GraphQLString) } } });
const Clinic = new GraphQLObjectType<Row, Context>({
  name: 'Clinic',
  fields: {
    slug: { type: nonNull(GraphQLString) },
    name: { type: nonNull(GraphQLString) },
    timeZone: { type: nonNull(GraphQLString), resolve: column('time_zone') },
    address: { type: nonNull(Address), resolve: (c) => c },
    offerings: {
      type: nonNull(connection(Offering)),
      args: { first: { type: GraphQLInt } },
      resolve: (c, args: { first?: number | null }, ctx) => ctx.offerings(pageSize(args.first)).load(c.id as string),
    },
  },
});
const ClinicFilter = new GraphQLInputObjectType({ name: 'ClinicFilter', fields: { organizationSlug: { type: GraphQLString } } });

const schema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, Context>({
    name: 'Query',
    fields: {
      treatment: {
        type: Treatment,
        args: { slug: { type: nonNull(GraphQLString) } },
        resolve: async (_root, args: { slug: string }, ctx) => (await ctx.db.query(TREATMENT_BY_SLUG, [args.slug]))[0] ?? null,
      },
      clinics: {
        type: nonNull(connection(Clinic)),
        args: { filter: { type: ClinicFilter }, first: { type: GraphQLInt } },
        resolve: async (_root, args: { filter?: { organizationSlug?: string }; first?: number | null }, ctx) => {
          const slug = args.filter?.organizationSlug;
          if (!slug) throw new Error('this server only lists the clinics of a named organization');
          const first = pageSize(args.first);
          return (await ctx.db.query(CLINICS_OF_ORGANIZATION, [slug, first + 1])).slice(0, first);
        },
      },
    },
  }),
});

/** Parsed and validated documents by query text, as Apollo Server caches them. */
const documents = new Map<string, { document: DocumentNode } | { errors: readonly { message: string }[] }>();
function documentOf(query: string) {
  let entry = documents.get(query);
  if (!entry) {
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length ? { errors } : { document };
    } catch (error) {
      entry = { errors: [{ message: error instanceof Error ? error.message : String(error) }] };
    }
    if (documents.size < 1000) documents.set(query, entry);
  }
  return entry;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const send = (status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  if (req.method !== 'POST') return send(405, { errors: [{ message: 'POST only' }] });
  const { query, variables, operationName } = JSON.parse(await readBody(req)) as {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
  };
  const entry = documentOf(query);
  if ('errors' in entry) return send(400, { errors: entry.errors.map((e) => ({ message: e.message })) });
  const db = new RequestDb();
  let result;
  try {
    result = await execute({ schema, document: entry.document, variableValues: variables, operationName, contextValue: loaders(db) });
  } finally {
    await db.finish();
  }
  send(200, result);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: 'internal error' }] }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}/graphql` })}\n`);
});
const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
