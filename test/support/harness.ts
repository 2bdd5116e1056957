/**
 * A clinicgraph server of the test file's own: a fresh database cloned from the
 * migrated template, the real HTTP server on a free port, and a codegen-typed client.
 */
import 'reflect-metadata';
import { GraphQLClient } from 'graphql-request';
import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { Database } from '../../src/db/database';
import { RequestObservation, startServer } from '../../src/server';
import { getSdk } from '../generated/graphql';
import { databaseUrl, randomName, testServerEnv, withAdmin } from './test-database';

export interface TestApp {
  url: string;
  /** Base URL without /graphql, for /healthz and /readyz. */
  baseUrl: string;
  api: ReturnType<typeof getSdk>;
  client: GraphQLClient;
  /** Direct access for arranging fixtures and checking rows; assertions go through `api`. */
  sql: DataSource;
  /** Every GraphQL request served, with the SQL statements it sent. */
  requests: RequestObservation[];
  /** Server-side errors that were logged instead of returned. */
  loggedErrors: unknown[];
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  const { adminUrl, template } = testServerEnv();
  const name = randomName('clinicgraph_t');
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const sql = createDataSource(databaseUrl(adminUrl, name), 5);
  await sql.initialize();
  const requests: RequestObservation[] = [];
  const loggedErrors: unknown[] = [];
  const server = await startServer({
    config: { port: 0, readinessTimeoutMs: 1000 },
    db: new Database(sql),
    observe: (observation) => requests.push(observation),
    log: (_message, cause) => loggedErrors.push(cause),
  });
  const client = new GraphQLClient(server.url);
  return {
    url: server.url,
    baseUrl: server.url.replace(/\/graphql$/, ''),
    api: getSdk(client),
    client,
    sql,
    requests,
    loggedErrors,
    close: async () => {
      await server.stop();
      await sql.destroy();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The GraphQL errors of a failed request made through graphql-request. */
export async function graphQLErrors(request: Promise<unknown>): Promise<Array<{ message: string; extensions?: Record<string, any> }>> {
  try {
    await request;
  } catch (error: any) {
    if (error?.response?.errors) return error.response.errors;
    throw error;
  }
  throw new Error('Expected the request to fail with GraphQL errors, but it succeeded');
}
