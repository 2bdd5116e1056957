import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import { OrganizationCreateInput, OrganizationPayload, OrganizationUpdateInput } from './organization-admin.inputs';
import { createOrganization, updateOrganization } from './organization-admin.service';
import { Organization } from './organization.entity';

async function payload(ctx: RequestContext, change: () => Promise<Organization>): Promise<OrganizationPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { organization: value, userErrors };
}

@Resolver()
export class OrganizationAdminResolver {
  @Authorized([Role.PLATFORM_ADMIN])
  @Mutation(() => OrganizationPayload, {
    description:
      'Onboards a clinic chain: the organization, its currency, time zone and clinical settings, and the membership of its first ORG_ADMIN. Requires PLATFORM_ADMIN.',
  })
  organizationCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrganizationCreateInput, { description: 'The new organization.' }) input: OrganizationCreateInput,
  ): Promise<OrganizationPayload> {
    return payload(ctx, () => createOrganization(ctx, input));
  }

  @Authorized([Role.PLATFORM_ADMIN, Role.ORG_ADMIN])
  @Mutation(() => OrganizationPayload, {
    description:
      "Changes an organization's name, default time zone or clinical settings (its currency is fixed). Requires PLATFORM_ADMIN, or ORG_ADMIN of that organization.",
  })
  organizationUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OrganizationUpdateInput, { description: 'The changes.' }) input: OrganizationUpdateInput,
  ): Promise<OrganizationPayload> {
    return payload(ctx, () => updateOrganization(ctx, input));
  }
}
