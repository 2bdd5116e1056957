import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { mayRead } from '../../auth/read-policy';
import { InvalidArgumentError } from '../../common/errors';
import { DecodedGlobalId, fromGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';

/**
 * The object a decoded id names, if the viewer may read its type (the same rule as its
 * typed query) and its row is in the viewer's scope; null otherwise, as for an unknown id.
 */
function fetchNode(ctx: RequestContext, { typename, keys }: DecodedGlobalId): Promise<object | null> {
  const type = ctx.modules.nodeTypes.get(typename);
  if (!type || type.keys !== keys.length || !mayRead(ctx.viewer, type.readers)) return Promise.resolve(null);
  return type.fetch(ctx, keys);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id; null when it does not exist or the viewer may not read it (the same rule as the typed query of its type). A malformed id is a BAD_USER_INPUT error.',
  })
  node(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A global id returned by this API.' }) id: string,
  ): Promise<object | null> {
    return fetchNode(ctx, fromGlobalId(id, ['id']));
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by global id, in the same order; null for each that does not exist or the viewer may not read (as `node`). At most 100 ids.',
  })
  async nodes(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'Global ids returned by this API.' }) ids: string[],
  ): Promise<Array<object | null>> {
    if (ids.length > 100) {
      throw new InvalidArgumentError(['ids'], 'Argument "ids" may hold at most 100 ids.');
    }
    // Every id is checked before any is fetched: a fetch started before a later id is
    // rejected would be left without a handler (an unhandled rejection once the request ends).
    const decoded = ids.map((id, index) => fromGlobalId(id, ['ids', String(index)]));
    return Promise.all(decoded.map((d) => fetchNode(ctx, d)));
  }
}
