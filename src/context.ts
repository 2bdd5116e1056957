/**
 * The RequestContext, built once per request and passed first to every service:
 * who asks (viewer), what they may see (scope), the request's database transaction
 * and its DataLoaders.
 */
import { AnalyticsConfig, DEFAULT_ANALYTICS_CONFIG } from './config';
import { UnauthenticatedError } from './auth/auth-errors';
import { resolveViewer } from './auth/resolve-viewer';
import { VerifyToken } from './auth/token-verifier';
import { ANONYMOUS, Viewer } from './auth/viewer';
import { DomainEvents } from './common/domain-events';
import { LoaderRegistry } from './common/loaders';
import { Database, RequestDatabase } from './db/database';
import { TenantScope } from './db/tenant-scope';
import { ModuleCatalog } from './modules/module';
import { HealthAccessLog } from './modules/patient/health-access-log';
import { randomUUID } from 'node:crypto';

export interface RequestContext {
  viewer: Viewer;
  scope: TenantScope;
  db: RequestDatabase;
  loaders: LoaderRegistry;
  /** The areas' declarations (tenant tables, user-facing constraints...). */
  modules: ModuleCatalog;
  /** Where changes are announced once committed (`ctx.db.afterCommit`). */
  events: DomainEvents;
  /** The request's id (a client's sane `x-request-id`, else a new uuid): the health-data access trail stores it. */
  requestId: string;
  /** Health data read by this request, written to the access trail before the response leaves. */
  healthAccess: HealthAccessLog;
  /** Outcome analytics settings (privacy threshold, statement timeout). */
  analytics: AnalyticsConfig;
}

export interface RequestHeaders {
  authorization?: string;
  organization?: string;
  /** The client's `x-request-id`, used when it is a short token of safe characters. */
  requestId?: string;
}

/** The id of a request: the client's when it is a short token of safe characters (it is logged and stored), else a new uuid. */
export function requestIdOf(header: string | undefined): string {
  return header !== undefined && /^[A-Za-z0-9._-]{1,64}$/.test(header) ? header : randomUUID();
}

export interface ContextDependencies {
  db: Database;
  verifyToken: VerifyToken;
  modules: ModuleCatalog;
  events: DomainEvents;
  /** Where failures that are not the client's to see are written (after-commit hooks). */
  log: (message: string, cause?: unknown) => void;
  /** Outcome analytics settings; the defaults when not given. */
  analytics?: AnalyticsConfig;
}

/** Builds the context; the caller must `ctx.db.finish()` when the request ends. */
export async function createRequestContext(deps: ContextDependencies, headers: RequestHeaders): Promise<RequestContext> {
  const token = bearerToken(headers.authorization);
  const requestId = requestIdOf(headers.requestId);
  if (!token) return contextFor(deps, ANONYMOUS, deps.db.forRequest({ publicCatalog: true }, deps.log), requestId);
  const subject = await deps.verifyToken(token);
  // The public catalog (clinics, opening hours, offerings) is public for members too.
  const db = deps.db.forRequest({ subject, publicCatalog: true }, deps.log);
  try {
    return contextFor(deps, await resolveViewer(db, subject, headers.organization), db, requestId);
  } catch (error) {
    await db.finish(false);
    throw error;
  }
}

function contextFor(deps: ContextDependencies, viewer: Viewer, db: RequestDatabase, requestId: string): RequestContext {
  return {
    viewer,
    scope: new TenantScope(viewer, deps.modules.tenantTables),
    db,
    loaders: new LoaderRegistry(),
    modules: deps.modules,
    events: deps.events,
    requestId,
    healthAccess: new HealthAccessLog(),
    analytics: deps.analytics ?? DEFAULT_ANALYTICS_CONFIG,
  };
}

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive (RFC 9110). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
