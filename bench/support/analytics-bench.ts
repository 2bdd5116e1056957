/**
 * The analytics part of the benchmark, on a generated organization (scripts/demo-generator.ts):
 * side by side at one fixed concurrency, the `outcomeAnalytics` query through the API (as an
 * ANALYST) and the same SQL replayed directly with pg as the application role (the statements
 * the server sent for one such request, captured with their parameters: its transaction, its
 * settings and the analytics statement), the nested catalog query of that organization and a
 * point lookup `node(id:)` of a course. Each with median and p99 latency, requests per second
 * and SQL statements per request.
 */
import { Client } from 'pg';
import { CapturedStatement, StatementCapture } from './database';
import { GraphQLRequest, postGraphQL } from './http-load';
import { markdownTable, ms } from './stats';

export interface ClosedLoopResult {
  samples: number;
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * `concurrency` workers call `fn` back to back: a warm-up (not recorded), then a measured
 * window that lasts at least `durationMs` and until `minSamples` calls completed. A call
 * returning a number reports its own latency (ms) instead of the time it took.
 */
export async function closedLoop(
  fn: (worker: number) => Promise<unknown>,
  options: { concurrency: number; warmupMs: number; durationMs: number; minSamples: number },
): Promise<ClosedLoopResult> {
  const run = async (durationMs: number, minSamples: number, record: number[] | null) => {
    const deadline = performance.now() + durationMs;
    let done = 0;
    const worker = async (w: number) => {
      while (performance.now() < deadline || done < minSamples) {
        const t0 = performance.now();
        const timed = await fn(w);
        done++;
        // A number returned is the call's own measure of the part that counts.
        record?.push(typeof timed === 'number' ? timed : performance.now() - t0);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
    return performance.now() - started;
  };
  await run(options.warmupMs, options.concurrency, null);
  const latencies: number[] = [];
  const elapsed = await run(options.durationMs, options.minSamples, latencies);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requestsPerSecond: sorted.length / (elapsed / 1000),
  };
}

export interface AnalyticsCase {
  label: string;
  who: string;
  result: ClosedLoopResult;
  statements: string;
}

export interface AnalyticsSection {
  concurrency: number;
  cases: AnalyticsCase[];
  /** API median over SQL replay median. */
  ratio: number;
  /** The analytics statement alone, one at a time on one connection. */
  statementAlone: ClosedLoopResult;
  groups: number;
}

export interface AnalyticsBenchInput {
  serverUrl: string;
  appUrl: string;
  logger: StatementCapture;
  statementsByOperation: Map<string, string[][]>;
  analytics: GraphQLRequest;
  catalog: GraphQLRequest;
  node: GraphQLRequest;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  minSamples: number;
  progress: (line: string) => void;
}

/** The statements of one request as the server sent them, in order, with their parameters. */
async function capture(input: AnalyticsBenchInput, request: GraphQLRequest): Promise<CapturedStatement[]> {
  input.logger.capture = [];
  try {
    await postGraphQL(input.serverUrl, request);
    return input.logger.capture;
  } finally {
    input.logger.capture = null;
  }
}

export async function runAnalyticsBench(input: AnalyticsBenchInput): Promise<AnalyticsSection> {
  const { concurrency } = input;
  const loop = { concurrency, warmupMs: input.warmupMs, durationMs: input.durationMs, minSamples: input.minSamples };

  // The replay: every statement of one analytics request (transaction, settings, viewer, the statement), as the application role.
  const statements = await capture(input, input.analytics);
  const analyticsIndex = statements.findIndex((s) => /WITH scale_rules/.test(s.sql));
  if (analyticsIndex < 0) throw new Error('No analytics statement among the captured ones');
  const opens = /^\s*(START TRANSACTION|BEGIN)\b/i.test(statements[0].sql);
  const closes = /^\s*COMMIT\b/i.test(statements[statements.length - 1].sql);
  if (!opens || !closes)
    throw new Error(`The analytics request is not one transaction: ${statements.map((s) => s.sql.slice(0, 30)).join(' | ')}`);
  const clients: Client[] = [];
  for (let i = 0; i < concurrency; i++) {
    const client = new Client({ connectionString: input.appUrl, application_name: 'clinicgraph-bench-analytics' });
    await client.connect();
    clients.push(client);
  }
  try {
    const replay = async (worker: number) => {
      for (const s of statements) await clients[worker].query(s.sql, s.params);
    };
    // Same answer as the API's (groups and their figures).
    const apiGroups = (await postGraphQL<{ outcomeAnalytics: { groups: unknown[] } }>(input.serverUrl, input.analytics)).data
      .outcomeAnalytics.groups;
    await clients[0].query('BEGIN');
    for (const s of statements.slice(1, analyticsIndex)) await clients[0].query(s.sql, s.params);
    const sqlRows = (await clients[0].query(statements[analyticsIndex].sql, statements[analyticsIndex].params)).rows;
    await clients[0].query('ROLLBACK');
    if (sqlRows.length !== apiGroups.length || sqlRows.length === 0) {
      throw new Error(`The replayed analytics statement returned ${sqlRows.length} groups, the API ${apiGroups.length}`);
    }

    const cases: AnalyticsCase[] = [];
    const http = async (label: string, who: string, request: GraphQLRequest) => {
      input.progress(`analytics bench: ${request.operationName} through the API (concurrency ${concurrency})`);
      input.statementsByOperation.delete(request.operationName);
      const result = await closedLoop(() => postGraphQL(input.serverUrl, request), loop);
      const counts = (input.statementsByOperation.get(request.operationName) ?? []).map((s) => s.length);
      const min = Math.min(...counts);
      const max = Math.max(...counts);
      cases.push({ label, who, result, statements: min === max ? String(min) : `${min}–${max}` });
      input.progress(`  median ${ms(result.medianMs)} ms, p99 ${ms(result.p99Ms)} ms, ${result.requestsPerSecond.toFixed(1)} req/s`);
      return result;
    };
    const api = await http('`outcomeAnalytics` through the API', 'ANALYST', input.analytics);
    input.progress(`analytics bench: the same SQL replayed with pg (concurrency ${concurrency})`);
    const sql = await closedLoop(replay, loop);
    cases.push({
      label: "the same request's SQL replayed with `pg` (BEGIN, settings, viewer lookup, the statement, COMMIT)",
      who: 'application role',
      result: sql,
      statements: String(statements.length),
    });
    input.progress(`  median ${ms(sql.medianMs)} ms, p99 ${ms(sql.p99Ms)} ms, ${sql.requestsPerSecond.toFixed(1)} req/s`);
    await http('the deep nested `OrganizationCatalog` of the generated organization, `clinics(first: 20)`', 'ORG_ADMIN', input.catalog);
    await http('point lookup `node(id:)` of a course', 'ORG_ADMIN', input.node);

    input.progress('analytics bench: the analytics statement alone, one at a time');
    const statementAlone = await closedLoop(
      async () => {
        await clients[0].query('BEGIN');
        try {
          for (const s of statements.slice(1, analyticsIndex)) await clients[0].query(s.sql, s.params);
          const t0 = performance.now();
          await clients[0].query(statements[analyticsIndex].sql, statements[analyticsIndex].params);
          return performance.now() - t0;
        } finally {
          await clients[0].query('ROLLBACK');
        }
      },
      { concurrency: 1, warmupMs: input.warmupMs / 2, durationMs: input.durationMs / 2, minSamples: Math.min(10, input.minSamples) },
    );
    return { concurrency, cases, ratio: api.medianMs / sql.medianMs, statementAlone, groups: sqlRows.length };
  } finally {
    for (const client of clients) await client.end();
  }
}

export function renderAnalyticsSection(
  section: AnalyticsSection,
  data: { sessions: number; rows: Record<string, number>; generatorSeconds: number; question: string },
): string[] {
  return [
    `## Outcome analytics on a generated organization (${data.sessions.toLocaleString('en')} sessions; concurrency ${section.concurrency})`,
    '',
    `Data: \`scripts/demo-generator.ts\` (as \`npm run demo:generate\`), generated in ${data.generatorSeconds.toFixed(0)} s: ` +
      Object.entries(data.rows)
        .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
        .join(', ') +
      `. The analytics question: ${data.question} (${section.groups} groups).`,
    '',
    markdownTable(
      ['case', 'viewer', 'requests', 'median ms', 'p99 ms', 'req/s', 'SQL statements / request'],
      section.cases.map((c) => [
        c.label,
        c.who,
        c.result.samples,
        ms(c.result.medianMs),
        ms(c.result.p99Ms),
        c.result.requestsPerSecond.toFixed(1),
        c.statements,
      ]),
    ),
    '',
    `API / SQL replay (median): **${section.ratio.toFixed(2)}** (target <= 1.1). The analytics statement alone, one at a time: ` +
      `median ${ms(section.statementAlone.medianMs)} ms, p99 ${ms(section.statementAlone.p99Ms)} ms (${section.statementAlone.samples} runs).`,
    '',
  ];
}
