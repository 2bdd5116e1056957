/**
 * The idempotency hook of `sessionBook`. The generic mechanism (`src/common/idempotency.ts`,
 * keys stored with the first result) is being built elsewhere; until it is merged this
 * runs the booking once per call. At merge, replace the body with the shared mechanism:
 * `bookOnce` is the only caller-facing name, so the resolver does not change.
 */
import { RequestContext } from '../../context';

export function bookOnce<T>(_ctx: RequestContext, _key: string | null | undefined, _input: object, book: () => Promise<T>): Promise<T> {
  return book();
}
