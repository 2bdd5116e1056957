/**
 * npm run bench: clinicgraph's benchmark suite. Everything is measured in one run, on
 * one machine, against a database of its own (embedded PostgreSQL in a temp dir, or a
 * throw-away database on DATABASE_URL's server), through the real server started
 * in-process. Speed is reported, never asserted: the only failures are wrong answers.
 *
 * Writes a markdown report to stdout and to bench/results.md; progress goes to stderr.
 * BENCH_QUICK=1 shortens every phase (a smoke run; its numbers are not worth keeping).
 * BENCH_SESSIONS (default 150000) sizes the generated organization of the analytics part;
 * BENCH_ONLY=analytics (npm run bench:analytics) runs that part alone and writes
 * bench/results-analytics.md instead.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ASTNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';
import { Client } from 'pg';
import { ensureDevMembership, signDevToken } from '../src/auth/dev-tokens';
import { Role } from '../src/auth/roles';
import { createTokenVerifier } from '../src/auth/token-verifier';
import { AuthConfig, loadConfig } from '../src/config';
import { toGlobalId } from '../src/common/relay/global-id';
import { Database } from '../src/db/database';
import { generateOrganization, GeneratedOrganization } from '../scripts/demo-generator';
import { startServer } from '../src/server';
import {
  AvailabilityQuery,
  AvailabilityWithPractitionersQuery,
  ClinicsQuery,
  OrganizationCatalogQuery,
  ProtocolBySlugQuery,
  TreatmentBySlugQuery,
} from '../test/generated/graphql';
import { createDataSource } from '../src/db/data-source';
import { AnalyticsSection, renderAnalyticsSection, runAnalyticsBench } from './support/analytics-bench';
import { BenchDatabase, CapturedStatement, Cleanup, openBenchDatabase, StatementCapture } from './support/database';
import { GraphQLRequest, loadTest, LoadResult, postGraphQL, sequential } from './support/http-load';
import { AvailabilityClinic, createAvailabilityClinic } from './support/availability-clinic';
import { createLargeOrganization, LargeOrganization } from './support/large-organization';
import { CatalogShape, naiveCatalog, shapeOfCatalogAnswer } from './support/naive-catalog';
import { PeerOptions, PeerOutcome, renderPeerComparison, runPeerComparison } from './support/peer-comparison';
import { interleaved, markdownTable, ms, range, ratio, summarize, Summary } from './support/stats';

const QUICK = process.env.BENCH_QUICK === '1';
/** `npm run bench:peer`: only the comparison with PostGraphile and the bare server (stdout; bench/results.md untouched). */
const PEER_ONLY = process.argv.includes('--peer-only');
const ONLY_ANALYTICS = process.env.BENCH_ONLY === 'analytics';
const BENCH_SESSIONS = Number(process.env.BENCH_SESSIONS ?? (QUICK ? 20_000 : 150_000));
if (!Number.isInteger(BENCH_SESSIONS) || BENCH_SESSIONS < 1000) throw new Error('BENCH_SESSIONS must be a whole number >= 1000');
/** The analytics part's concurrency: the heavy statement on 2 cores would only queue at 8. */
const ANALYTICS_CONCURRENCY = 2;
/** Analytics settings of the bench server: the default 10 s statement timeout is too tight for a loaded machine at 1M sessions. */
const ANALYTICS_CONFIG = { minGroupPatients: 5, statementTimeoutMs: 120_000 };
const CONCURRENCY = 8;
const APP_POOL_SIZE = 10;
const HTTP_WARMUP_MS = QUICK ? 500 : 3_000;
const HTTP_MEASURE_MS = QUICK ? 1_500 : 10_000;
const LARGE_ORG = {
  slug: 'bench-large-org',
  clinics: 3_200,
  practitionersPerClinic: 5,
  protocols: ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel'],
  cities: ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt'],
};
const PAGE_SIZE = 20;
const DEEP_PAGE = 150;
const NESTED_CLINICS = 20;
/** The peer comparison: interleaved rounds of every server on every query. */
const PEER = { rounds: 3, warmupMs: QUICK ? 300 : 1_000, measureMs: QUICK ? 1_000 : 3_500, clinics: 20, offerings: 10 };
/** The availability case: one clinic of the large organization with this many practitioners, over this many days. */
const AVAILABILITY = { practitioners: 10, days: 14 };

const AUTH: AuthConfig = {
  secret: crypto.randomBytes(32).toString('base64url'),
  jwksUrl: undefined,
  issuer: 'clinicgraph',
  audience: 'clinicgraph-api',
  clockSkewSeconds: 5,
};

const launched = performance.now();
const progress = (line: string) =>
  process.stderr.write(`[bench ${((performance.now() - launched) / 1000).toFixed(1).padStart(5)}s] ${line}\n`);

/** One operation of a .graphql file under test/operations, printed with the fragments it uses (transitively). */
function operation(file: string, name: string): string {
  const document = parse(fs.readFileSync(path.join(__dirname, '..', 'test', 'operations', file), 'utf8'));
  const definition = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (!definition) throw new Error(`No operation ${name} in test/operations/${file}`);
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const used = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(spread.name.value)) return;
        used.add(spread.name.value);
        collect(fragment);
      },
    });
  collect(definition);
  return [definition, ...[...used].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n\n');
}

/** Statements that open, identify and close a request, as opposed to those fetching its data. */
function isRequestOverhead(sql: string): boolean {
  return (
    /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(sql) ||
    /^\s*SELECT set_config\(/i.test(sql) ||
    /\bFROM platform_admins\b/.test(sql) ||
    /\bFROM memberships m\b/.test(sql)
  );
}

/** What a statement of the deep query fetches, for the breakdown table. */
function describeStatement(sql: string): string {
  const count = /count\(\*\)::int AS __total/.test(sql) ? ' (count for totalCount)' : ' (keyset pages)';
  const known: Array<[RegExp, string]> = [
    [/FROM organizations o WHERE o\.slug/, 'organization by slug'],
    [/FROM clinic_opening_hours h/, 'opening hours of the clinics'],
    [/FROM practitioner_qualifications pq JOIN treatments t/, 'qualifications of the practitioners'],
    [/FROM protocols p WHERE p\.id = ANY/, 'protocols by id'],
    [/FROM protocol_steps s WHERE s\.protocol_id = ANY/, 'steps of the protocols'],
    [/FROM treatments t WHERE t\.id = ANY/, 'treatments by id'],
    [/FROM clinics c JOIN practitioner_clinics pc/, 'clinics of the qualified practitioners'],
    [/practitioner_qualifications vq/, `qualified practitioners per treatment and clinic${count}`],
    [/FROM practitioners p JOIN practitioner_clinics pcl/, `practitioners of the clinics${count}`],
    [/\) eo\b/, `offerings of the clinics${count}`],
    [/FROM clinics c\b/, `clinics of the organization${count}`],
  ];
  return known.find(([pattern]) => pattern.test(sql))?.[1] ?? sql.replace(/\s+/g, ' ').trim().slice(0, 60);
}

async function appClient(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'clinicgraph-bench' });
  await client.connect();
  return client;
}

interface HttpCase {
  label: string;
  who: string;
  result: LoadResult;
  statements: number[];
  dataStatements: number[];
}

interface AnalyticsReport {
  generated: GeneratedOrganization;
  section: AnalyticsSection;
  question: string;
}

const ANALYTICS_QUESTION = {
  text: 'acne-scar courses by protocol and skin type (`groupBy: [PROTOCOL, SKIN_TYPE]`, `filter: { concerns: [ACNE_SCARS] }`), every figure',
  variables: { groupBy: ['PROTOCOL', 'SKIN_TYPE'], filter: { concerns: ['ACNE_SCARS'] } },
};

/**
 * The analytics part: generates an organization of BENCH_SESSIONS sessions into the bench
 * database, then measures on it (bench/support/analytics-bench.ts) through the running server.
 */
async function benchAnalytics(
  db: BenchDatabase,
  serverUrl: string,
  logger: StatementCapture,
  statementsByOperation: Map<string, string[][]>,
): Promise<AnalyticsReport> {
  progress(`analytics: generating an organization of ${BENCH_SESSIONS} sessions`);
  const generated = await generateOrganization(db.owner, {
    slug: 'bench-generated',
    sessions: BENCH_SESSIONS,
    log: (line) => progress(`  ${line}`),
  });
  progress(`analytics: generated in ${generated.seconds.toFixed(1)} s: ${JSON.stringify(generated.rows)}`);
  const tokenFor = async (role: Role) =>
    `Bearer ${await signDevToken(AUTH, AUTH.secret!, await ensureDevMembership(db.owner, { role, organization: generated.slug, clinics: [] }), 3600)}`;
  const asAnalyst = { authorization: await tokenFor(Role.ANALYST) };
  const asAdmin = { authorization: await tokenFor(Role.ORG_ADMIN) };
  const [course] = await db.owner.query<Array<{ id: string }>>(
    `SELECT id FROM courses WHERE organization_id = $1 AND status = 'COMPLETED' ORDER BY created_at DESC LIMIT 1`,
    [generated.id],
  );
  const nestedQuery = operation('nested.graphql', 'OrganizationCatalog');
  const section = await runAnalyticsBench({
    serverUrl,
    appUrl: db.appUrl,
    logger,
    statementsByOperation,
    analytics: {
      operationName: 'OutcomeAnalytics',
      query: operation('outcomes.graphql', 'OutcomeAnalytics'),
      variables: ANALYTICS_QUESTION.variables,
      headers: asAnalyst,
    },
    catalog: {
      operationName: 'OrganizationCatalog',
      query: nestedQuery.replace('clinics(first: 100)', `clinics(first: ${NESTED_CLINICS})`),
      variables: { slug: generated.slug },
      headers: asAdmin,
    },
    node: {
      operationName: 'Node',
      query: operation('node.graphql', 'Node'),
      variables: { id: toGlobalId('Course', course.id) },
      headers: asAdmin,
    },
    concurrency: ANALYTICS_CONCURRENCY,
    warmupMs: HTTP_WARMUP_MS,
    durationMs: HTTP_MEASURE_MS,
    minSamples: QUICK ? 4 : 20,
    progress,
  });
  return { generated, section, question: ANALYTICS_QUESTION.text };
}

function renderAnalytics(a: AnalyticsReport): string[] {
  return renderAnalyticsSection(a.section, {
    sessions: a.generated.rows.course_sessions,
    rows: a.generated.rows,
    generatorSeconds: a.generated.seconds,
    question: a.question,
  });
}

/**
 * The real server on the bench database as the application role, observed: the SQL of
 * every request by operation name, the statements (with parameters) of requests served
 * while `logger.capture` is a list, and what the server logged.
 */
async function startObservedServer(db: BenchDatabase, cleanup: Cleanup) {
  const app = createDataSource(db.appUrl, APP_POOL_SIZE);
  await app.initialize();
  cleanup.add('close application DataSource', () => app.destroy());
  const statementsByOperation = new Map<string, string[][]>();
  const logger: StatementCapture = { capture: null };
  const serverErrors: unknown[] = [];
  const server = await startServer({
    config: { port: 0, readinessTimeoutMs: 1000, analytics: ANALYTICS_CONFIG },
    // Prepared statements as DATABASE_PREPARED_STATEMENTS says (off for a DATABASE_URL behind PgBouncer before 1.21).
    db: new Database(app, {
      recordStatements: true,
      preparedStatements: loadConfig({ DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS }).databasePreparedStatements,
    }),
    verifyToken: createTokenVerifier(AUTH),
    observe: ({ operationName, statements, parameters }) => {
      logger.capture?.push(...statements.map((sql, i) => ({ sql, params: parameters[i] })));
      const key = operationName ?? '(anonymous)';
      statementsByOperation.set(key, [...(statementsByOperation.get(key) ?? []), statements]);
    },
    log: (message, cause) => serverErrors.push(cause ?? message),
  });
  cleanup.add('stop the server', () => server.stop());
  return { server, statementsByOperation, logger, serverErrors };
}

/** BENCH_ONLY=analytics: the database, the server and the analytics part alone. */
async function runAnalyticsOnly(cleanup: Cleanup): Promise<string> {
  const startedAt = new Date();
  const loadAverage = os.loadavg();
  const t0 = performance.now();
  progress('preparing the database (migrations, demo data)');
  const db = await openBenchDatabase(cleanup, progress);
  const [{ server_version: postgresVersion }] = await db.owner.query('SHOW server_version');
  const { server, statementsByOperation, logger, serverErrors } = await startObservedServer(db, cleanup);
  const analytics = await benchAnalytics(db, server.url, logger, statementsByOperation);
  if (serverErrors.length) throw new Error(`The server logged ${serverErrors.length} errors; first: ${String(serverErrors[0])}`);
  const cpus = os.cpus();
  return [
    '# clinicgraph benchmarks: outcome analytics',
    '',
    `Run ${startedAt.toISOString()} by \`npm run bench:analytics\` (BENCH_SESSIONS=${BENCH_SESSIONS}), ${((performance.now() - t0) / 1000).toFixed(0)} s in all.`,
    `Node ${process.version}, PostgreSQL ${postgresVersion} (${db.origin === 'embedded' ? 'embedded, fsync off' : 'DATABASE_URL'}), ` +
      `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}, ` +
      `load average ${loadAverage.map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min) when the run began, ` +
      `${os.loadavg()[0].toFixed(2)} at its end.`,
    '',
    ...renderAnalytics(analytics),
  ].join('\n');
}

interface Report {
  analytics: AnalyticsReport;
  startedAt: Date;
  /** 1-minute load average when the run began: other work on the machine skews every number. */
  loadAverage: number;
  durationS: number;
  postgresVersion: string;
  origin: string;
  org: LargeOrganization;
  availability: AvailabilityClinic & { slots: number };
  httpCases: HttpCase[];
  deepUnloaded: Summary;
  availabilityUnloaded: Summary;
  pagination: { offset: Summary; keyset: Summary; apiKeyset: Summary; offsetRows: number };
  batching: {
    naive: Summary;
    naiveStatements: number;
    batched: Summary;
    batchedStatements: number;
    apiStatements: number;
    shape: CatalogShape;
    statementBreakdown: Array<Summary & { label: string }>;
  };
  peer: PeerOutcome;
}

function peerOptions(db: { ownerUrl: string; appUrl: string; statementStats: true | string }, org: LargeOrganization): PeerOptions {
  return {
    ownerUrl: db.ownerUrl,
    appUrl: db.appUrl,
    statementStats: db.statementStats,
    treatmentSlug: 'microneedling',
    organizationSlug: org.slug,
    clinics: PEER.clinics,
    offerings: PEER.offerings,
    poolSize: APP_POOL_SIZE,
    concurrency: CONCURRENCY,
    rounds: PEER.rounds,
    warmupMs: PEER.warmupMs,
    measureMs: PEER.measureMs,
    log: progress,
  };
}

/** The peer comparison alone, on the same database and data as the full run. */
async function runPeerOnly(cleanup: Cleanup): Promise<string> {
  const startedAt = new Date();
  const loadAverage = os.loadavg()[0];
  const t0 = performance.now();
  progress('preparing the database (migrations, demo data)');
  const db = await openBenchDatabase(cleanup, progress);
  progress(`generating the large organization (${LARGE_ORG.clinics} clinics × ${LARGE_ORG.practitionersPerClinic} practitioners)`);
  const org = await createLargeOrganization(db.ownerUrl, LARGE_ORG);
  const [{ server_version: postgresVersion }] = await db.owner.query('SHOW server_version');
  const peer = await runPeerComparison(cleanup, peerOptions(db, org));
  if (!peer.ok) progress(`peer comparison skipped: ${peer.reason}`);
  const cpus = os.cpus();
  return [
    '# clinicgraph vs its peers',
    '',
    `Run ${startedAt.toISOString()} by \`npm run bench:peer\`${QUICK ? ' (BENCH_QUICK=1: shortened smoke run, numbers not representative)' : ''}, ${((performance.now() - t0) / 1000).toFixed(0)} s in all. ` +
      `Load generator on Node ${process.version}; PostgreSQL ${postgresVersion} (${db.origin === 'embedded' ? 'embedded, fsync off' : 'DATABASE_URL'}), ` +
      `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), 1-minute load average ${loadAverage.toFixed(2)} when the run began. ` +
      `Data: the demo data plus a generated organization of ${org.rows.clinics} clinics and ${org.rows.practitioners} practitioners.`,
    '',
    renderPeerComparison(peer),
  ].join('\n');
}

async function run(cleanup: Cleanup): Promise<Report> {
  const startedAt = new Date();
  const loadAverage = os.loadavg()[0];
  const t0 = performance.now();

  progress('preparing the database (migrations, demo data)');
  const db = await openBenchDatabase(cleanup, progress);
  progress(`generating the large organization (${LARGE_ORG.clinics} clinics × ${LARGE_ORG.practitionersPerClinic} practitioners)`);
  const org = await createLargeOrganization(db.ownerUrl, LARGE_ORG);
  progress(`generated: ${JSON.stringify(org.rows)}`);
  progress(`generating calendars and a clinic with ${AVAILABILITY.practitioners} practitioners`);
  const availabilityClinic = await createAvailabilityClinic(db.ownerUrl, org.id, AVAILABILITY.practitioners);
  const [{ server_version: postgresVersion }] = await db.owner.query('SHOW server_version');

  const subject = await ensureDevMembership(db.owner, { role: Role.ORG_ADMIN, organization: org.slug, clinics: [] });
  const token = await signDevToken(AUTH, AUTH.secret!, subject, 3600);
  const asOrgAdmin = { authorization: `Bearer ${token}` };

  const { server, statementsByOperation, logger, serverErrors } = await startObservedServer(db, cleanup);
  progress(`server listening on ${server.url}`);

  // The three cases, checked once before anything is timed.
  const treatment: GraphQLRequest = {
    operationName: 'TreatmentBySlug',
    query: operation('catalog.graphql', 'TreatmentBySlug'),
    variables: { slug: 'microneedling' },
  };
  const clinicsPage: GraphQLRequest = {
    operationName: 'Clinics',
    query: operation('organization.graphql', 'Clinics'),
    variables: { filter: { organizationSlug: org.slug }, first: PAGE_SIZE },
  };
  const nestedQuery = operation('nested.graphql', 'OrganizationCatalog');
  if (nestedQuery.split('clinics(first: 100)').length !== 2) throw new Error('nested.graphql changed: expected one clinics(first: 100)');
  const catalog: GraphQLRequest = {
    operationName: 'OrganizationCatalog',
    query: nestedQuery.replace('clinics(first: 100)', `clinics(first: ${NESTED_CLINICS})`),
    variables: { slug: org.slug },
    headers: asOrgAdmin,
  };

  const article = (await postGraphQL<TreatmentBySlugQuery>(server.url, treatment)).data.treatment;
  if (article?.slug !== 'microneedling' || !article.faq.length || !article.contraindications.length || !article.medicallyReviewedBy) {
    throw new Error('The microneedling article is incomplete');
  }
  const firstPage = (await postGraphQL<ClinicsQuery>(server.url, clinicsPage)).data.clinics;
  if (firstPage.totalCount !== LARGE_ORG.clinics || firstPage.edges.length !== PAGE_SIZE) throw new Error('Unexpected clinics page');
  const catalogAnswer = (await postGraphQL<OrganizationCatalogQuery>(server.url, catalog)).data;
  const apiShape = shapeOfCatalogAnswer(catalogAnswer);
  const expectedPractitioners = NESTED_CLINICS * LARGE_ORG.practitionersPerClinic;
  if (
    catalogAnswer.organization?.clinics.totalCount !== LARGE_ORG.clinics ||
    apiShape.clinics !== NESTED_CLINICS ||
    apiShape.practitioners !== expectedPractitioners ||
    apiShape.offerings !== NESTED_CLINICS * LARGE_ORG.protocols.length
  ) {
    throw new Error(`Unexpected catalog answer: ${JSON.stringify(apiShape)}`);
  }

  const availabilityArgs = {
    clinicId: toGlobalId('Clinic', availabilityClinic.clinicId),
    protocolId: (
      await postGraphQL<ProtocolBySlugQuery>(server.url, {
        operationName: 'ProtocolBySlug',
        query: operation('catalog.graphql', 'ProtocolBySlug'),
        variables: { slug: 'microneedling' },
      })
    ).data.protocol!.id,
    from: availabilityClinic.from.toISOString(),
    to: new Date(availabilityClinic.from.getTime() + AVAILABILITY.days * 86_400_000).toISOString(),
  };
  const availabilityAnonymous: GraphQLRequest = {
    operationName: 'Availability',
    query: operation('availability.graphql', 'Availability'),
    variables: availabilityArgs,
  };
  const availabilityAdmin = await ensureDevMembership(db.owner, {
    role: Role.ORG_ADMIN,
    organization: availabilityClinic.organizationSlug,
    clinics: [],
  });
  const availabilityStaff: GraphQLRequest = {
    operationName: 'AvailabilityWithPractitioners',
    query: operation('availability.graphql', 'AvailabilityWithPractitioners'),
    variables: availabilityArgs,
    headers: { authorization: `Bearer ${await signDevToken(AUTH, AUTH.secret!, availabilityAdmin, 3600)}` },
  };
  // 10 weekdays of 33 one-hour slots (09:00-17:00 starts) each, less the 20 the first Monday's leave (13:00-18:00) overlaps.
  const expectedSlots = AVAILABILITY.practitioners * (2 * 5 * 33 - 20);
  const slots = (await postGraphQL<AvailabilityQuery>(server.url, availabilityAnonymous)).data.availability.length;
  const staffSlots = (await postGraphQL<AvailabilityWithPractitionersQuery>(server.url, availabilityStaff)).data.availability;
  if (slots !== expectedSlots || staffSlots.length !== expectedSlots || staffSlots.some((s) => !s.practitioner)) {
    throw new Error(`Unexpected availability: ${slots} slots (anonymous), ${staffSlots.length} (staff), expected ${expectedSlots}`);
  }

  // 1. HTTP cases: concurrent POSTs from this process.
  const httpCases: HttpCase[] = [];
  for (const [label, who, request] of [
    ['`treatment(slug: "microneedling")`, the full article (`TreatmentBySlug`)', 'anonymous', treatment],
    [
      `\`clinics(first: ${PAGE_SIZE})\` of the large organization, with address, opening hours, organization (\`Clinics\`)`,
      'anonymous',
      clinicsPage,
    ],
    [`the deep nested \`OrganizationCatalog\` with \`clinics(first: ${NESTED_CLINICS})\``, 'ORG_ADMIN', catalog],
    [
      `\`availability\` of microneedling over ${AVAILABILITY.days} days at a clinic with ${AVAILABILITY.practitioners} practitioners, ${expectedSlots} slots (\`Availability\`)`,
      'anonymous',
      availabilityAnonymous,
    ],
    [`the same with each slot's practitioner (\`AvailabilityWithPractitioners\`)`, 'ORG_ADMIN', availabilityStaff],
  ] as Array<[string, string, GraphQLRequest]>) {
    progress(
      `HTTP: ${request.operationName} (${HTTP_WARMUP_MS / 1000}s warm-up, ${HTTP_MEASURE_MS / 1000}s measured, concurrency ${CONCURRENCY})`,
    );
    statementsByOperation.delete(request.operationName);
    const result = await loadTest(server.url, request, { concurrency: CONCURRENCY, warmupMs: HTTP_WARMUP_MS, durationMs: HTTP_MEASURE_MS });
    const observed = statementsByOperation.get(request.operationName) ?? [];
    httpCases.push({
      label,
      who,
      result,
      statements: observed.map((s) => s.length),
      dataStatements: observed.map((s) => s.filter((sql) => !isRequestOverhead(sql)).length),
    });
    progress(`  median ${ms(result.medianMs)} ms, p95 ${ms(result.p95Ms)} ms, ${result.requestsPerSecond.toFixed(0)} req/s`);
  }

  progress('HTTP: availability one request at a time');
  const availabilityUnloaded = await sequential(server.url, availabilityAnonymous, QUICK ? 2 : 5, QUICK ? 5 : 30);
  progress('HTTP: deep nested query one request at a time');
  const deepUnloaded = await sequential(server.url, catalog, QUICK ? 2 : 5, QUICK ? 5 : 30);

  // The statements (with parameters) the API sends for one deep query, for replay.
  logger.capture = [];
  await postGraphQL(server.url, catalog);
  const deepStatements: CapturedStatement[] = logger.capture;
  logger.capture = null;
  const deepData = deepStatements.filter((s) => !isRequestOverhead(s.sql));

  // 2. Keyset vs OFFSET for page 150 of 20, directly in SQL as the application role.
  const offsetRows = (DEEP_PAGE - 1) * PAGE_SIZE;
  progress(`SQL: keyset vs OFFSET for page ${DEEP_PAGE} of ${PAGE_SIZE} (OFFSET ${offsetRows})`);
  // The API's own statement for that page: walk the connection to the cursor, then capture the next page.
  let after: string | null = null;
  for (let seen = 0; seen < offsetRows;) {
    const first: number = Math.min(100, offsetRows - seen);
    const page: ClinicsQuery['clinics'] = (
      await postGraphQL<ClinicsQuery>(server.url, { ...clinicsPage, variables: { filter: { organizationSlug: org.slug }, first, after } })
    ).data.clinics;
    after = page.pageInfo.endCursor;
    seen += page.edges.length;
  }
  logger.capture = [];
  const apiDeepPage = (
    await postGraphQL<ClinicsQuery>(server.url, {
      ...clinicsPage,
      variables: { filter: { organizationSlug: org.slug }, first: PAGE_SIZE, after },
    })
  ).data.clinics;
  const pageStatements = logger.capture.filter(
    (s) => /\bFROM clinics c\b/.test(s.sql) && /\bLIMIT\b/.test(s.sql) && !/count\(\*\)/.test(s.sql),
  );
  logger.capture = null;
  if (pageStatements.length !== 1) throw new Error(`Expected one keyset statement for the clinics page, saw ${pageStatements.length}`);
  const apiKeysetStatement = pageStatements[0];

  const sqlClient = await appClient(db.appUrl);
  cleanup.add('close the SQL client', () => sqlClient.end());
  // As an anonymous request reads the public catalog (the API statement captured above was one).
  await sqlClient.query(`SELECT set_config('app.public_catalog', 'on', false), set_config('app.subject', '', false)`);
  const offsetSql = `SELECT c.* FROM clinics c WHERE c.organization_id = $1 ORDER BY c.name, c.id LIMIT $2 OFFSET $3`;
  const keysetSql = `SELECT c.* FROM clinics c WHERE c.organization_id = $1 AND (c.name, c.id) > ($2, $3::uuid) ORDER BY c.name, c.id LIMIT $4`;
  const [boundary] = (
    await sqlClient.query(`SELECT c.name, c.id FROM clinics c WHERE c.organization_id = $1 ORDER BY c.name, c.id LIMIT 1 OFFSET $2`, [
      org.id,
      offsetRows - 1,
    ])
  ).rows;
  const offsetQuery = () => sqlClient.query(offsetSql, [org.id, PAGE_SIZE, offsetRows]);
  const keysetQuery = () => sqlClient.query(keysetSql, [org.id, boundary.name, boundary.id, PAGE_SIZE]);
  const apiKeysetQuery = () => sqlClient.query(apiKeysetStatement.sql, apiKeysetStatement.params);
  // Same 20 clinics from all three, and from the API.
  const slugsOffset = (await offsetQuery()).rows.map((r) => r.slug).join();
  const slugsKeyset = (await keysetQuery()).rows.map((r) => r.slug).join();
  const slugsApiSql = (await apiKeysetQuery()).rows
    .slice(0, PAGE_SIZE)
    .map((r) => r.slug)
    .join();
  const slugsApi = apiDeepPage.edges.map((e) => e.node.slug).join();
  if (new Set([slugsOffset, slugsKeyset, slugsApiSql, slugsApi]).size !== 1 || slugsOffset.split(',').length !== PAGE_SIZE) {
    throw new Error(`The page ${DEEP_PAGE} variants disagree:\n${slugsOffset}\n${slugsKeyset}\n${slugsApiSql}\n${slugsApi}`);
  }
  const paginationSamples = await interleaved(
    { offset: offsetQuery, keyset: keysetQuery, apiKeyset: apiKeysetQuery },
    { warmupRounds: 20, minSamples: QUICK ? 30 : 300, maxSamples: 3000, minDurationMs: QUICK ? 500 : 4_000 },
  );

  // 3. DataLoader batching vs naive per-parent resolution, both SQL only on one connection.
  progress('SQL: batched statements of the deep query vs N+1 emulation');
  const batchClient = await appClient(db.appUrl);
  cleanup.add('close the batching client', () => batchClient.end());
  const inRequestTransaction = async <T>(fn: () => Promise<T>): Promise<T> => {
    await batchClient.query('BEGIN');
    try {
      await batchClient.query(
        `SELECT set_config('app.subject', $1, true), set_config('app.public_catalog', 'off', true), set_config('app.organization_id', $2, true)`,
        [subject, org.id],
      );
      return await fn();
    } finally {
      await batchClient.query('COMMIT');
    }
  };
  const perStatement: number[][] = deepData.map(() => []);
  const replayBatched = () =>
    inRequestTransaction(async () => {
      for (const [i, statement] of deepData.entries()) {
        const started = performance.now();
        await batchClient.query(statement.sql, statement.params);
        perStatement[i].push(performance.now() - started);
      }
    });
  const runNaive = () => inRequestTransaction(() => naiveCatalog(batchClient, org.slug, NESTED_CLINICS));
  const naiveCheck = await runNaive();
  if (JSON.stringify(naiveCheck.shape) !== JSON.stringify(apiShape)) {
    throw new Error(`The N+1 emulation and the API disagree: ${JSON.stringify(naiveCheck.shape)} vs ${JSON.stringify(apiShape)}`);
  }
  const batchingSamples = await interleaved(
    { naive: runNaive, batched: replayBatched },
    { warmupRounds: 3, minSamples: QUICK ? 5 : 30, maxSamples: 500, minDurationMs: QUICK ? 1_000 : 10_000 },
  );
  // Per-statement times of the measured rounds (the warm-up rounds came first).
  const measuredRounds = batchingSamples.batched.length;
  const statementBreakdown = deepData.map((statement, i) => ({
    label: describeStatement(statement.sql),
    ...summarize(perStatement[i].slice(-measuredRounds)),
  }));

  const analytics = await benchAnalytics(db, server.url, logger, statementsByOperation);

  if (serverErrors.length) throw new Error(`The server logged ${serverErrors.length} errors; first: ${String(serverErrors[0])}`);

  // 4. The same database against PostGraphile and a bare server, every server in a child process.
  const peer = await runPeerComparison(cleanup, peerOptions(db, org));
  if (!peer.ok) progress(`peer comparison skipped: ${peer.reason}`);
  return {
    analytics,
    startedAt,
    loadAverage,
    durationS: (performance.now() - t0) / 1000,
    postgresVersion,
    origin: db.origin,
    org,
    availability: { ...availabilityClinic, slots: expectedSlots },
    availabilityUnloaded,
    httpCases,
    deepUnloaded,
    pagination: {
      offset: summarize(paginationSamples.offset),
      keyset: summarize(paginationSamples.keyset),
      apiKeyset: summarize(paginationSamples.apiKeyset),
      offsetRows,
    },
    batching: {
      naive: summarize(batchingSamples.naive),
      naiveStatements: naiveCheck.statements,
      batched: summarize(batchingSamples.batched),
      batchedStatements: deepData.length,
      apiStatements: deepStatements.length,
      shape: apiShape,
      statementBreakdown,
    },
    peer,
  };
}

function render(r: Report): string {
  const cpus = os.cpus();
  const o = r.org;
  const p = r.pagination;
  const b = r.batching;
  const deep = r.httpCases[2];
  const lines = [
    '# clinicgraph benchmarks',
    '',
    `Run ${r.startedAt.toISOString()} by \`npm run bench\`${QUICK ? ' (BENCH_QUICK=1: shortened smoke run, numbers not representative)' : ''}, ${r.durationS.toFixed(0)} s in all.`,
    `Node ${process.version}, PostgreSQL ${r.postgresVersion} (${r.origin === 'embedded' ? 'embedded, fsync off' : 'DATABASE_URL'}), ` +
      `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}, ` +
      `1-minute load average ${r.loadAverage.toFixed(2)} when the run began.`,
    '',
    `Data: the demo data plus a generated organization of ${o.rows.clinics} clinics, ${o.rows.practitioners} practitioners ` +
      `(${o.practitionersPerClinic} per clinic), ${o.rows.practitioner_qualifications} qualifications, ${o.rows.clinic_opening_hours} opening hours, ` +
      `offering the ${o.protocols.length} library protocols; ${r.availability.workingHours} working-hours rows (every practitioner, Monday to Friday) ` +
      `and a clinic of its own with ${r.availability.practitioners} practitioners and ${r.availability.leave} periods of leave for the availability case. Server, load generator and PostgreSQL share the machine; ` +
      `the server is the real one (\`startServer\`, in the benchmark's own Node process, so the load generator shares its event loop), ` +
      `connected as the row-level-security-bound application role with a pool of ${APP_POOL_SIZE}. ` +
      'Compare numbers within this file only: they are ratios of one run on one machine, not targets.',
    '',
    `## API through HTTP (concurrency ${CONCURRENCY}, ${HTTP_WARMUP_MS / 1000} s warm-up, ${HTTP_MEASURE_MS / 1000} s measured per case)`,
    '',
    markdownTable(
      ['case', 'viewer', 'requests', 'median ms', 'p95 ms', 'req/s', 'SQL statements / request (data + request overhead)'],
      r.httpCases.map((c) => [
        c.label,
        c.who,
        c.result.samples,
        ms(c.result.medianMs),
        ms(c.result.p95Ms),
        c.result.requestsPerSecond.toFixed(0),
        `${range(c.statements)} (${range(c.dataStatements)} + ${range(c.statements.map((n, i) => n - c.dataStatements[i]))})`,
      ]),
    ),
    '',
    `Latency is from sending the POST to parsing the whole JSON answer. Request overhead is the transaction, its settings and, ` +
      `with a token, the viewer lookup. The deep query one request at a time: median ${ms(r.deepUnloaded.medianMs)} ms, ` +
      `p95 ${ms(r.deepUnloaded.p95Ms)} ms (${r.deepUnloaded.samples} requests). Availability (${r.availability.slots} slots, anonymous) one request at a time: ` +
      `median ${ms(r.availabilityUnloaded.medianMs)} ms, p95 ${ms(r.availabilityUnloaded.p95Ms)} ms (${r.availabilityUnloaded.samples} requests).`,
    '',
    `## Keyset vs OFFSET pagination (page ${DEEP_PAGE} of ${PAGE_SIZE} over the organization's ${o.rows.clinics} clinics, by name)`,
    '',
    markdownTable(
      ['statement', 'runs', 'median ms', 'p95 ms'],
      [
        [
          `OFFSET: \`ORDER BY name, id LIMIT ${PAGE_SIZE} OFFSET ${p.offsetRows}\``,
          p.offset.samples,
          ms(p.offset.medianMs),
          ms(p.offset.p95Ms),
        ],
        [
          `keyset: \`WHERE (name, id) > ($name, $id) ORDER BY name, id LIMIT ${PAGE_SIZE}\``,
          p.keyset.samples,
          ms(p.keyset.medianMs),
          ms(p.keyset.p95Ms),
        ],
        [
          "the API's keyset statement for that page (`totalCount` is a separate statement, run only when asked for)",
          p.apiKeyset.samples,
          ms(p.apiKeyset.medianMs),
          ms(p.apiKeyset.p95Ms),
        ],
      ],
    ),
    '',
    `Median OFFSET / keyset: **${ratio(p.offset.medianMs, p.keyset.medianMs)}**. ` +
      `The API's keyset statement / OFFSET: ${ratio(p.apiKeyset.medianMs, p.offset.medianMs)}; / plain keyset: ${ratio(p.apiKeyset.medianMs, p.keyset.medianMs)} ` +
      `(it adds the tenant and public-catalog conditions and the clinic's columns).`,
    `Measured directly with \`pg\` on one connection as the application role (reading the public catalog, as an anonymous client), ` +
      `the three statements in alternating rounds; all three return the same ${PAGE_SIZE} clinics as the API's page ${DEEP_PAGE}.`,
    '',
    `## DataLoader batching vs N+1 (the deep nested query, first ${NESTED_CLINICS} clinics)`,
    '',
    markdownTable(
      ['variant', 'runs', 'SQL statements', 'median ms', 'p95 ms'],
      [
        [
          'N+1 emulation: one statement per parent and field, no batching or caching (SQL only)',
          b.naive.samples,
          b.naiveStatements,
          ms(b.naive.medianMs),
          ms(b.naive.p95Ms),
        ],
        [
          'batched: the data statements the API sent for this query, replayed (SQL only)',
          b.batched.samples,
          b.batchedStatements,
          ms(b.batched.medianMs),
          ms(b.batched.p95Ms),
        ],
        [
          'batched, end to end through the API (HTTP, GraphQL, one request at a time)',
          r.deepUnloaded.samples,
          b.apiStatements,
          ms(r.deepUnloaded.medianMs),
          ms(r.deepUnloaded.p95Ms),
        ],
        [
          `batched, end to end under load (concurrency ${CONCURRENCY}, from the first table)`,
          deep.result.samples,
          range(deep.statements),
          ms(deep.result.medianMs),
          ms(deep.result.p95Ms),
        ],
      ],
    ),
    '',
    `N+1 / batched (SQL only): **${ratio(b.naiveStatements, b.batchedStatements)} the statements, ${ratio(b.naive.medianMs, b.batched.medianMs)} the median time**; ` +
      `N+1 SQL alone vs the whole batched request through the API: ${ratio(b.naive.medianMs, r.deepUnloaded.medianMs)}.`,
    `Both SQL-only variants run on one connection as the application role in a transaction with the organization set (as a request does; ` +
      `BEGIN, the settings and COMMIT are inside each timed run but not counted), ` +
      `in alternating rounds, and fetch the same objects (checked: ${b.shape.clinics} clinics, ${b.shape.practitioners} practitioners, ` +
      `${b.shape.qualifications} qualifications, ${b.shape.offerings} offerings, ${b.shape.steps} protocol steps, ` +
      `${b.shape.qualifiedPractitioners} qualified practitioners with ${b.shape.qualifiedPractitionerClinics} clinics). ` +
      `The N+1 side is an emulation written for this benchmark (bench/support/naive-catalog.ts), not clinicgraph code; ` +
      `its list statements fetch page and total together, which favours it. The API's count includes ${b.apiStatements - b.batchedStatements} request-overhead statements.`,
    '',
    'Where the batched time goes (each data statement of the replay, in the order the API sent them):',
    '',
    markdownTable(
      ['statement', 'median ms', 'p95 ms'],
      b.statementBreakdown.map((s) => [s.label, ms(s.medianMs), ms(s.p95Ms)]),
    ),
    '',
    renderPeerComparison(r.peer),
    ...renderAnalytics(r.analytics),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal}: cleaning up`);
    void cleanup.runAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let exitCode = 0;
  try {
    const markdown = PEER_ONLY ? await runPeerOnly(cleanup) : ONLY_ANALYTICS ? await runAnalyticsOnly(cleanup) : render(await run(cleanup));
    process.stdout.write(`${markdown}\n`);
    if (PEER_ONLY) {
      progress('bench:peer: bench/results.md left as it was (npm run bench writes it, this comparison included)');
    } else if (QUICK) {
      progress('BENCH_QUICK=1: bench/results.md left as it was');
    } else {
      const file = ONLY_ANALYTICS ? 'results-analytics.md' : 'results.md';
      fs.writeFileSync(path.join(__dirname, file), markdown);
      progress(`written to bench/${file}`);
    }
  } catch (error) {
    console.error('[bench] failed:', error);
    exitCode = 1;
  } finally {
    await cleanup.runAll();
  }
  // Keep-alive sockets of fetch would otherwise hold the process a few seconds longer.
  process.exit(exitCode);
}

void main();
