/** Identity failures; server-errors.ts maps them to UNAUTHENTICATED and FORBIDDEN. */

/** No valid identity: bad, expired or unverifiable token, or no standing membership. */
export class UnauthenticatedError extends Error {
  constructor(message = 'The bearer token is invalid, expired, or names no member of clinicgraph.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** A known person asked for something their role does not allow. */
export class ForbiddenError extends Error {
  constructor(message = 'Your role does not allow this.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}
