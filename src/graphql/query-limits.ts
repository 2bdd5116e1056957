/**
 * What an operation may cost, measured on the parsed and validated document before any
 * resolver runs (variables applied, fragments followed). The README's "Query limits"
 * section is the client's version of this comment.
 *
 * - depth: fields on the longest path, the leaf included (`{ viewer { role } }` is 2).
 * - aliases: aliased fields, counted as often as the fragment holding them is spread.
 * - cost: the objects the operation may return in the worst case. A field returning an
 *   object costs 1 for each object it returns; scalars cost nothing. A connection (a
 *   field with `first`) returns one connection object whose list (`edges`) holds a page:
 *   `first` items as the resolvers apply it (default 20, capped at 100); `nodes(ids:)`
 *   returns one object per id; other lists count as one item unless listed in
 *   PLAIN_LIST_SIZES (they are short and bounded by the data: opening hours, protocol
 *   steps). Counts multiply down the tree, so nested connections multiply their pages.
 *   Fragments on different types of one abstract field are all counted (an upper bound).
 *
 * Introspection (`__schema`, `__type`) is not measured: its size is the schema's, and
 * production refuses it anyway. The walk is linear in the document: a fragment is
 * measured once per context and reused wherever it is spread, so a document that
 * spreads fragments exponentially costs no more time to measure than its text.
 */
import {
  DirectiveNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLSchema,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  typeFromAST,
} from 'graphql';
import { MAX_PAGE_SIZE, pageSize } from '../common/relay/keyset-page';

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * Published defaults. The deep catalog query (test/operations/nested.graphql: 100
 * clinics, each with nested pages of 20) measures depth 15 and cost 142,502, the
 * README's example 226; an organization -> clinics nesting of 9 levels measures depth
 * 36, and 31 aliases are already more than any of our clients sends.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 20, maxAliases: 30, maxCost: 250_000 };

/**
 * Plain lists (not connections) that can be long, with their bound: they count as that
 * many items instead of one.
 */
const PLAIN_LIST_SIZES: Record<string, number> = {
  'Viewer.clinics': MAX_PAGE_SIZE,
};

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The measure of a selection set for one parent object. */
const NOTHING: QueryMeasure = { depth: 0, aliases: 0, cost: 0 };

export function measureOperation(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryMeasure {
  const root = schema.getRootType(operation.operation);
  if (!root) return NOTHING;
  const measuredFragments = new Map<string, QueryMeasure>();

  /** `page`: the page size when `selectionSet` is a connection's, whose lists are pages. */
  function measureSelections(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, page: number | undefined): QueryMeasure {
    let measure = NOTHING;
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        measure = combine(measure, measureField(selection, parentType, page));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parentType;
        if (isCompositeType(type)) measure = combine(measure, measureSelections(selection.selectionSet, type, page));
      } else {
        measure = combine(measure, measureFragment(selection.name.value, page));
      }
    }
    return measure;
  }

  function measureFragment(name: string, page: number | undefined): QueryMeasure {
    const key = `${name}:${page ?? ''}`;
    const known = measuredFragments.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && typeFromAST(schema, fragment.typeCondition);
    // Validation has checked fragments exist, are acyclic and sit on composite types.
    const measure = fragment && isCompositeType(type) ? measureSelections(fragment.selectionSet, type, page) : NOTHING;
    measuredFragments.set(key, measure);
    return measure;
  }

  function measureField(node: FieldNode, parentType: GraphQLCompositeType, page: number | undefined): QueryMeasure {
    const name = node.name.value;
    if (INTROSPECTION_FIELDS.has(name)) return NOTHING;
    const alias = node.alias ? 1 : 0;
    const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
    const type = field ? getNamedType(field.type) : undefined;
    // __typename, or a scalar or enum field: a leaf.
    if (!field || !node.selectionSet || !isCompositeType(type)) return { depth: 1, aliases: alias, cost: 0 };

    const args = argumentValues(field, node, variables);
    // The arguments would fail the same way when the field resolves: it returns nothing.
    if (!args) return { depth: 1, aliases: alias, cost: 0 };
    const isConnection = field.args.some((arg) => arg.name === 'first');
    const objects = isConnection
      ? 1
      : Array.isArray(args.ids)
        ? args.ids.length
        : isListType(getNullableType(field.type))
          ? (page ?? PLAIN_LIST_SIZES[`${parentType.name}.${name}`] ?? 1)
          : 1;
    const children = measureSelections(node.selectionSet, type, isConnection ? connectionPageSize(args.first) : undefined);
    return { depth: 1 + children.depth, aliases: alias + children.aliases, cost: objects * (1 + children.cost) };
  }

  return measureSelections(operation.selectionSet, root, undefined);
}

function combine(a: QueryMeasure, b: QueryMeasure): QueryMeasure {
  return { depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases, cost: a.cost + b.cost };
}

/** The page the resolvers will return; a negative `first` is refused by them: nothing. */
function connectionPageSize(first: unknown): number {
  try {
    return pageSize(typeof first === 'number' ? first : null);
  } catch {
    return 0;
  }
}

function argumentValues(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return null;
  }
}

/** @skip and @include, as execution applies them. */
function isIncluded(selection: { readonly directives?: readonly DirectiveNode[] }, variables: Record<string, unknown>): boolean {
  if (!selection.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  } catch {
    return true; // a bad variable fails execution anyway; counting the selection is the safe side
  }
}
