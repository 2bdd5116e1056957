/**
 * clinicgraph against PostGraphile 5 and a bare graphql-js server, on the same database,
 * data and machine, in one run: every server a child process on the same Node, the load
 * generator in the benchmark's process. Each server first answers every query once and
 * the answers must agree (a wrong answer fails the benchmark); then `rounds` interleaved
 * rounds each run every server on every query at a fixed concurrency; medians of the
 * rounds are reported. SQL statements per request come from pg_stat_statements (reset
 * after each warm-up, read after each measured burst, divided by its requests).
 */
import { Client } from 'pg';
import { Cleanup } from './database';
import { GraphQLRequest, loadTest, postGraphQL } from './http-load';
import { PeerQuery, peerQueries, PeerSchema } from './peer-queries';
import { createPeerSchema } from './peer-schema';
import { PeerRuntime, preparePeerRuntime, ServerKey, startPeerServers } from './peer-servers';
import { markdownTable, ms } from './stats';

export interface PeerOptions {
  ownerUrl: string;
  appUrl: string;
  /** true when pg_stat_statements counts statements; else why it does not. */
  statementStats: true | string;
  treatmentSlug: string;
  organizationSlug: string;
  clinics: number;
  offerings: number;
  poolSize: number;
  concurrency: number;
  rounds: number;
  warmupMs: number;
  measureMs: number;
  log: (line: string) => void;
}

interface Burst {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Per request, from pg_stat_statements; null without it. */
  statements: { total: number; data: number } | null;
}

export interface PeerFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  statements: { total: number; data: number } | null;
}

export interface PeerReport {
  runtime: PeerRuntime;
  options: Omit<PeerOptions, 'log' | 'ownerUrl' | 'appUrl'>;
  queries: Array<{
    query: PeerQuery;
    figures: Record<ServerKey, PeerFigures>;
    /** Whether the bare server's statements (normalized by pg_stat_statements) are clinicgraph's; null without statistics. */
    sameSqlAsClinicgraph: boolean | null;
  }>;
}

export type PeerOutcome = { ok: true; report: PeerReport } | { ok: false; reason: string };

export const SERVERS: Array<{ key: ServerKey; title: string; schema: PeerSchema }> = [
  { key: 'clinicgraph', title: 'clinicgraph', schema: 'clinicgraph' },
  { key: 'postgraphileOwner', title: 'PostGraphile (owner, no RLS)', schema: 'postgraphile' },
  { key: 'postgraphileRls', title: 'PostGraphile (same RLS)', schema: 'postgraphile' },
  { key: 'bare', title: 'bare graphql-js', schema: 'clinicgraph' },
];

/** Statements that open, configure or close a transaction rather than fetch data. */
const OVERHEAD = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SET\s|SELECT set_config\()/i;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

class StatementStats {
  constructor(private readonly client: Client | null) {}

  async reset(): Promise<void> {
    await this.client?.query('SELECT pg_stat_statements_reset()');
  }

  /** Statements of this database since the last reset (the statistics' own statements left out). */
  async read(): Promise<Array<{ query: string; calls: number }> | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ query: string; calls: string }>(
      `SELECT query, calls FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
    );
    return rows.map((r) => ({ query: r.query, calls: Number(r.calls) }));
  }

  async perRequest(requests: number): Promise<{ total: number; data: number } | null> {
    const rows = await this.read();
    if (!rows) return null;
    const total = rows.reduce((sum, r) => sum + r.calls, 0);
    const data = rows.filter((r) => !OVERHEAD.test(r.query)).reduce((sum, r) => sum + r.calls, 0);
    return { total: total / requests, data: data / requests };
  }
}

export async function runPeerComparison(cleanup: Cleanup, options: PeerOptions): Promise<PeerOutcome> {
  const { log } = options;
  let runtime: PeerRuntime;
  let servers: Awaited<ReturnType<typeof startPeerServers>>;
  try {
    runtime = await preparePeerRuntime(log);
    await createPeerSchema(options.ownerUrl);
    log(`peer servers on Node ${runtime.nodeVersion} (PostGraphile ${runtime.postgraphileVersion}): starting`);
    servers = await startPeerServers(cleanup, runtime, options, options.poolSize);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }

  let statsClient: Client | null = null;
  if (options.statementStats === true) {
    statsClient = new Client({ connectionString: options.ownerUrl, application_name: 'clinicgraph-bench-stats' });
    await statsClient.connect();
    const client = statsClient;
    cleanup.add('close the statistics client', () => client.end());
  }
  const stats = new StatementStats(statsClient);

  const queries = peerQueries(options.treatmentSlug, options.organizationSlug, options.clinics, options.offerings);
  const requestOf = (query: PeerQuery, key: ServerKey): GraphQLRequest => query.request[SERVERS.find((s) => s.key === key)!.schema];

  // Same content from every server, then a short warm-up of each (JIT, pools, plan caches).
  const sqlOf = new Map<string, string[]>();
  for (const query of queries) {
    let expected: string | undefined;
    for (const server of SERVERS) {
      const request = requestOf(query, server.key);
      await stats.reset();
      const answer = JSON.stringify(query.canonical[server.schema]((await postGraphQL(servers[server.key].url, request)).data));
      const statements = await stats.read();
      if (statements) sqlOf.set(`${query.key}:${server.key}`, statements.map((s) => s.query.replace(/\s+/g, ' ').trim()).sort());
      expected ??= answer;
      if (answer !== expected) {
        throw new Error(
          `${query.key}: ${server.title} answers differently from clinicgraph:\n${answer.slice(0, 800)}\nvs\n${expected.slice(0, 800)}`,
        );
      }
      for (let i = 0; i < 20; i++) await postGraphQL(servers[server.key].url, request);
    }
    log(`peer ${query.key}: the four servers agree (${expected!.length} characters of canonical answer)`);
  }

  const bursts = new Map<string, Burst[]>();
  for (let round = 1; round <= options.rounds; round++) {
    for (const query of queries) {
      // Rotate the servers' order each round so none always follows the same one.
      const order = SERVERS.map((_, i) => SERVERS[(i + round - 1) % SERVERS.length]);
      for (const server of order) {
        const result = await loadTest(servers[server.key].url, requestOf(query, server.key), {
          concurrency: options.concurrency,
          warmupMs: options.warmupMs,
          durationMs: options.measureMs,
          beforeMeasure: () => stats.reset(),
        });
        const burst: Burst = {
          rps: result.requestsPerSecond,
          p50: result.medianMs,
          p99: result.p99Ms,
          requests: result.samples,
          statements: await stats.perRequest(result.samples),
        };
        const key = `${query.key}:${server.key}`;
        bursts.set(key, [...(bursts.get(key) ?? []), burst]);
        log(
          `peer round ${round}/${options.rounds} ${query.key} ${server.title}: ${burst.rps.toFixed(0)} req/s, p50 ${ms(burst.p50)} ms, p99 ${ms(burst.p99)} ms` +
            (burst.statements ? `, ${burst.statements.total.toFixed(2)} statements/request` : ''),
        );
      }
    }
  }

  const { log: _log, ownerUrl: _owner, appUrl: _app, ...shown } = options;
  return {
    ok: true,
    report: {
      runtime,
      options: shown,
      queries: queries.map((query) => {
        const figures = Object.fromEntries(
          SERVERS.map(({ key }) => {
            const list = bursts.get(`${query.key}:${key}`)!;
            const statements = list.every((b) => b.statements)
              ? { total: median(list.map((b) => b.statements!.total)), data: median(list.map((b) => b.statements!.data)) }
              : null;
            return [
              key,
              {
                rps: median(list.map((b) => b.rps)),
                p50: median(list.map((b) => b.p50)),
                p99: median(list.map((b) => b.p99)),
                requests: list.reduce((sum, b) => sum + b.requests, 0),
                statements,
              },
            ];
          }),
        ) as Record<ServerKey, PeerFigures>;
        const cg = sqlOf.get(`${query.key}:clinicgraph`);
        const bare = sqlOf.get(`${query.key}:bare`);
        return { query, figures, sameSqlAsClinicgraph: cg && bare ? JSON.stringify(cg) === JSON.stringify(bare) : null };
      }),
    },
  };
}

const x = (value: number) => `${value.toFixed(2)}×`;
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const figures = (f: PeerFigures) => `${f.rps.toFixed(0)} / ${ms(f.p50)} / ${ms(f.p99)}`;
/** "5 (4 + 1)": all statements per request, then data + transaction overhead. */
const statements = (f: PeerFigures) => {
  if (!f.statements) return 'n/a';
  const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
  return `${round(f.statements.total)} (${round(f.statements.data)} + ${round(f.statements.total - f.statements.data)})`;
};

export function renderPeerComparison(outcome: PeerOutcome): string {
  if (!outcome.ok) {
    return [
      '## clinicgraph vs PostGraphile 5 and a bare graphql-js server',
      '',
      `Not measured in this run: ${outcome.reason
        .split('\n')
        .filter((line) => line.trim() && !/complete log of this run/.test(line))
        .slice(0, 4)
        .join(' ')
        .slice(0, 600)}`,
      '(The peer servers need bench/peer installed — `npm install --prefix bench/peer` — and Node 22 or later, which that install brings on linux x64.)',
      '',
    ].join('\n');
  }
  const r = outcome.report;
  const o = r.options;
  const rows = r.queries.map(({ query, figures: f, sameSqlAsClinicgraph }) => {
    const cg = f.clinicgraph;
    const rls = f.postgraphileRls;
    return [
      `${query.key}: ${query.label}`,
      figures(cg),
      figures(f.postgraphileOwner),
      figures(rls),
      figures(f.bare) + (sameSqlAsClinicgraph === false ? ' (SQL differs from clinicgraph’s now)' : ''),
      `${x(cg.rps / rls.rps)} / ${x(cg.p99 / rls.p99)}`,
      x(f.bare.rps / cg.rps),
      SERVERS.map((s) => statements(f[s.key])).join(' · '),
    ];
  });
  const targets = r.queries.map(({ query, figures: f }) => {
    const cg = f.clinicgraph;
    const rls = f.postgraphileRls;
    const tax = f.bare.rps / cg.rps;
    const data = cg.statements?.data;
    return [
      query.key,
      `${mark(cg.rps >= rls.rps)} ${x(cg.rps / rls.rps)}`,
      `${mark(cg.p99 <= rls.p99)} ${x(cg.p99 / rls.p99)}`,
      `${mark(tax <= 1.15)} ${x(tax)}`,
      data === undefined
        ? 'n/a'
        : `${mark(data <= query.listLevels + 1)} ${Number.isInteger(data) ? data : data.toFixed(2)} ≤ ${query.listLevels + 1}`,
    ];
  });
  return [
    '## clinicgraph vs PostGraphile 5 and a bare graphql-js server',
    '',
    `Same database and data, anonymous queries, each server a child process on Node ${r.runtime.nodeVersion} with a pool of ${o.poolSize} connections; ` +
      `PostGraphile ${r.runtime.postgraphileVersion} (amber preset, grafserv node adaptor). ${o.rounds} interleaved rounds (each round runs every server on every query), ` +
      `concurrency ${o.concurrency}, ${o.warmupMs / 1000} s warm-up and ${o.measureMs / 1000} s measured per burst; medians of the rounds. ` +
      'Every server answered every query with the same content (checked before timing).',
    '',
    markdownTable(
      [
        'query',
        'clinicgraph rps / p50 / p99 ms',
        'PostGraphile owner (no RLS)',
        'PostGraphile same RLS',
        'bare graphql-js + DataLoader + pg',
        'clinicgraph / PostGraphile same RLS: rps / p99',
        'framework tax (bare / clinicgraph rps)',
        'SQL statements per request: clinicgraph · PG owner · PG RLS · bare, all (data + transaction)',
      ],
      rows,
    ),
    '',
    markdownTable(
      [
        'target',
        'clinicgraph ≥ 1.0× PostGraphile (same RLS) rps',
        'clinicgraph p99 ≤ 1.0× PostGraphile (same RLS)',
        'framework tax ≤ 1.15×',
        'clinicgraph data statements ≤ list levels + 1',
      ],
      targets,
    ),
    '',
    '- **clinicgraph**: the real server (`startServer`), as `clinicgraph_app` under row-level security; per request a transaction ' +
      '(`BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY` with the four `set_config(…, true)` of src/db/database.ts, sent with the first statement).',
    '- **PostGraphile owner**: connected as the tables’ owner (superuser on the embedded server): no RLS, no transaction, no settings.',
    '- **PostGraphile same RLS**: connected as `clinicgraph_app`, `pgSettings` with the same four settings clinicgraph sets for an anonymous request, ' +
      'so each request is a transaction under the same policies. Effective offerings (override else default) are the view `peer.offerings` ' +
      '(bench/support/peer-schema.ts, `security_invoker`, the SQL of clinicgraph’s offering loader).',
    '- **bare**: bench/peer/bare-server.ts, graphql-js `execute` with hand-written resolvers and DataLoaders sending clinicgraph’s own statements ' +
      `in clinicgraph’s transaction; ${
        r.queries.every((q) => q.sameSqlAsClinicgraph === true)
          ? 'its statements were checked identical to those clinicgraph sent in this run (pg_stat_statements, normalized).'
          : r.queries.some((q) => q.sameSqlAsClinicgraph === false)
            ? '**its statements differ from those clinicgraph sent in this run for ' +
              r.queries
                .filter((q) => q.sameSqlAsClinicgraph === false)
                .map((q) => q.query.key)
                .join(', ') +
              '** (clinicgraph’s SQL changed since the bare server was written).'
            : 'statements not compared (no pg_stat_statements).'
      }`,
    `- Statements per request: pg_stat_statements calls of the measured burst / its requests (${
      o.statementStats === true ? 'reset after each warm-up' : `not available: ${o.statementStats}`
    }); “data” leaves out BEGIN, COMMIT, SET and set_config. Framework tax: how much more throughput the bare server gets from the same SQL.`,
    '- Where a target is missed, the profile of what remains is in the README (Benchmarks: “Where the time went, and what changed”).',
    '',
  ].join('\n');
}
