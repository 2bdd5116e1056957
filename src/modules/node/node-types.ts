/**
 * Every Node type `node(id:)` and `nodes(ids:)` resolve, as each area declares it in its
 * `<area>.nodes.ts`. (The module registry will collect these declarations; until then
 * this list is the one place that names them.)
 */
import { NodeType } from '../../common/relay/node-type';
import { ProtocolNode, ProtocolStepNode, TreatmentNode } from '../catalog/catalog.nodes';
import { MembershipNode } from '../membership/membership.nodes';
import { OfferingNode } from '../offering/offering.nodes';
import { ClinicNode, OrganizationNode } from '../organization/organization.nodes';
import { PractitionerNode, QualificationNode } from '../practitioner/practitioner.nodes';

export const NODE_TYPES: readonly NodeType[] = [
  OrganizationNode, ClinicNode, PractitionerNode, QualificationNode, TreatmentNode, ProtocolNode, ProtocolStepNode, OfferingNode, MembershipNode,
];
