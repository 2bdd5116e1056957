/**
 * PostgreSQL text cannot hold NUL characters: a string with one would fail in SQL
 * (22021), abort the request's transaction for the fields after it and surface as an
 * internal error. They are refused up front, as bad input, wherever a string enters:
 * the JSON body (variables, and the query text itself) and the query's own string
 * literals, where the GraphQL escape `\u0000` only becomes a NUL once parsed.
 */
import { DocumentNode, GraphQLError, Kind, visit, BREAK } from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';

export const NUL_MESSAGE = 'Strings may not contain NUL (\\u0000) characters.';

/**
 * Whether any string (or object key) inside `value` holds a NUL. Iterative: a body of
 * arrays nested 10,000 deep must not overflow the stack.
 */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return true;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes('\u0000')) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/** Whether a string literal of the parsed document holds a NUL (graphql-js' visit is iterative). */
export function documentContainsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Documents already walked, and whether they hold a NUL (documents are immutable once parsed). */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

/** Refuses operations whose string literals hold a NUL, before anything executes. */
export function rejectNulLiteralsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
    async requestDidStart() {
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
        async didResolveOperation({ document }) {
          // Apollo hands the same parsed document to every request with the same query text: walk it once.
          let hasNul = checkedDocuments.get(document);
          if (hasNul === undefined) {
            hasNul = documentContainsNul(document);
            checkedDocuments.set(document, hasNul);
          }
          if (hasNul) {
            throw new GraphQLError(NUL_MESSAGE, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
