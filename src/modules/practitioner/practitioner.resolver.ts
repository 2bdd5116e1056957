import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES } from '../../auth/auth-checker';
import { RequestContext } from '../../context';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { Clinic, Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.service';
import { Treatment } from '../catalog/catalog.entity';
import { treatmentById } from '../catalog/catalog.service';
import { Practitioner, PractitionerConnection, Qualification } from './practitioner.entity';
import { PractitionersArgs, QualifiedPractitionersArgs } from './practitioner.inputs';
import {
  PractitionerQuery, clinicsOfPractitioner, practitionerById, practitionersOfClinic, practitionersPage,
  qualificationsOfPractitioner, qualifiedPractitioners,
} from './practitioner.service';

function practitionerQuery(args: PractitionersArgs): PractitionerQuery {
  const filter = args.filter ?? {};
  const id = (value: string | null | undefined, type: string, field: string) =>
    value == null ? null : uuidFromGlobalId(value, type, ['filter', field]);
  return {
    clinicId: id(filter.clinicId, 'Clinic', 'clinicId'),
    organizationId: id(filter.organizationId, 'Organization', 'organizationId'),
    qualifiedForTreatmentId: id(filter.qualifiedForTreatmentId, 'Treatment', 'qualifiedForTreatmentId'),
    name: filter.name,
    active: filter.active,
  };
}

@Resolver(() => Practitioner)
export class PractitionerResolver {
  @Authorized(STAFF_ROLES)
  @Query(() => PractitionerConnection, { description: 'Practitioners of the viewer\'s organization (clinic-scoped roles: of their clinics), filtered by clinic, qualification or name; ordered by family name. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER, FRONT_DESK or ANALYST.' })
  practitioners(@Ctx() ctx: RequestContext, @Args() args: PractitionersArgs): Promise<PractitionerConnection> {
    return practitionersPage(ctx, practitionerQuery(args), args);
  }

  @Authorized(STAFF_ROLES)
  @Query(() => Practitioner, { nullable: true, description: 'One practitioner by global id; null when none is visible to the viewer. Requires a staff role (as `practitioners`).' })
  practitioner(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The practitioner\'s global id.' }) id: string): Promise<Practitioner | null> {
    return practitionerById(ctx, uuidFromGlobalId(id, 'Practitioner', ['id']));
  }

  @FieldResolver(() => Organization, { description: 'The organization the practitioner works for.' })
  async organization(@Root() practitioner: Practitioner, @Ctx() ctx: RequestContext): Promise<Organization> {
    return (await organizationById(ctx, practitioner.organizationId))!;
  }

  @FieldResolver(() => [Clinic], { description: 'The clinics the practitioner works at, by name.' })
  clinics(@Root() practitioner: Practitioner, @Ctx() ctx: RequestContext): Promise<Clinic[]> {
    return clinicsOfPractitioner(ctx, practitioner.id);
  }

  @FieldResolver(() => [Qualification], { description: 'The practitioner\'s qualifications, valid and expired (see `isValid`), by treatment name.' })
  qualifications(@Root() practitioner: Practitioner, @Ctx() ctx: RequestContext): Promise<Qualification[]> {
    return qualificationsOfPractitioner(ctx, practitioner.id);
  }
}

@Resolver(() => Qualification)
export class QualificationResolver {
  @FieldResolver(() => Treatment, { description: 'The treatment the qualification allows.' })
  async treatment(@Root() qualification: Qualification, @Ctx() ctx: RequestContext): Promise<Treatment> {
    return (await treatmentById(ctx, qualification.treatmentId))!;
  }

  @FieldResolver(() => Practitioner, { description: 'The qualified practitioner.' })
  async practitioner(@Root() qualification: Qualification, @Ctx() ctx: RequestContext): Promise<Practitioner> {
    return (await practitionerById(ctx, qualification.practitionerId))!;
  }
}

@Resolver(() => Clinic)
export class ClinicPractitionersResolver {
  @Authorized(STAFF_ROLES)
  @FieldResolver(() => PractitionerConnection, { description: 'Practitioners working at this clinic, ordered by family name. Requires a staff role (as `practitioners`).' })
  practitioners(@Root() clinic: Clinic, @Ctx() ctx: RequestContext, @Args() args: PractitionersArgs): Promise<PractitionerConnection> {
    return practitionersOfClinic(ctx, clinic.id, practitionerQuery(args), args);
  }
}

@Resolver(() => Treatment)
export class TreatmentPractitionersResolver {
  @Authorized(STAFF_ROLES)
  @FieldResolver(() => PractitionerConnection, {
    description: 'Active practitioners of the viewer\'s organization with a valid qualification for this treatment; at one clinic when `clinicId` is given or the treatment was reached through a clinic\'s offering. Requires a staff role (as `practitioners`).',
  })
  qualifiedPractitioners(@Root() treatment: Treatment, @Ctx() ctx: RequestContext, @Args() args: QualifiedPractitionersArgs): Promise<PractitionerConnection> {
    const clinicId = args.clinicId != null ? uuidFromGlobalId(args.clinicId, 'Clinic', ['clinicId']) : treatment.atClinicId;
    return qualifiedPractitioners(ctx, { treatmentId: treatment.id, clinicId }, { first: args.first, after: args.after });
  }
}
