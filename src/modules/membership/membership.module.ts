/** Memberships: who has which role in an organization, and at which clinics. */
import { defineModule } from '../module';
import { MembershipResolver } from './membership.resolver';
import { Membership } from './membership.entity';
import { MembershipNode } from './membership.nodes';

export const membershipModule = defineModule({
  name: 'membership',
  resolvers: [MembershipResolver],
  entities: [Membership],
  nodeTypes: [MembershipNode],
  tenantTables: {
    memberships: {
      clinicOf: (a, c) =>
        `EXISTS (SELECT 1 FROM membership_clinics s_mc WHERE s_mc.membership_id = ${a}.id AND s_mc.clinic_id = ANY(${c}))`,
    },
    membership_clinics: { clinicOf: (a, c) => `${a}.clinic_id = ANY(${c})` },
  },
});
