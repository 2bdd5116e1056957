/**
 * Closed-loop HTTP load from this process: `concurrency` workers each POST a GraphQL
 * request, wait for the whole response body, and send the next. Latency is measured per
 * request (send to last byte, JSON parsed); throughput is completed requests per second
 * of the measured window. A warm-up phase runs first and is not recorded.
 */
import { summarize, Summary } from './stats';

export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An answer without errors (postGraphQL throws on errors), its data typed by the caller. */
export interface GraphQLResponse<Data = unknown> {
  data: Data;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function postGraphQL<Data = unknown>(url: string, request: GraphQLRequest): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: JSON.stringify({ operationName: request.operationName, query: request.query, variables: request.variables ?? {} }),
  });
  const body = (await response.json()) as GraphQLResponse<Data>;
  if (!response.ok || body.errors?.length) {
    throw new Error(`${request.operationName}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body;
}

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Runs between warm-up and the measured window (e.g. resetting statement statistics). */
  beforeMeasure?: () => Promise<void>;
}

export interface LoadResult extends Summary {
  requestsPerSecond: number;
  errors: number;
  concurrency: number;
  windowMs: number;
}

async function runWorkers(url: string, request: GraphQLRequest, concurrency: number, durationMs: number, record: number[] | null) {
  const deadline = performance.now() + durationMs;
  let errors = 0;
  let firstError: unknown;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await postGraphQL(url, request);
        record?.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { errors, firstError, elapsedMs: performance.now() - started };
}

export async function loadTest(url: string, request: GraphQLRequest, options: LoadOptions): Promise<LoadResult> {
  const warmup = await runWorkers(url, request, options.concurrency, options.warmupMs, null);
  if (warmup.errors) throw new Error(`${request.operationName} failed during warm-up: ${String(warmup.firstError)}`);
  await options.beforeMeasure?.();
  const latencies: number[] = [];
  const measured = await runWorkers(url, request, options.concurrency, options.durationMs, latencies);
  if (measured.errors)
    throw new Error(`${request.operationName}: ${measured.errors} failed requests, first: ${String(measured.firstError)}`);
  return {
    ...summarize(latencies),
    requestsPerSecond: latencies.length / (measured.elapsedMs / 1000),
    errors: measured.errors,
    concurrency: options.concurrency,
    windowMs: measured.elapsedMs,
  };
}

/** One request at a time (no queueing): the unloaded end-to-end latency. */
export async function sequential(url: string, request: GraphQLRequest, warmup: number, samples: number): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await postGraphQL(url, request);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await postGraphQL(url, request);
    latencies.push(performance.now() - t0);
  }
  return summarize(latencies);
}
