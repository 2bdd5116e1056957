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
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Config } from './config';
import { catalogCachePlugins, varyByViewer } from './cache/catalog-cache-plugin';
import { VerifyToken } from './auth/token-verifier';
import { DomainEvents } from './common/domain-events';
import { createRequestContext, RequestContext } from './context';
import { Database, DatabaseServer } from './db/database';
import { DEFAULT_QUERY_LIMITS } from './graphql/query-limits';
import { hideSuggestionsPlugin } from './graphql/hide-suggestions-plugin';
import { queryLimitsPlugin } from './graphql/query-limits-plugin';
import { requestTransactionPlugin } from './graphql/request-transaction-plugin';
import { moduleCatalog } from './modules';
import { outcomesCsvRoute } from './modules/outcome/outcome-analytics.csv';
import { createSchema } from './schema';
import { containsNul, NUL_MESSAGE, rejectNulLiteralsPlugin } from './common/nul-characters';
import { loggableError } from './common/safe-log';
import { contextError, formatError } from './server-errors';

export interface RequestObservation {
  operationName: string | null;
  /** The SQL texts the request sent, in order (recorded only by a Database made with `recordStatements`). */
  statements: string[];
  /** Each statement's parameters, in the same order. */
  parameters: unknown[][];
  /** The server each statement ran on (the primary, or the read replica), in the same order. */
  servers: DatabaseServer[];
}

export interface ServerOptions {
  /**
   * nodeEnv defaults to NODE_ENV, queryLimits to the published defaults; without `corsOrigins` no browser origin is allowed;
   * without `catalogCache` anonymous catalog reads are not cached.
   */
  config: Pick<Config, 'port' | 'readinessTimeoutMs'> &
    Partial<Pick<Config, 'nodeEnv' | 'queryLimits' | 'corsOrigins' | 'catalogCache' | 'analytics'>>;
  db: Database;
  verifyToken: VerifyToken;
  /** Called after each GraphQL request with the SQL it sent (tests count them; needs a Database that records statements). */
  observe?: (observation: RequestObservation) => void;
  log?: (message: string, cause?: unknown) => void;
  /** Where committed changes are announced; a server of its own when not given. */
  events?: DomainEvents;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The operation name of a parsed request body, as sent (null when absent or not a string). */
function operationNameOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('operationName' in body)) return null;
  return typeof body.operationName === 'string' ? body.operationName : null;
}

/** What Express's body parser (http-errors) puts on the errors it passes on; any of it may be missing. */
interface HttpErrorFields {
  expose?: unknown;
  status?: unknown;
  type?: unknown;
  message?: unknown;
}

/** NUL characters in the body or query string (see common/nul-characters.ts); the query's literals are checked once parsed. */
function rejectNulCharacters(req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (containsNul(req.body) || containsNul(req.query)) {
    res.status(400).json({ errors: [{ message: NUL_MESSAGE, extensions: { code: 'BAD_USER_INPUT' } }] });
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
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-organization',
      'x-request-id',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    // Readable by the page: the request id (for support) and the catalog cache's hit, miss or bypass.
    exposedHeaders: ['x-request-id', 'x-cache'],
    maxAge: 600,
  });
}

/** Hands the request's SQL to `observe` once the response is sent. */
function observeRequest(
  observe: (observation: RequestObservation) => void,
  req: express.Request,
  res: express.Response,
  ctx: RequestContext,
) {
  res.on('finish', () => {
    const recorded = ctx.db.statements ?? [];
    observe({
      operationName: operationNameOf(req.body),
      statements: recorded.map((s) => s.sql),
      parameters: recorded.map((s) => s.params),
      servers: recorded.map((s) => s.server),
    });
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, config } = options;
  const log = options.log ?? ((message: string, cause?: unknown) => console.error(message, cause ?? ''));
  const modules = moduleCatalog();
  const events = options.events ?? new DomainEvents();
  const app = express();
  const httpServer = http.createServer(app);
  const nodeEnv = config.nodeEnv ?? process.env.NODE_ENV;
  // In production the schema stays private: no introspection, and no "Did you mean ...?"
  // in errors (they would rebuild it name by name).
  const production = nodeEnv === 'production';

  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    nodeEnv,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Nothing reads @cacheControl hints; the default plugin wraps every field to compute them.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(config.queryLimits ?? DEFAULT_QUERY_LIMITS),
      ...(production ? [hideSuggestionsPlugin()] : []),
      rejectNulLiteralsPlugin<RequestContext>(),
      requestTransactionPlugin(log),
      ...catalogCachePlugins({ config: config.catalogCache, events, log }),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag: GraphQL answers are POSTed and never revalidated; hashing each body costs CPU for nothing.
  app.disable('etag');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await db.isReady(config.readinessTimeoutMs);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'database unavailable' });
  });
  app.use(outcomesCsvRoute({ db, verifyToken: options.verifyToken, modules, events, log, analytics: config.analytics }));
  app.use(
    '/graphql',
    corsFor(config.corsOrigins ?? []),
    varyByViewer,
    express.json({ limit: '256kb' }),
    rejectNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const ctx = await createRequestContext(
            { db, verifyToken: options.verifyToken, modules, events, log, analytics: config.analytics },
            { authorization: req.headers.authorization, organization: req.header('x-organization'), requestId: req.header('x-request-id') },
          );
          res.setHeader('x-request-id', ctx.requestId);
          if (options.observe) observeRequest(options.observe, req, res, ctx);
          return ctx;
        } catch (error) {
          throw contextError(error);
        }
      },
    }),
  );
  // Errors before Apollo (a body that is not JSON, or too large) are answered like
  // Apollo's own BAD_REQUEST, not by Express's default page (a stack trace outside production).
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const failure: HttpErrorFields = typeof error === 'object' && error !== null ? error : {};
    const status =
      failure.expose && typeof failure.status === 'number' && failure.status >= 400 && failure.status < 500 ? failure.status : 500;
    if (status === 500) log('unexpected error outside GraphQL', loggableError(error));
    res.status(status).json({
      errors: [
        status === 500
          ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
          : {
              message: failure.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : String(failure.message),
              extensions: { code: 'BAD_REQUEST' },
            },
      ],
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
