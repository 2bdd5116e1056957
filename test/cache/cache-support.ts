/**
 * Helpers of the catalog cache tests: a raw HTTP client that shows the cache headers
 * (graphql-request hides response headers), and more servers on a test app's database,
 * as further instances of the API behind a load balancer would be.
 */
import { spawnSync } from 'node:child_process';
import { inspect } from 'node:util';
import { DocumentNode, print } from 'graphql';
import { CatalogCacheConfig } from '../../src/cache/catalog-cache-plugin';
import { createTokenVerifier } from '../../src/auth/token-verifier';
import { RequestObservation, startServer } from '../../src/server';
import { GraphQLBody } from '../support/graphql-body';
import { TEST_AUTH, TestApp, testDatabase } from '../support/harness';

export interface Answer<Data> {
  status: number;
  /** The `x-cache` header: hit, miss, bypass, or null when the cache is off. */
  cache: string | null;
  cacheControl: string | null;
  body: GraphQLBody<Data>;
}

/** POSTs one operation (anonymous unless `headers` says otherwise) and returns its answer with the cache headers. */
export async function post<Data, Variables = Record<string, unknown>>(
  url: string,
  document: DocumentNode,
  variables?: Variables,
  headers: Record<string, string> = {},
): Promise<Answer<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as GraphQLBody<Data>,
  };
}

export interface Instance {
  url: string;
  /** Every request served, with the SQL it sent: a hit sends none. */
  requests: RequestObservation[];
  /** What the server logged: each message, followed by its cause when it has one. */
  logs: string[];
  stop(): Promise<void>;
}

/** Another server on `app`'s database, with its own cache configuration (and its own in-process events). */
export async function startInstance(app: TestApp, catalogCache: CatalogCacheConfig | undefined): Promise<Instance> {
  const requests: RequestObservation[] = [];
  const logs: string[] = [];
  const server = await startServer({
    config: { port: 0, readinessTimeoutMs: 1000, catalogCache },
    db: testDatabase(app.appSql),
    verifyToken: createTokenVerifier(TEST_AUTH),
    observe: (observation) => requests.push(observation),
    // With what went wrong, so that a failing test shows it (the Redis outage carries its connection error).
    log: (message, cause) => logs.push(cause === undefined ? message : `${message}: ${inspect(cause, { breakLength: Infinity })}`),
  });
  return { url: server.url, requests, logs, stop: () => server.stop() };
}

/** The SQL statements the last request served by `requests` sent. */
export function lastStatements(requests: RequestObservation[]): number {
  return requests[requests.length - 1].statements.length;
}

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers PING at REDIS_URL, decided once when the test file loads (jest cannot skip later). */
export function redisAnswers(url = REDIS_URL): boolean {
  const { hostname, port } = new URL(url);
  const probe = `
    const socket = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)});
    socket.setTimeout(1000, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (data) => process.exit(String(data).startsWith('+PONG') ? 0 : 1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}
