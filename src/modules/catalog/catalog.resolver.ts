import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { thenMaybe } from '../../common/loaders';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { SlugOrId, SlugOrIdArgs, slugOrId } from '../../common/relay/slug-or-id';
import { atClinic, Protocol, ProtocolConnection, ProtocolStep, Treatment, TreatmentConnection, TreatmentPairing } from './catalog.entity';
import { ProtocolsArgs, TreatmentsArgs } from './catalog.inputs';
import {
  pairingsOfTreatment,
  protocolById,
  protocolBySlug,
  protocolsOfTreatment,
  protocolsPage,
  stepsOfProtocol,
  treatmentById,
  treatmentBySlug,
  treatmentsPage,
} from './catalog.service';

const TreatmentLookupArgs = SlugOrIdArgs('treatment', 'microneedling');
const ProtocolLookupArgs = SlugOrIdArgs('protocol', 'microneedling-prp');

@Resolver(() => Treatment)
export class TreatmentResolver {
  @Query(() => TreatmentConnection, {
    description:
      "Treatments of the shared library (and of the viewer's organization), by name; filter by concern, skin type, family or text. Public.",
  })
  treatments(@Ctx() ctx: RequestContext, @Args() args: TreatmentsArgs): Promise<TreatmentConnection> {
    return treatmentsPage(ctx, args.filter ?? {}, args);
  }

  @Query(() => Treatment, {
    nullable: true,
    description: 'One treatment by slug or global id (give exactly one); null when there is none. Public.',
  })
  treatment(@Ctx() ctx: RequestContext, @Args(() => TreatmentLookupArgs) args: SlugOrId): Treatment | null | Promise<Treatment | null> {
    const lookup = slugOrId(args, 'Treatment');
    return 'uuid' in lookup ? treatmentById(ctx, lookup.uuid) : treatmentBySlug(ctx, lookup.slug);
  }

  @FieldResolver(() => [TreatmentPairing], { description: 'Treatments this one pairs well with, for enhanced results.' })
  pairsWith(@Root() treatment: Treatment, @Ctx() ctx: RequestContext): Promise<TreatmentPairing[]> {
    return pairingsOfTreatment(ctx, treatment.id);
  }

  @FieldResolver(() => [Protocol], { description: 'Protocols that include this treatment, alone or combined, by name.' })
  protocols(@Root() treatment: Treatment, @Ctx() ctx: RequestContext): Promise<Protocol[]> {
    return protocolsOfTreatment(ctx, treatment.id);
  }
}

@Resolver(() => TreatmentPairing)
export class TreatmentPairingResolver {
  @FieldResolver(() => Treatment, { description: 'The treatment to pair with.' })
  async treatment(@Root() pairing: TreatmentPairing, @Ctx() ctx: RequestContext): Promise<Treatment> {
    return (await treatmentById(ctx, pairing.treatmentId))!;
  }
}

@Resolver(() => Protocol)
export class ProtocolResolver {
  @Query(() => ProtocolConnection, {
    description: 'Protocols (single or combined treatments), by name; filter by treatment, concern or kind. Public.',
  })
  protocols(@Ctx() ctx: RequestContext, @Args() args: ProtocolsArgs): Promise<ProtocolConnection> {
    const filter = args.filter ?? {};
    return protocolsPage(
      ctx,
      {
        treatmentId: filter.treatmentId == null ? null : uuidFromGlobalId(filter.treatmentId, 'Treatment', ['filter', 'treatmentId']),
        treatmentSlug: filter.treatmentSlug,
        concern: filter.concern,
        kind: filter.kind,
      },
      args,
    );
  }

  @Query(() => Protocol, {
    nullable: true,
    description: 'One protocol by slug or global id (give exactly one); null when there is none. Public.',
  })
  protocol(@Ctx() ctx: RequestContext, @Args(() => ProtocolLookupArgs) args: SlugOrId): Protocol | null | Promise<Protocol | null> {
    const lookup = slugOrId(args, 'Protocol');
    return 'uuid' in lookup ? protocolById(ctx, lookup.uuid) : protocolBySlug(ctx, lookup.slug);
  }

  @FieldResolver(() => [ProtocolStep], { description: 'The components of the protocol, in order.' })
  steps(@Root() protocol: Protocol, @Ctx() ctx: RequestContext): ProtocolStep[] | Promise<ProtocolStep[]> {
    return thenMaybe(stepsOfProtocol(ctx, protocol.id), (steps) => steps.map((step) => atClinic(step, protocol.atClinicId)));
  }
}

@Resolver(() => ProtocolStep)
export class ProtocolStepResolver {
  @FieldResolver(() => Treatment, { description: 'The treatment performed in this step.' })
  treatment(@Root() step: ProtocolStep, @Ctx() ctx: RequestContext): Treatment | Promise<Treatment> {
    return thenMaybe(treatmentById(ctx, step.treatmentId), (treatment) => atClinic(treatment!, step.atClinicId));
  }

  @FieldResolver(() => Protocol, { description: 'The protocol this step belongs to.' })
  protocol(@Root() step: ProtocolStep, @Ctx() ctx: RequestContext): Protocol | Promise<Protocol> {
    return thenMaybe(protocolById(ctx, step.protocolId), (protocol) => atClinic(protocol!, step.atClinicId));
  }
}
