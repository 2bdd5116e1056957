/**
 * The public catalog's response cache, as an Apollo plugin. Anonymous reads of the
 * catalog (catalog-cache.rules.ts) are answered from the cache once the operation is
 * known, after the query limits (didResolveOperation): a refused query is refused, never
 * served; the answer still gets its `extensions.cost` (the limits plugin adds it to every
 * response). Only `data` of an answer without errors is stored.
 *
 * Every response of a cache-enabled server says what happened in `x-cache`: `hit`, `miss`
 * (looked up, computed now; stored when it has no errors) or `bypass` (not cacheable:
 * authenticated, a mutation, a non-catalog field, or the store did not answer). Cached
 * anonymous answers carry `cache-control: public, max-age=<seconds left>`; every
 * response says `vary: authorization, x-organization` (varyByViewer).
 *
 * Invalidation: a committed change that touches the public catalog (a domain event,
 * published after COMMIT and before the mutation's response) starts a new generation in
 * the store, so the next anonymous read computes its answer afresh. One generation for
 * the whole catalog: answers mix organizations and the library (`nodes`, `treatments`),
 * and catalog changes are rare next to reads.
 */
import { ApolloServerPlugin, BaseContext, GraphQLRequestContext, GraphQLResponse, HeaderMap } from '@apollo/server';
import { printSchema } from 'graphql';
import { DomainEvents } from '../common/domain-events';
import { cacheKey, readsOnlyCatalog, sha256, touchesPublicCatalog } from './catalog-cache.rules';
import { CachedAnswer, CatalogCacheStore, MemoryCatalogCacheStore } from './catalog-cache-store';
import { RedisCatalogCacheStore } from './redis-catalog-cache-store';

export interface CatalogCacheConfig {
  /** How long an answer may be served after it was computed (CATALOG_CACHE_SECONDS); 0 disables the cache. */
  ttlSeconds: number;
  /** Redis shared by every instance (REDIS_URL); without it, each process keeps its own cache. */
  redisUrl?: string;
  /** Bound of the in-process cache, in bytes of cached answers (CATALOG_CACHE_MAX_MB). */
  maxBytes: number;
  /** Prefix of the Redis keys; default "{clinicgraph:catalog}:". */
  keyPrefix?: string;
}

export const DEFAULT_CATALOG_CACHE_SECONDS = 30;
export const DEFAULT_CATALOG_CACHE_MAX_MB = 64;
/**
 * The braces are a Redis Cluster hash tag: every key of the cache hashes to one slot, so a
 * lookup's MGET of the generation and the answer also works on a cluster (which refuses
 * keys of different slots in one command with CROSSSLOT). A prefix of one's own should keep
 * a tag too.
 */
export const DEFAULT_CATALOG_CACHE_PREFIX = '{clinicgraph:catalog}:';

export type CacheStatus = 'hit' | 'miss' | 'bypass';

export interface CatalogCacheDependencies {
  config: CatalogCacheConfig | undefined;
  events: DomainEvents;
  log: (message: string, cause?: unknown) => void;
}

type Decision = { status: 'bypass' } | { status: 'hit'; answer: CachedAnswer } | { status: 'miss'; key: string; generation: string | null };

/** The store a configuration asks for. */
export function catalogCacheStore(config: CatalogCacheConfig, log: CatalogCacheDependencies['log']): CatalogCacheStore {
  return config.redisUrl
    ? new RedisCatalogCacheStore(config.redisUrl, config.keyPrefix ?? DEFAULT_CATALOG_CACHE_PREFIX, log)
    : new MemoryCatalogCacheStore(config.maxBytes);
}

/** The plugin, or none when the cache is disabled (no configuration, or 0 seconds). */
export function catalogCachePlugins(deps: CatalogCacheDependencies): Array<ApolloServerPlugin<BaseContext>> {
  const { config, events, log } = deps;
  if (!config || config.ttlSeconds <= 0) return [];
  const ttlSeconds = config.ttlSeconds;
  const store = catalogCacheStore(config, log);
  let schemaHash = '';

  async function decide(requestContext: GraphQLRequestContext<BaseContext>): Promise<Decision> {
    const { request, operation, document } = requestContext;
    const headers = request.http?.headers;
    // Any Authorization header, even one that would be refused: the cache is for anonymous readers only.
    if (!headers || headers.has('authorization') || !operation || !document || !readsOnlyCatalog(operation, document)) {
      return { status: 'bypass' };
    }
    const key = cacheKey({
      schemaHash,
      document,
      operationName: request.operationName,
      variables: request.variables,
      organization: headers.get('x-organization'),
    });
    try {
      const { generation, answer } = await store.lookup(key);
      return answer ? { status: 'hit', answer } : { status: 'miss', key, generation };
    } catch {
      // The store logged the outage; the request is served uncached.
      return { status: 'bypass' };
    }
  }

  return [
    {
      async serverWillStart({ schema }) {
        schemaHash = sha256(printSchema(schema));
        const unsubscribe = events.subscribe(async (event) => {
          if (!touchesPublicCatalog(event.action)) return;
          // Awaited by the after-commit hook: the mutation's response leaves after the new generation.
          await store.invalidate().catch((error: unknown) => log('catalog cache: invalidation failed', error));
        });
        if (store instanceof RedisCatalogCacheStore) await store.connect();
        return {
          async serverWillStop() {
            unsubscribe();
            await store.close();
          },
        };
      },
      // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
      async requestDidStart() {
        let decision: Decision = { status: 'bypass' };
        return {
          async responseForOperation(requestContext): Promise<GraphQLResponse | null> {
            decision = await decide(requestContext);
            if (decision.status !== 'hit') return null;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: decision.answer.data } },
            };
          },
          async willSendResponse({ response }) {
            const { headers } = response.http;
            headers.set('x-cache', decision.status);
            if (decision.status === 'hit') {
              const left = Math.max(0, ttlSeconds - Math.floor((Date.now() - decision.answer.storedAt) / 1000));
              markPublic(headers, left);
              return;
            }
            if (decision.status !== 'miss' || decision.generation === null) return;
            const { body } = response;
            if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return;
            if (response.http.status !== undefined && response.http.status !== 200) return;
            try {
              await store.save(decision.key, decision.generation, body.singleResult.data, ttlSeconds);
              markPublic(headers, ttlSeconds);
            } catch {
              // Logged by the store; the answer itself is fine.
            }
          },
        };
      },
    },
  ];
}

function markPublic(headers: HeaderMap, maxAge: number): void {
  headers.set('cache-control', `public, max-age=${maxAge}`);
}

/**
 * Express middleware for /graphql: every answer depends on the Authorization and
 * X-Organization headers, so shared caches must key on them (`vary`, appended to what
 * CORS says; a header set by Apollo would replace it).
 */
export function varyByViewer(
  _req: unknown,
  res: { vary(field: string): unknown; setHeader(name: string, value: string): unknown },
  next: () => void,
): void {
  res.vary('authorization');
  res.vary('x-organization');
  // No answer is stored by browsers or shared caches unless the catalog cache marks it public.
  res.setHeader('cache-control', 'no-store');
  next();
}
