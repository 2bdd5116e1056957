import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { describeReaders, ReadableBy } from '../../auth/read-policy';
import { Role } from '../../auth/roles';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { runMutation } from '../../common/mutation';
import { Clinic, Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.service';
import { Practitioner } from '../practitioner/practitioner.entity';
import { PRACTITIONER_READERS } from '../practitioner/practitioner.nodes';
import { practitionerById } from '../practitioner/practitioner.service';
import { Membership, MembershipConnection } from './membership.entity';
import {
  MembershipCreateInput,
  MembershipPayload,
  MembershipRevokeInput,
  MembershipsArgs,
  MembershipUpdateInput,
} from './membership.inputs';
import { MEMBERSHIP_READERS } from './membership.nodes';
import {
  clinicsOfMembership,
  createMembership,
  membershipById,
  membershipsPage,
  revokeMembership,
  updateMembership,
} from './membership.service';

const MANAGERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER];

async function payload(ctx: RequestContext, change: () => Promise<Membership>): Promise<MembershipPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { membership: value, userErrors };
}

@Resolver(() => Membership)
export class MembershipResolver {
  @ReadableBy(MEMBERSHIP_READERS)
  @Query(() => MembershipConnection, {
    description: `Memberships of the viewer's organization, by subject: all for ORG_ADMIN, those of their clinics for CLINIC_MANAGER. ${describeReaders(MEMBERSHIP_READERS)}`,
  })
  memberships(@Ctx() ctx: RequestContext, @Args() args: MembershipsArgs): Promise<MembershipConnection> {
    return membershipsPage(ctx, args.filter ?? {}, args);
  }

  @ReadableBy(MEMBERSHIP_READERS)
  @Query(() => Membership, {
    nullable: true,
    description: `One membership by global id; null when none is visible (ORG_ADMIN: the organization's; CLINIC_MANAGER: those of their clinics). ${describeReaders(MEMBERSHIP_READERS)}`,
  })
  membership(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The membership's global id." }) id: string,
  ): Promise<Membership | null> {
    return membershipById(ctx, uuidFromGlobalId(id, 'Membership', ['id']));
  }

  @FieldResolver(() => [Clinic], { description: 'The clinics a clinic-scoped membership is limited to, by name.' })
  clinics(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Clinic[]> {
    return clinicsOfMembership(ctx, membership.id);
  }

  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => Practitioner, {
    nullable: true,
    description: `The practitioner record of this person, if linked. ${describeReaders(PRACTITIONER_READERS)}`,
  })
  practitioner(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Practitioner | null> {
    return membership.practitionerId ? practitionerById(ctx, membership.practitionerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Organization, { description: 'The organization of the membership.' })
  async organization(@Root() membership: Membership, @Ctx() ctx: RequestContext): Promise<Organization> {
    return (await organizationById(ctx, membership.organizationId))!;
  }

  @Authorized(MANAGERS)
  @Mutation(() => MembershipPayload, {
    description:
      "Grants a person a role in the viewer's organization (audited). Requires ORG_ADMIN, or CLINIC_MANAGER for clinic-scoped roles no higher than their own at their own clinics.",
  })
  membershipCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MembershipCreateInput, { description: 'The new membership.' }) input: MembershipCreateInput,
  ): Promise<MembershipPayload> {
    return payload(ctx, () => createMembership(ctx, input));
  }

  @Authorized(MANAGERS)
  @Mutation(() => MembershipPayload, {
    description: "Changes a membership's role or clinics (audited). Requires ORG_ADMIN, or CLINIC_MANAGER within their role and clinics.",
  })
  membershipUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MembershipUpdateInput, { description: 'The changes.' }) input: MembershipUpdateInput,
  ): Promise<MembershipPayload> {
    return payload(ctx, () => updateMembership(ctx, input));
  }

  @Authorized(MANAGERS)
  @Mutation(() => MembershipPayload, {
    description:
      "Revokes a membership; it stops working on the very next request, whatever the token's expiry (audited). Requires ORG_ADMIN, or CLINIC_MANAGER within their role and clinics.",
  })
  membershipRevoke(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MembershipRevokeInput, { description: 'The membership.' }) input: MembershipRevokeInput,
  ): Promise<MembershipPayload> {
    return payload(ctx, () => revokeMembership(ctx, input));
  }
}
