/**
 * Node types of the membership area. A membership names a person's subject (for a
 * PATIENT, a patient identifier), so only those who manage memberships read them:
 * ORG_ADMIN all of the organization's, CLINIC_MANAGER those of their clinics.
 */
import { Role } from '../../auth/roles';
import { NodeType } from '../../common/relay/node-type';
import { membershipById } from './membership.service';

export const MEMBERSHIP_READERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER] as const;

export const MembershipNode: NodeType = {
  typename: 'Membership',
  keys: 1,
  readers: MEMBERSHIP_READERS,
  fetch: (ctx, [id]) => membershipById(ctx, id),
};
