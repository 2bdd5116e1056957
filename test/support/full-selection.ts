/**
 * Builds a query that selects every field of a root field, walking the schema to a
 * bounded depth: tests that must cover the whole schema (and keep covering it as it
 * grows) generate their queries here instead of writing them by hand.
 */
import {
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

export interface SelectionOptions {
  /** How many levels of objects below the root field to select. */
  maxDepth: number;
}

/** Inside fragments, fields are aliased `<Type>__<field>`. */
export const ALIAS_SEPARATOR = '__';

/** The field name behind a response key (strips a fragment's alias). */
export function fieldNameOf(responseKey: string): string {
  const at = responseKey.indexOf(ALIAS_SEPARATOR);
  return at < 0 ? responseKey : responseKey.slice(at + ALIAS_SEPARATOR.length);
}

/** Arguments a field cannot do without (non-null and without a default). */
export function requiredArguments(field: GraphQLField<unknown, unknown>): string[] {
  return field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
}

/**
 * The selection set of every field of `type` (inline fragments for each possible type of
 * an interface or union). Object types already on the path are not entered again, so
 * cycles (clinic -> organization -> clinics -> clinic) end; fields beyond `maxDepth` are left out.
 */
export function selectEverything(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  options: SelectionOptions,
  path: string[] = [],
  alias = '',
): string {
  if (isAbstractType(type)) {
    const fragments = schema
      .getPossibleTypes(type)
      .filter((possible) => !path.includes(possible.name))
      .map(
        (possible) => `... on ${possible.name} ${selectEverything(schema, possible, options, path, `${possible.name}${ALIAS_SEPARATOR}`)}`,
      );
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) throw new Error(`${type.name} has no fields to select`);
  const inner = [...path, type.name];
  const fields: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const required = requiredArguments(field);
    if (required.length)
      throw new Error(`${type.name}.${field.name} needs arguments (${required.join(', ')}): give the generator a value for them`);
    const named = getNamedType(field.type);
    // Fragments of different types may share a field name with different types: each gets its own alias.
    const name = alias ? `${alias}${field.name}: ${field.name}` : field.name;
    if (isLeafType(named)) {
      fields.push(name);
    } else if (inner.length <= options.maxDepth && !inner.includes(named.name)) {
      fields.push(`${name} ${selectEverything(schema, named, options, inner)}`);
    }
  }
  return `{ ${fields.join(' ')} }`;
}
