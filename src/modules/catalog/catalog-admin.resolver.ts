import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import {
  ProtocolCreateInput,
  ProtocolPayload,
  ProtocolRetireInput,
  ProtocolUpdateInput,
  TreatmentCreateInput,
  TreatmentPayload,
  TreatmentRetireInput,
  TreatmentUpdateInput,
} from './catalog-admin.inputs';
import { createProtocol, createTreatment, retireProtocol, retireTreatment, updateProtocol, updateTreatment } from './catalog-admin.service';
import { Protocol, Treatment } from './catalog.entity';

async function treatmentPayload(ctx: RequestContext, change: () => Promise<Treatment>): Promise<TreatmentPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { treatment: value, userErrors };
}

async function protocolPayload(ctx: RequestContext, change: () => Promise<Protocol>): Promise<ProtocolPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { protocol: value, userErrors };
}

const LIBRARY_READ_ONLY =
  'Entries of the shared library are read-only: NOT_ALLOWED at ["input", "id"]; another organization\'s ids are NOT_FOUND.';

@Resolver()
export class CatalogAdminResolver {
  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => TreatmentPayload, {
    description:
      "Creates a treatment of the viewer's organization, with its content; only the organization's members see it. Requires ORG_ADMIN.",
  })
  treatmentCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TreatmentCreateInput, { description: 'The new treatment.' }) input: TreatmentCreateInput,
  ): Promise<TreatmentPayload> {
    return treatmentPayload(ctx, () => createTreatment(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => TreatmentPayload, {
    description: `Changes one of the organization's own treatments (not retired). ${LIBRARY_READ_ONLY} Requires ORG_ADMIN.`,
  })
  treatmentUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TreatmentUpdateInput, { description: 'The changes.' }) input: TreatmentUpdateInput,
  ): Promise<TreatmentPayload> {
    return treatmentPayload(ctx, () => updateTreatment(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => TreatmentPayload, {
    description: `Retires one of the organization's own treatments: it leaves the lists and \`treatment(slug:)\`, stays readable by id, and keeps its slug. IN_USE while a protocol that is not retired uses it. ${LIBRARY_READ_ONLY} Requires ORG_ADMIN.`,
  })
  treatmentRetire(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TreatmentRetireInput, { description: 'The treatment.' }) input: TreatmentRetireInput,
  ): Promise<TreatmentPayload> {
    return treatmentPayload(ctx, () => retireTreatment(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ProtocolPayload, {
    description:
      "Creates a protocol of the viewer's organization from library treatments and its own; only the organization's members see it. Requires ORG_ADMIN.",
  })
  protocolCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProtocolCreateInput, { description: 'The new protocol.' }) input: ProtocolCreateInput,
  ): Promise<ProtocolPayload> {
    return protocolPayload(ctx, () => createProtocol(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ProtocolPayload, {
    description: `Changes one of the organization's own protocols (not retired); given steps replace all of them. ${LIBRARY_READ_ONLY} Requires ORG_ADMIN.`,
  })
  protocolUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProtocolUpdateInput, { description: 'The changes.' }) input: ProtocolUpdateInput,
  ): Promise<ProtocolPayload> {
    return protocolPayload(ctx, () => updateProtocol(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ProtocolPayload, {
    description: `Retires one of the organization's own protocols: it leaves the lists and \`protocol(slug:)\`, stays readable by id, and keeps its slug. ${LIBRARY_READ_ONLY} Requires ORG_ADMIN.`,
  })
  protocolRetire(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProtocolRetireInput, { description: 'The protocol.' }) input: ProtocolRetireInput,
  ): Promise<ProtocolPayload> {
    return protocolPayload(ctx, () => retireProtocol(ctx, input));
  }
}
