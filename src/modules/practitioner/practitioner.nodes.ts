/**
 * Node types of the practitioner area. Practitioners and their qualifications are staff
 * data: the organization's staff read them (clinic-scoped roles: of their clinics).
 * ANALYST reads aggregates only and PATIENT their own records, so neither is a reader.
 */
import { Role } from '../../auth/roles';
import { NodeType } from '../../common/relay/node-type';
import { practitionerById, qualificationById } from './practitioner.service';

export const PRACTITIONER_READERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK] as const;
/** A qualification is read with its practitioner. */
export const QUALIFICATION_READERS = PRACTITIONER_READERS;

export const PractitionerNode: NodeType = {
  typename: 'Practitioner',
  keys: 1,
  readers: PRACTITIONER_READERS,
  fetch: (ctx, [id]) => practitionerById(ctx, id),
};

export const QualificationNode: NodeType = {
  typename: 'Qualification',
  keys: 1,
  readers: QUALIFICATION_READERS,
  fetch: (ctx, [id]) => qualificationById(ctx, id),
};
