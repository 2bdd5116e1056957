/**
 * type-graphql's authChecker for @Authorized(...roles): anonymous viewers get
 * UNAUTHENTICATED; signed-in viewers without one of the roles get FORBIDDEN.
 * @Authorized() without roles admits any signed-in person.
 */
import { AuthCheckerFn } from 'type-graphql';
import { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from './auth-errors';
import { Role } from './roles';

export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  assertRoles(context, roles);
  return true;
};

/** The check itself: throws UNAUTHENTICATED or FORBIDDEN unless the viewer may (synchronous, for direct resolvers too). */
export function assertRoles({ viewer }: RequestContext, roles: readonly Role[]): void {
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError('Sign in: this needs a bearer token.');
  if (roles.length === 0 || roles.includes(viewer.role)) return;
  throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}; you are ${viewer.role}.`);
}
