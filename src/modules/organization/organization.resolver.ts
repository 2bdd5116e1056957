import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { SlugOrId, SlugOrIdArgs, slugOrId } from '../../common/relay/slug-or-id';
import { ClinicConnection, Organization, OrganizationConnection } from './organization.entity';
import { ClinicsArgs, OrganizationsArgs } from './organization.inputs';
import { clinicQuery } from './clinic.resolver';
import { clinicsOfOrganization, organizationById, organizationBySlug, organizationsPage } from './organization.service';

const OrganizationLookupArgs = SlugOrIdArgs('organization', 'lumiere-skin');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => OrganizationConnection, {
    description:
      "Organizations (clinic chains), ordered by name: all of them for PLATFORM_ADMIN, the viewer's own for members. Requires a bearer token.",
  })
  organizations(@Ctx() ctx: RequestContext, @Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return organizationsPage(ctx, args);
  }

  @Query(() => Organization, {
    nullable: true,
    description:
      'One organization by slug or by id (give exactly one); null when there is none. Public, the same for every viewer: clients choose the organization whose clinics and offerings they read.',
  })
  organization(@Ctx() ctx: RequestContext, @Args(() => OrganizationLookupArgs) args: SlugOrId): Promise<Organization | null> {
    const lookup = slugOrId(args, 'Organization');
    return 'uuid' in lookup ? organizationById(ctx, lookup.uuid) : organizationBySlug(ctx, lookup.slug);
  }

  @FieldResolver(() => ClinicConnection, {
    description: "The organization's clinics, all of them for every viewer, by name unless ordered otherwise. Public.",
  })
  clinics(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Args() args: ClinicsArgs): Promise<ClinicConnection> {
    return clinicsOfOrganization(ctx, organization.id, clinicQuery(args), args);
  }
}
