/**
 * HTTP: POST/GET /graphql (Apollo), GET /healthz (process alive), GET /readyz
 * (PostgreSQL answers within the timeout).
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
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
import { containsNul, NUL_MESSAGE, rejectNulLiteralsPlugin } from './common/nul-characters';
import { loggableError } from './common/safe-log';
import { contextError, formatError } from './server-errors';

export interface RequestObservation {
  operationName: string | null;
  statements: string[];
}

export interface ServerOptions {
  config: Pick<Config, 'port' | 'readinessTimeoutMs'>;
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

/** NUL characters in the body or query string (see common/nul-characters.ts); the query's literals are checked once parsed. */
function rejectNulCharacters(req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (containsNul(req.body) || containsNul(req.query)) {
    res.status(400).json({ errors: [{ message: NUL_MESSAGE, extensions: { code: 'BAD_USER_INPUT' } }] });
    return;
  }
  next();
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
      rejectNulLiteralsPlugin<RequestContext>(),
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
    if (status === 500) log('unexpected error outside GraphQL', loggableError(error));
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
