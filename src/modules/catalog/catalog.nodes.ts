/** Node types of the catalog: the treatment library (plus the viewer's organization's own) is public. */
import { PUBLIC } from '../../auth/read-policy';
import { NodeType } from '../../common/relay/node-type';
import { protocolById, protocolStepById, treatmentById } from './catalog.service';

export const CATALOG_READERS = PUBLIC;

export const TreatmentNode: NodeType = {
  typename: 'Treatment',
  keys: 1,
  readers: CATALOG_READERS,
  fetch: async (ctx, [id]) => treatmentById(ctx, id),
};

export const ProtocolNode: NodeType = {
  typename: 'Protocol',
  keys: 1,
  readers: CATALOG_READERS,
  fetch: async (ctx, [id]) => protocolById(ctx, id),
};

export const ProtocolStepNode: NodeType = {
  typename: 'ProtocolStep',
  keys: 1,
  readers: CATALOG_READERS,
  fetch: (ctx, [id]) => protocolStepById(ctx, id),
};
