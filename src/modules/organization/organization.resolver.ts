import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { ClinicConnection, Organization, OrganizationConnection } from './organization.entity';
import { ClinicsArgs, OrganizationsArgs } from './organization.inputs';
import { clinicQuery } from './clinic.resolver';
import { clinicsOfOrganization, organizationById, organizationBySlug, organizationsPage } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => OrganizationConnection, { description: 'Organizations (clinic chains), ordered by name: all of them for PLATFORM_ADMIN, the viewer\'s own for members. Requires a bearer token.' })
  organizations(@Ctx() ctx: RequestContext, @Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    return organizationsPage(ctx, args);
  }

  @Query(() => Organization, { nullable: true, description: 'One organization by slug or by id (give one); null when there is none. Public, the same for every viewer: clients choose the organization whose clinics and offerings they read.' })
  organization(
    @Ctx() ctx: RequestContext,
    @Arg('slug', () => String, { nullable: true, description: 'The organization\'s slug, e.g. "lumiere-skin".' }) slug?: string | null,
    @Arg('id', () => ID, { nullable: true, description: 'The organization\'s global id.' }) id?: string | null,
  ): Promise<Organization | null> {
    if (id != null) return organizationById(ctx, uuidFromGlobalId(id, 'Organization', ['id']));
    if (slug != null) return organizationBySlug(ctx, slug);
    return Promise.resolve(null);
  }

  @FieldResolver(() => ClinicConnection, { description: 'The organization\'s clinics, all of them for every viewer, by name unless ordered otherwise. Public.' })
  clinics(@Root() organization: Organization, @Ctx() ctx: RequestContext, @Args() args: ClinicsArgs): Promise<ClinicConnection> {
    return clinicsOfOrganization(ctx, organization.id, clinicQuery(args), args);
  }
}

