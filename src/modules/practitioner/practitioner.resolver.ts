import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { describeReaders, ReadableBy } from '../../auth/read-policy';
import { RequestContext } from '../../context';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { Clinic, Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.service';
import { Treatment } from '../catalog/catalog.entity';
import { treatmentById } from '../catalog/catalog.service';
import { Practitioner, PractitionerConnection, Qualification } from './practitioner.entity';
import { PractitionersArgs, QualifiedPractitionersArgs } from './practitioner.inputs';
import { PRACTITIONER_READERS, QUALIFICATION_READERS } from './practitioner.nodes';
import {
  PractitionerQuery,
  clinicsOfPractitioner,
  practitionerById,
  practitionersOfClinic,
  practitionersPage,
  qualificationsOfPractitioner,
  qualifiedPractitioners,
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
  @ReadableBy(PRACTITIONER_READERS)
  @Query(() => PractitionerConnection, {
    description: `Practitioners of the viewer's organization (clinic-scoped roles: of their clinics), filtered by clinic, qualification or name; ordered by family name. ${describeReaders(PRACTITIONER_READERS)}`,
  })
  practitioners(@Ctx() ctx: RequestContext, @Args() args: PractitionersArgs): Promise<PractitionerConnection> {
    return practitionersPage(ctx, practitionerQuery(args), args);
  }

  @ReadableBy(PRACTITIONER_READERS)
  @Query(() => Practitioner, {
    nullable: true,
    description: `One practitioner by global id; null when none is visible to the viewer (clinic-scoped roles: of their clinics). ${describeReaders(PRACTITIONER_READERS)}`,
  })
  practitioner(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The practitioner's global id." }) id: string,
  ): Promise<Practitioner | null> {
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

  @ReadableBy(QUALIFICATION_READERS)
  @FieldResolver(() => [Qualification], {
    description: `The practitioner's qualifications, valid and expired (see \`isValid\`), by treatment name. ${describeReaders(QUALIFICATION_READERS)}`,
  })
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

  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => Practitioner, { description: `The qualified practitioner. ${describeReaders(PRACTITIONER_READERS)}` })
  async practitioner(@Root() qualification: Qualification, @Ctx() ctx: RequestContext): Promise<Practitioner> {
    return (await practitionerById(ctx, qualification.practitionerId))!;
  }
}

@Resolver(() => Clinic)
export class ClinicPractitionersResolver {
  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => PractitionerConnection, {
    nullable: true,
    description: `Practitioners working at this clinic, ordered by family name; empty for a clinic outside the viewer's organization or clinics. ${describeReaders(PRACTITIONER_READERS)} Null, with an error on this field, for other viewers (the clinic itself is public).`,
  })
  practitioners(
    @Root() clinic: Clinic,
    @Ctx() ctx: RequestContext,
    @Args() args: PractitionersArgs,
  ): Promise<PractitionerConnection | null> {
    return practitionersOfClinic(ctx, clinic.id, practitionerQuery(args), args);
  }
}

@Resolver(() => Treatment)
export class TreatmentPractitionersResolver {
  @ReadableBy(PRACTITIONER_READERS)
  @FieldResolver(() => PractitionerConnection, {
    nullable: true,
    description: `Active practitioners of the viewer's organization (clinic-scoped roles: of their clinics) with a valid qualification for this treatment; at one clinic when \`clinicId\` is given or the treatment was reached through a clinic's offering. ${describeReaders(PRACTITIONER_READERS)} Null, with an error on this field, for other viewers (the treatment itself is public).`,
  })
  qualifiedPractitioners(
    @Root() treatment: Treatment,
    @Ctx() ctx: RequestContext,
    @Args() args: QualifiedPractitionersArgs,
  ): Promise<PractitionerConnection | null> {
    const clinicId = args.clinicId != null ? uuidFromGlobalId(args.clinicId, 'Clinic', ['clinicId']) : treatment.atClinicId;
    return qualifiedPractitioners(ctx, { treatmentId: treatment.id, clinicId }, { first: args.first, after: args.after });
  }
}
