/**
 * Plain fields resolve without type-graphql's per-field wrapper. type-graphql gives every
 * field a resolver that allocates its resolver data and runs the (empty) middleware chain
 * just to read `root[name]`; on a wide list that is most of the objects a request
 * allocates. A field with no field resolver, no roles and no middleware reads a property
 * (named after the field, or the property it was declared on, e.g. Node's `id` is the
 * `globalId` getter): such fields get a resolver that reads just that.
 */
import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/** Removes the wrapper of every plain object field of `schema`; returns how many fields changed. */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  let changed = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const plain =
        !field.roles &&
        (field.middlewares ?? []).length === 0 &&
        !storage.fieldResolvers.some((resolver) => resolver.getObjectType?.() === field.target && resolver.methodName === field.name);
      const graphqlField = fields[field.schemaName];
      if (plain && graphqlField?.resolve) {
        const property = field.name;
        graphqlField.resolve = (source: Record<string, unknown>) => source[property];
        changed += 1;
      }
    }
  }
  return changed;
}
