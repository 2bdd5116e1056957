/** Node types of the availability area: leave is staff data, read like its practitioner. */
import { NodeType } from '../../common/relay/node-type';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';
import { leaveById } from './availability.loaders';

export const LEAVE_READERS = PRACTITIONER_READERS;

export const PractitionerLeaveNode: NodeType = {
  typename: 'PractitionerLeave',
  keys: 1,
  readers: LEAVE_READERS,
  fetch: (ctx, [id]) => leaveById.load(ctx, id),
};
