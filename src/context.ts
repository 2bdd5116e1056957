/**
 * The RequestContext, built once per request and passed first to every service:
 * who asks (viewer), what they may see (scope), the database and the request's loaders.
 */
import { ANONYMOUS, Viewer } from './auth/viewer';
import { LoaderRegistry } from './common/loaders';
import { Database } from './db/database';
import { TenantScope } from './db/tenant-scope';

export interface RequestContext {
  viewer: Viewer;
  scope: TenantScope;
  db: Database;
  loaders: LoaderRegistry;
}

export function createRequestContext(db: Database): RequestContext {
  // Identity (bearer token -> membership -> viewer) plugs in here.
  const viewer: Viewer = ANONYMOUS;
  return { viewer, scope: new TenantScope(viewer), db, loaders: new LoaderRegistry() };
}
