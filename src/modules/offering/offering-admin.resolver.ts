import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import { Protocol } from '../catalog/catalog.entity';
import { protocolById } from '../catalog/catalog.service';
import {
  OfferingDefaultPayload,
  OfferingDefaultSetInput,
  OfferingPayload,
  OfferingSetInput,
  OfferingsBulkPayload,
  OfferingsBulkSetInput,
} from './offering-admin.inputs';
import { setOffering, setOfferingDefault, setOfferings } from './offering-admin.service';
import { OfferingDefault } from './offering.entity';

@Resolver(() => OfferingDefault)
export class OfferingAdminResolver {
  @FieldResolver(() => Protocol, { description: 'The protocol this default is for.' })
  async protocol(@Root() offeringDefault: OfferingDefault, @Ctx() ctx: RequestContext): Promise<Protocol> {
    return (await protocolById(ctx, offeringDefault.protocolId))!;
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => OfferingDefaultPayload, {
    description:
      "Sets the organization-wide default of a protocol's offering (creates or replaces it): what every clinic offers unless it overrides a value. Requires ORG_ADMIN.",
  })
  async offeringDefaultSet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OfferingDefaultSetInput, { description: 'The protocol and every value of its default.' })
    input: OfferingDefaultSetInput,
  ): Promise<OfferingDefaultPayload> {
    const { value, userErrors } = await runMutation(ctx, () => setOfferingDefault(ctx, input));
    return { offeringDefault: value, userErrors };
  }

  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @Mutation(() => OfferingPayload, {
    description:
      "Overrides values of a protocol's offering at one clinic, or clears overridden values so they fall back to the organization-wide default. Requires ORG_ADMIN, or CLINIC_MANAGER of that clinic (another clinic of the organization is NOT_ALLOWED).",
  })
  async offeringSet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OfferingSetInput, { description: 'The clinic, the protocol and the change.' }) input: OfferingSetInput,
  ): Promise<OfferingPayload> {
    const { value, userErrors } = await runMutation(ctx, () => setOffering(ctx, input));
    return { offering: value, userErrors };
  }

  @Authorized([Role.ORG_ADMIN, Role.CLINIC_MANAGER])
  @Mutation(() => OfferingsBulkPayload, {
    description:
      "Applies the same override of a protocol's offering to several clinics, or to all of them, in one transaction: when any clinic fails, nothing is written. Requires ORG_ADMIN, or CLINIC_MANAGER of every clinic named (`allClinics` then means the clinics they manage).",
  })
  async offeringsBulkSet(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OfferingsBulkSetInput, { description: 'The clinics, the protocol and the change.' }) input: OfferingsBulkSetInput,
  ): Promise<OfferingsBulkPayload> {
    const { value, userErrors } = await runMutation(ctx, () => setOfferings(ctx, input));
    return { offerings: value ?? [], userErrors };
  }
}
