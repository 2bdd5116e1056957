/**
 * Every environment variable clinicgraph reads, parsed and validated in one place.
 * Anything else in the code receives a Config instead of reading process.env.
 */
import path from 'node:path';
import { DEFAULT_QUERY_LIMITS, QueryLimits } from './graphql/query-limits';
import { CatalogCacheConfig, DEFAULT_CATALOG_CACHE_MAX_MB, DEFAULT_CATALOG_CACHE_SECONDS } from './cache/catalog-cache-plugin';

export interface Config {
  /** PostgreSQL to use; when absent an embedded PostgreSQL is started under dataDir. */
  databaseUrl: string | undefined;
  /**
   * How the application connects: as the row-level-security-bound role. When absent it is
   * DATABASE_URL's server with user clinicgraph_app and `databaseAppPassword`.
   */
  databaseAppUrl: string | undefined;
  databaseAppPassword: string;
  /**
   * A streaming replica of DATABASE_URL's database: query requests read there, as the
   * application role (its credentials are the primary's application connection's).
   */
  databaseReadUrl: string | undefined;
  /** HTTP port of the API. */
  port: number;
  /** Local state (embedded PostgreSQL cluster, development secrets). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (ignored with DATABASE_URL). */
  embeddedPostgresPort: number;
  /** Maximum connections of the application's pool. */
  databasePoolSize: number;
  /** Named prepared statements (off behind PgBouncer before 1.21 in transaction mode). */
  databasePreparedStatements: boolean;
  /** How long /readyz waits for `SELECT 1` before answering 503. */
  readinessTimeoutMs: number;
  /** Load the demo organization and the treatment library on start when they are missing. */
  loadDemoData: boolean;
  /** Browser origins allowed to call /graphql (CORS); none in production unless CORS_ORIGINS says so. */
  corsOrigins: CorsOrigin[];
  nodeEnv: string;
  auth: AuthConfig;
  /** Depth, alias and cost limits of one GraphQL operation. */
  queryLimits: QueryLimits;
  /** The response cache of anonymous catalog reads (CATALOG_CACHE_SECONDS, REDIS_URL, CATALOG_CACHE_MAX_MB). */
  catalogCache: CatalogCacheConfig;
  /** Outcome analytics: privacy threshold and statement timeout. */
  analytics: AnalyticsConfig;
}

export interface AnalyticsConfig {
  /** Groups (and figures) with fewer patients behind them are suppressed. ANALYTICS_MIN_GROUP_PATIENTS, default 5. */
  minGroupPatients: number;
  /** The analytics statement's own statement_timeout, in milliseconds. ANALYTICS_STATEMENT_TIMEOUT_MS, default 10000. */
  statementTimeoutMs: number;
}

export const DEFAULT_ANALYTICS_CONFIG: AnalyticsConfig = { minGroupPatients: 5, statementTimeoutMs: 10000 };

export interface AuthConfig {
  /** HS256 secret (development, tests, or a shared-secret deployment). */
  secret: string | undefined;
  /** JWKS URL of an external identity provider (RS256/ES256). */
  jwksUrl: string | undefined;
  /** Expected `iss` claim. */
  issuer: string;
  /** Expected `aud` claim. */
  audience: string;
  /** Tolerated clock difference when checking exp/nbf/iat. */
  clockSkewSeconds: number;
  /**
   * Longest lifetime (exp - iat) of an accepted token; tokens without `iat` are refused.
   * Default DEFAULT_MAX_TOKEN_LIFETIME_SECONDS (24 h).
   */
  maxTokenLifetimeSeconds?: number;
}

/** Tokens valid for longer than this are refused unless AUTH_MAX_TOKEN_LIFETIME_SECONDS says otherwise. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
/** An exact origin (`https://app.example.com`) or a pattern origins must match whole. */
export type CorsOrigin = string | RegExp;

export class ConfigError extends Error {}

/** The application role's password when DATABASE_APP_PASSWORD is unset: development only. */
export const DEFAULT_APP_PASSWORD = 'clinicgraph_app';

/** Outside production, web apps served from this machine (any port) may call the API. */
const LOCALHOST_ORIGINS = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

function corsOrigins(env: NodeJS.ProcessEnv, nodeEnv: string): CorsOrigin[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return nodeEnv === 'production' ? [] : [LOCALHOST_ORIGINS];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      // An origin is scheme://host[:port], nothing more: the Origin header a browser sends.
      if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
        throw new ConfigError(
          `CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com (scheme, host and port only), got "${origin}"`,
        );
      }
      return origin;
    });
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const nodeEnv = env.NODE_ENV || 'development';
  const auth: AuthConfig = {
    secret: env.AUTH_SECRET || undefined,
    jwksUrl: env.AUTH_JWKS_URL || undefined,
    issuer: env.AUTH_ISSUER || 'clinicgraph',
    audience: env.AUTH_AUDIENCE || 'clinicgraph-api',
    clockSkewSeconds: integer(env, 'AUTH_CLOCK_SKEW_SECONDS', 60, 0, 300),
    maxTokenLifetimeSeconds: integer(env, 'AUTH_MAX_TOKEN_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, 60, 30 * 24 * 3600),
  };
  if (auth.jwksUrl && !/^https?:\/\//.test(auth.jwksUrl)) throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
  if (auth.secret && auth.secret.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters');
  if (nodeEnv === 'production' && !auth.secret && !auth.jwksUrl) {
    throw new ConfigError('In production set AUTH_JWKS_URL (or AUTH_SECRET): clinicgraph will not start without real key material');
  }
  const databaseAppUrl = env.DATABASE_APP_URL || undefined;
  const databaseReadUrl = env.DATABASE_READ_URL || undefined;
  if (databaseReadUrl && !/^postgres(ql)?:\/\//.test(databaseReadUrl)) {
    throw new ConfigError('DATABASE_READ_URL must be a postgres:// or postgresql:// URL');
  }
  if (databaseReadUrl && !databaseUrl) {
    throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL: a replica of the embedded PostgreSQL cannot be reached');
  }
  const databaseAppPassword = env.DATABASE_APP_PASSWORD || DEFAULT_APP_PASSWORD;
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  if (nodeEnv === 'production' && !databaseUrl) {
    // Its superuser password is a constant of this code, and it authenticates in cleartext.
    throw new ConfigError(
      'In production set DATABASE_URL: the embedded PostgreSQL is for development and tests only (fixed superuser password, no backups)',
    );
  }
  if (nodeEnv === 'production' && !databaseAppUrl && databaseAppPassword === DEFAULT_APP_PASSWORD) {
    throw new ConfigError(
      'In production set DATABASE_APP_PASSWORD (or DATABASE_APP_URL): the default password of clinicgraph_app is public',
    );
  }
  return {
    databaseUrl,
    databaseAppUrl,
    databaseAppPassword,
    databaseReadUrl,
    port: integer(env, 'PORT', 4000, 0, 65535),
    dataDir: path.resolve(env.CLINICGRAPH_DATA_DIR || '.data'),
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databasePreparedStatements: boolean(env, 'DATABASE_PREPARED_STATEMENTS', true),
    readinessTimeoutMs: integer(env, 'READINESS_TIMEOUT_MS', 2000, 50, 60000),
    loadDemoData: boolean(env, 'LOAD_DEMO_DATA', true),
    corsOrigins: corsOrigins(env, nodeEnv),
    nodeEnv,
    auth,
    queryLimits: {
      maxDepth: integer(env, 'QUERY_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 1000),
      maxAliases: integer(env, 'QUERY_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 10000),
      maxCost: integer(env, 'QUERY_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, Number.MAX_SAFE_INTEGER),
    },
    catalogCache: {
      ttlSeconds: integer(env, 'CATALOG_CACHE_SECONDS', DEFAULT_CATALOG_CACHE_SECONDS, 0, 3600),
      redisUrl,
      maxBytes: integer(env, 'CATALOG_CACHE_MAX_MB', DEFAULT_CATALOG_CACHE_MAX_MB, 1, 65536) * 1024 * 1024,
    },
    analytics: {
      minGroupPatients: integer(env, 'ANALYTICS_MIN_GROUP_PATIENTS', DEFAULT_ANALYTICS_CONFIG.minGroupPatients, 1, 1000),
      statementTimeoutMs: integer(env, 'ANALYTICS_STATEMENT_TIMEOUT_MS', DEFAULT_ANALYTICS_CONFIG.statementTimeoutMs, 100, 600000),
    },
  };
}
