/** Node types of the offering area: what a clinic offers, at what price, is public. */
import { PUBLIC } from '../../auth/read-policy';
import { NodeType } from '../../common/relay/node-type';
import { offeringOf } from './offering.service';

export const OFFERING_READERS = PUBLIC;

export const OfferingNode: NodeType = {
  typename: 'Offering',
  keys: 2,
  readers: OFFERING_READERS,
  fetch: (ctx, [clinicId, protocolId]) => offeringOf(ctx, clinicId, protocolId),
};
