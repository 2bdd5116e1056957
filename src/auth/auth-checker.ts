/**
 * type-graphql's authChecker for @Authorized(...roles): anonymous viewers get
 * UNAUTHENTICATED; signed-in viewers without one of the roles get FORBIDDEN.
 * @Authorized() without roles admits any signed-in person.
 */
import { AuthChecker } from 'type-graphql';
import { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from './auth-errors';
import { Role } from './roles';

export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError('Sign in: this needs a bearer token.');
  if (roles.length === 0 || roles.includes(viewer.role)) return true;
  throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}; you are ${viewer.role}.`);
};
