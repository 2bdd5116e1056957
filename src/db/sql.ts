/**
 * A parameter list for hand-written SQL: `q.param(value)` appends a value and returns
 * its placeholder, so conditions can be composed without counting `$n` by hand.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Escapes `\`, `%` and `_` so that `text` matches itself in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
