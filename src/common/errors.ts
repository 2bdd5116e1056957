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
