/**
 * The RequestContext, built once per request and passed first to every service:
 * who asks (viewer), what they may see (scope), the request's database transaction
 * and its DataLoaders.
 */
import { UnauthenticatedError } from './auth/auth-errors';
import { resolveViewer } from './auth/resolve-viewer';
import { VerifyToken } from './auth/token-verifier';
import { ANONYMOUS, Viewer } from './auth/viewer';
import { LoaderRegistry } from './common/loaders';
import { Database, RequestDatabase } from './db/database';
import { TenantScope } from './db/tenant-scope';

export interface RequestContext {
  viewer: Viewer;
  scope: TenantScope;
  db: RequestDatabase;
  loaders: LoaderRegistry;
}

export interface RequestHeaders {
  authorization?: string;
  organization?: string;
}

export interface ContextDependencies {
  db: Database;
  verifyToken: VerifyToken;
}

/** Builds the context; the caller must `ctx.db.finish()` when the request ends. */
export async function createRequestContext(deps: ContextDependencies, headers: RequestHeaders): Promise<RequestContext> {
  const token = bearerToken(headers.authorization);
  if (!token) return contextFor(ANONYMOUS, deps.db.forRequest({ publicCatalog: true }));
  const subject = await deps.verifyToken(token);
  const db = deps.db.forRequest({ subject });
  try {
    return contextFor(await resolveViewer(db, subject, headers.organization), db);
  } catch (error) {
    await db.finish(false);
    throw error;
  }
}

function contextFor(viewer: Viewer, db: RequestDatabase): RequestContext {
  return { viewer, scope: new TenantScope(viewer), db, loaders: new LoaderRegistry() };
}

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive (RFC 9110). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  return match[1];
}
