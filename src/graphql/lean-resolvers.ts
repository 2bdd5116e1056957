/**
 * Lean field resolvers. type-graphql wraps every field in a resolver that allocates its
 * resolver data, sorts the method's parameters and runs the middleware chain on each
 * call (asynchronously when the field has roles), even when all it does is read a
 * property or hand the parent and the context to a method. On wide lists those wrappers
 * were most of what a request allocated. After the schema is built, two kinds of fields
 * get a direct resolver instead; every other field keeps type-graphql's:
 * - a plain field (no field resolver, no roles, no middleware) reads its property (named
 *   after the field, or the property it was declared on: Node's `id` is `globalId`);
 * - a field resolver whose parameters are only the parent, the context and the GraphQL
 *   info, without middleware, calls its method directly, after the same authorization
 *   check when it has roles (our authChecker throws the same errors either way).
 * Fields with arguments keep type-graphql's wrapper: it converts and validates them.
 */
import { GraphQLFieldResolver, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { assertRoles } from '../auth/auth-checker';
import { Role } from '../auth/roles';
import { RequestContext } from '../context';

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Source = Record<string, unknown>;
type Method = (...params: unknown[]) => unknown;
/** A class, as type-graphql's metadata names them. */
type Class = abstract new (...args: never[]) => unknown;

/** Replaces the wrappers described above; returns how many fields changed, by kind. */
export function resolveFieldsDirectly(schema: GraphQLSchema): { plain: number; methods: number } {
  const storage = getMetadataStorage();
  const instances = new Map<Class, object>();
  const changed = { plain: 0, methods: 0 };
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphqlField = fields[field.schemaName];
      if (!graphqlField?.resolve || (field.middlewares ?? []).length > 0) continue;
      const resolver = storage.fieldResolvers.find((r) => r.getObjectType?.() === field.target && r.methodName === field.name);
      if (!resolver) {
        if (field.roles) continue;
        const property = field.name;
        graphqlField.resolve = (source: Source) => source[property];
        changed.plain += 1;
        continue;
      }
      const direct = directResolver(resolver, graphqlField.resolve, instances);
      if (direct) {
        graphqlField.resolve = direct;
        changed.methods += 1;
      }
    }
  }
  return changed;
}

/** A direct call of an external field resolver taking only parent, context and info; null when it takes more. */
function directResolver(
  resolver: FieldResolverMetadata,
  original: GraphQLFieldResolver<unknown, RequestContext>,
  instances: Map<Class, object>,
): GraphQLFieldResolver<unknown, RequestContext> | null {
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  if (resolver.kind !== 'external' || (resolver.middlewares ?? []).length > 0) return null;
  if (!params.every((p) => (p.kind === 'root' || p.kind === 'context' || p.kind === 'info') && !('propertyName' in p && p.propertyName))) {
    return null;
  }
  const target = resolver.target as new () => object;
  let instance = instances.get(target);
  if (!instance) {
    instance = new target();
    instances.set(target, instance);
  }
  const method = (instance as Record<string, Method>)[resolver.methodName].bind(instance);
  const roles = resolver.roles as Role[] | undefined;
  const rootType = rootClassOf(params);
  const kinds = params.map((p) => p.kind);
  return (source, args, context, info: GraphQLResolveInfo) => {
    // A parent that is not an instance of its class would be converted by type-graphql: let it.
    if (rootType && !(source instanceof rootType)) return original(source, args, context, info);
    if (roles) assertRoles(context, roles);
    const values = kinds.map((kind) => (kind === 'root' ? source : kind === 'context' ? context : info));
    return method(...values);
  };
}

/** The class type-graphql converts the parent to, if the @Root parameter declares one. */
function rootClassOf(params: ParamMetadata[]): Class | undefined {
  const root = params.find((p) => p.kind === 'root');
  if (!root || !('getType' in root) || !root.getType) return undefined;
  const type: unknown = root.getType();
  return typeof type === 'function' ? (type as Class) : undefined;
}
