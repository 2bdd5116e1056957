import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { InvalidArgumentError } from '../../common/errors';
import { fromGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { clinicById, organizationById } from '../organization/organization.service';
import { practitionerById, qualificationById } from '../practitioner/practitioner.service';
import { protocolById, protocolStepById, treatmentById } from '../catalog/catalog.service';
import { offeringOf } from '../offering/offering.service';
import { membershipById } from '../membership/membership.service';

type Fetch = (ctx: RequestContext, keys: string[]) => Promise<object | null>;

/** How to fetch each Node type from the keys of its global id, with the same scoping as its typed query. */
const FETCHERS: Record<string, { keys: number; fetch: Fetch }> = {
  Organization: { keys: 1, fetch: (ctx, [id]) => organizationById(ctx, id) },
  Clinic: { keys: 1, fetch: (ctx, [id]) => clinicById(ctx, id) },
  Practitioner: { keys: 1, fetch: (ctx, [id]) => practitionerById(ctx, id) },
  Qualification: { keys: 1, fetch: (ctx, [id]) => qualificationById(ctx, id) },
  Treatment: { keys: 1, fetch: (ctx, [id]) => treatmentById(ctx, id) },
  Protocol: { keys: 1, fetch: (ctx, [id]) => protocolById(ctx, id) },
  ProtocolStep: { keys: 1, fetch: (ctx, [id]) => protocolStepById(ctx, id) },
  Membership: { keys: 1, fetch: (ctx, [id]) => membershipById(ctx, id) },
  Offering: { keys: 2, fetch: (ctx, [clinicId, protocolId]) => offeringOf(ctx, clinicId, protocolId) },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist or is not visible to the viewer. A malformed id is a BAD_USER_INPUT error.' })
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'A global id returned by this API.' }) id: string): Promise<object | null> {
    const { typename, keys } = fromGlobalId(id, ['id']);
    const fetcher = FETCHERS[typename];
    if (!fetcher || fetcher.keys !== keys.length) return null;
    return fetcher.fetch(ctx, keys);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, in the same order; null for each that does not exist or is not visible. At most 100 ids.' })
  async nodes(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { description: 'Global ids returned by this API.' }) ids: string[]): Promise<Array<object | null>> {
    if (ids.length > 100) {
      throw new InvalidArgumentError(['ids'], 'Argument "ids" may hold at most 100 ids.');
    }
    // Every id is checked before any is fetched: a fetch started before a later id is
    // rejected would be left without a handler (an unhandled rejection once the request ends).
    const decoded = ids.map((id, index) => fromGlobalId(id, ['ids', String(index)]));
    return Promise.all(decoded.map(({ typename, keys }) => {
      const fetcher = FETCHERS[typename];
      return fetcher && fetcher.keys === keys.length ? fetcher.fetch(ctx, keys) : null;
    }));
  }
}
