import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { RequestContext } from '../../context';
import { thenMaybe } from '../../common/loaders';
import { Clinic, Organization } from '../organization/organization.entity';
import { clinicById } from '../organization/organization.service';
import { atClinic, Protocol } from '../catalog/catalog.entity';
import { protocolById } from '../catalog/catalog.service';
import { Offering, OfferingConnection, OfferingDefault } from './offering.entity';
import { OfferingsArgs } from './offering.inputs';
import { offeringDefaultsOf, offeringsOfClinic } from './offering.service';

@Resolver(() => Offering)
export class OfferingResolver {
  @FieldResolver(() => Clinic, { description: 'The clinic that offers the protocol.' })
  async clinic(@Root() offering: Offering, @Ctx() ctx: RequestContext): Promise<Clinic> {
    return (await clinicById(ctx, offering.clinicId))!;
  }

  @FieldResolver(() => Protocol, {
    description: 'The protocol offered. Lists below it (qualified practitioners of its treatments) are narrowed to this clinic.',
  })
  protocol(@Root() offering: Offering, @Ctx() ctx: RequestContext): Protocol | Promise<Protocol> {
    return thenMaybe(protocolById(ctx, offering.protocolId), (protocol) => atClinic(protocol!, offering.clinicId));
  }
}

@Resolver(() => Clinic)
export class ClinicOfferingsResolver {
  @FieldResolver(() => OfferingConnection, {
    description:
      "What the clinic offers, by protocol name, with this clinic's prices. Disabled offerings are listed too (see `enabled`, or filter). Public.",
  })
  offerings(@Root() clinic: Clinic, @Ctx() ctx: RequestContext, @Args() args: OfferingsArgs): Promise<OfferingConnection> {
    return offeringsOfClinic(ctx, clinic.id, args.filter ?? {}, args);
  }
}

@Resolver(() => Organization)
export class OrganizationOfferingDefaultsResolver {
  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @FieldResolver(() => [OfferingDefault], {
    nullable: true,
    description:
      'The organization-wide offering defaults every clinic inherits unless it overrides a value, by protocol name; empty for another organization. Requires ORG_ADMIN or CLINIC_MANAGER; null, with an error on this field, for other viewers (the organization itself is public).',
  })
  offeringDefaults(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<OfferingDefault[] | null> {
    return offeringDefaultsOf(ctx, organization.id);
  }
}
