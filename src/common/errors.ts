/**
 * Domain errors. Services throw these; `formatError` in server-errors.ts is the one
 * place that turns them into GraphQL errors, so no service builds a GraphQL error by hand.
 */

/** A client sent an argument the API cannot accept (malformed id, out-of-range number...). */
export class InvalidArgumentError extends Error {
  constructor(
    /** Path of the offending argument, e.g. ["first"] or ["filter", "city"]. */
    readonly argument: string[],
    message: string,
  ) {
    super(message);
    this.name = 'InvalidArgumentError';
  }
}

/**
 * A change collided with a concurrent one (serialization failure or deadlock) on every
 * attempt. Nothing was written, so the client may safely send it again.
 */
export class TransactionConflictError extends Error {
  constructor(readonly attempts: number) {
    super(`The change collided with concurrent changes ${attempts} times and was not made; nothing was written, so retrying is safe.`);
    this.name = 'TransactionConflictError';
  }
}

/** A statement ran past the database's statement timeout; the request's work was abandoned. */
export class StatementTimeoutError extends Error {
  constructor() {
    super('The request took too long and was stopped; nothing was written. Narrow it (smaller pages, fewer fields) or retry later.');
    this.name = 'StatementTimeoutError';
  }
}
