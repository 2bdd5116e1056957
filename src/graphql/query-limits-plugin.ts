/**
 * Enforces the query limits once Apollo has parsed and validated the document and picked
 * the operation (didResolveOperation: variables are known, no resolver has run), and
 * reports each operation's cost in the response's `extensions.cost`. A refusal is HTTP
 * 400 with a code naming the limit and the measured numbers, so a client can fix its
 * query (README: "Query limits").
 */
import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { FragmentDefinitionNode, getVariableValues, GraphQLError, Kind } from 'graphql';
import { measureOperation, QueryLimits, QueryMeasure } from './query-limits';

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX';

/** A refused operation; server-errors passes its extensions to the client as they are. */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: QueryLimitCode,
    readonly measure: QueryMeasure,
    readonly limit: number,
  ) {
    super(message, { extensions: { code, limit, ...reportable(measure), http: { status: 400 } } });
  }

  /** What the client sees in `extensions`: the code, the limit and the measured numbers. */
  clientExtensions(): Record<string, unknown> {
    return { code: this.code, limit: this.limit, ...reportable(this.measure) };
  }
}

/** Costs can outgrow a double's exact integers (100^9...): report them capped. */
function reportable(measure: QueryMeasure): QueryMeasure {
  return { ...measure, cost: Math.min(measure.cost, Number.MAX_SAFE_INTEGER) };
}

function firstExceeded(measure: QueryMeasure, limits: QueryLimits): QueryLimitError | null {
  const { depth, aliases, cost } = reportable(measure);
  if (depth > limits.maxDepth) {
    return new QueryLimitError(
      `The query is ${depth} fields deep; at most ${limits.maxDepth} are allowed.`,
      'QUERY_TOO_DEEP',
      measure,
      limits.maxDepth,
    );
  }
  if (aliases > limits.maxAliases) {
    return new QueryLimitError(
      `The query uses ${aliases} aliases; at most ${limits.maxAliases} are allowed.`,
      'TOO_MANY_ALIASES',
      measure,
      limits.maxAliases,
    );
  }
  if (cost > limits.maxCost) {
    return new QueryLimitError(
      `The query may return ${cost} objects (its cost); at most ${limits.maxCost} are allowed. Ask for smaller pages (first) or fewer nested connections.`,
      'QUERY_TOO_COMPLEX',
      measure,
      limits.maxCost,
    );
  }
  return null;
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
    async requestDidStart() {
      let requested: number | undefined;
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          // Variables that do not fit their types fail execution before any resolver runs.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (!coerced.coerced) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
          }
          const measure = measureOperation(schema, fragments, operation, coerced.coerced);
          requested = reportable(measure).cost;
          const exceeded = firstExceeded(measure, limits);
          if (exceeded) throw exceeded;
        },
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          singleResult.extensions = { ...singleResult.extensions, cost: { requested, limit: limits.maxCost } };
        },
      };
    },
  };
}
