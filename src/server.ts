/**
 * HTTP: POST/GET /graphql (Apollo), GET /healthz (process alive), GET /readyz
 * (PostgreSQL answers within the timeout).
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import cors from 'cors';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Config } from './config';
import { VerifyToken } from './auth/token-verifier';
import { createRequestContext, RequestContext } from './context';
import { Database } from './db/database';
import { RequestSqlStats, withSqlStats } from './db/sql-stats';
import { createSchema } from './schema';
import { contextError, formatError } from './server-errors';

export interface RequestObservation {
  operationName: string | null;
  statements: string[];
}

export interface ServerOptions {
  /** Without `corsOrigins` no browser origin is allowed. */
  config: Pick<Config, 'port' | 'readinessTimeoutMs'> & Partial<Pick<Config, 'corsOrigins'>>;
  db: Database;
  verifyToken: VerifyToken;
  /** Called after each GraphQL request with the SQL it sent (tests count them). */
  observe?: (observation: RequestObservation) => void;
  log?: (message: string, cause?: unknown) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL text cannot hold NUL characters: a string argument with one would fail in
 * SQL as an internal error. Refuse it up front, as bad input.
 */
function rejectNulCharacters(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const hasNul = (value: unknown): boolean =>
    typeof value === 'string' ? value.includes('\u0000')
      : Array.isArray(value) ? value.some(hasNul)
        : value !== null && typeof value === 'object' ? Object.values(value).some(hasNul) : false;
  if (hasNul(req.body) || hasNul(req.query)) {
    res.status(400).json({ errors: [{ message: 'Strings may not contain NUL (\\u0000) characters.', extensions: { code: 'BAD_USER_INPUT' } }] });
    return;
  }
  next();
}

/**
 * CORS for browser apps on the allowed origins: preflights are answered here (Apollo would
 * refuse OPTIONS), other origins get no CORS headers, so browsers keep their responses from
 * them. Apollo's CSRF prevention still refuses requests a browser sends without a
 * preflight (GET, or a form-like content type) unless they carry `apollo-require-preflight`.
 */
function corsFor(origins: Config['corsOrigins']): express.RequestHandler {
  return cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-organization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, config } = options;
  const log = options.log ?? ((message: string, cause?: unknown) => console.error(message, cause ?? ''));
  const app = express();
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        // Each request's transaction ends before its response leaves: mutations that
        // succeeded are committed (failed ones were rolled back to their savepoint).
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              await contextValue.db.finish(true);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.isReady(config.readinessTimeoutMs);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    corsFor(config.corsOrigins ?? []),
    express.json({ limit: '256kb' }),
    rejectNulCharacters,
    (req, res, next) => {
      const stats: RequestSqlStats = { statements: [] };
      res.on('finish', () => options.observe?.({ operationName: req.body?.operationName ?? null, statements: stats.statements }));
      withSqlStats(stats, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return await createRequestContext(
            { db, verifyToken: options.verifyToken },
            { authorization: req.headers.authorization, organization: req.header('x-organization') },
          );
        } catch (error) {
          throw contextError(error);
        }
      },
    }),
  );
  // Errors before Apollo (a body that is not JSON, or too large) are answered like
  // Apollo's own BAD_REQUEST, not by Express's default page (a stack trace outside production).
  app.use((error: any, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status: number = error?.expose && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log('unexpected error outside GraphQL', error);
    res.status(status).json({
      errors: [status === 500
        ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
        : { message: error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : String(error.message), extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
