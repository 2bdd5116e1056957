import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { direction } from '../../common/relay/ordering';
import { Address, addressOf, Clinic, ClinicConnection, OpeningHours, Organization } from './organization.entity';
import { ClinicsArgs } from './organization.inputs';
import { ClinicQuery, clinicById, clinicOpeningHours, clinicsPage, organizationById } from './organization.service';

/** Turns the GraphQL arguments of a clinic list into the service's query. */
export function clinicQuery(args: ClinicsArgs): ClinicQuery {
  const filter = args.filter ?? {};
  return {
    city: filter.city,
    organizationId:
      filter.organizationId == null ? null : uuidFromGlobalId(filter.organizationId, 'Organization', ['filter', 'organizationId']),
    organizationSlug: filter.organizationSlug,
    active: filter.active,
    sort: args.orderBy?.field,
    direction: direction(args.orderBy?.direction),
  };
}

@Resolver(() => Clinic)
export class ClinicResolver {
  @Query(() => ClinicConnection, {
    description:
      "Clinics, filtered by city, organization or status; by name unless ordered otherwise. Public. With filter.organizationSlug or organizationId: that organization's clinics, the same for every viewer. Without: the viewer's own organization's clinics (clinic-scoped roles: theirs); anonymous clients must choose the organization.",
  })
  clinics(@Ctx() ctx: RequestContext, @Args() args: ClinicsArgs): Promise<ClinicConnection> {
    return clinicsPage(ctx, clinicQuery(args), args);
  }

  @Query(() => Clinic, { nullable: true, description: 'One clinic by global id, of any organization; null when there is none. Public.' })
  clinic(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The clinic's global id." }) id: string): Promise<Clinic | null> {
    return clinicById(ctx, uuidFromGlobalId(id, 'Clinic', ['id']));
  }

  @FieldResolver(() => Organization, { description: 'The organization the clinic belongs to.' })
  async organization(@Root() clinic: Clinic, @Ctx() ctx: RequestContext): Promise<Organization> {
    return (await organizationById(ctx, clinic.organizationId))!;
  }

  @FieldResolver(() => Address, { description: 'Postal address of the clinic.' })
  address(@Root() clinic: Clinic): Address {
    return addressOf(clinic);
  }

  @FieldResolver(() => [OpeningHours], {
    description: "Weekly opening hours in the clinic's time zone, Monday first; days without an entry are closed.",
  })
  openingHours(@Root() clinic: Clinic, @Ctx() ctx: RequestContext): Promise<OpeningHours[]> {
    return clinicOpeningHours(ctx, clinic.id);
  }
}
