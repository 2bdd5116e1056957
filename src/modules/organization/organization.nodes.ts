/** Node types of the organization area: organizations and clinics are the public catalog. */
import { PUBLIC } from '../../auth/read-policy';
import { NodeType } from '../../common/relay/node-type';
import { clinicById, organizationById } from './organization.service';

/** Organizations are a public directory: anyone may read one by slug or id. */
export const ORGANIZATION_READERS = PUBLIC;
/** Clinics, their opening hours and offerings are public catalog data. */
export const CLINIC_READERS = PUBLIC;

export const OrganizationNode: NodeType = {
  typename: 'Organization',
  keys: 1,
  readers: ORGANIZATION_READERS,
  fetch: (ctx, [id]) => organizationById(ctx, id),
};

export const ClinicNode: NodeType = {
  typename: 'Clinic',
  keys: 1,
  readers: CLINIC_READERS,
  fetch: (ctx, [id]) => clinicById(ctx, id),
};
