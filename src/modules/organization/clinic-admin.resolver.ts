import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import { ClinicCreateInput, ClinicDeactivateInput, ClinicPayload, ClinicUpdateInput } from './clinic-admin.inputs';
import { createClinic, deactivateClinic, updateClinic } from './clinic-admin.service';
import { Clinic } from './organization.entity';

async function payload(ctx: RequestContext, change: () => Promise<Clinic>): Promise<ClinicPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { clinic: value, userErrors };
}

@Resolver()
export class ClinicAdminResolver {
  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ClinicPayload, {
    description: "Creates a clinic in the viewer's organization, with its address, time zone and opening hours. Requires ORG_ADMIN.",
  })
  clinicCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClinicCreateInput, { description: 'The new clinic.' }) input: ClinicCreateInput,
  ): Promise<ClinicPayload> {
    return payload(ctx, () => createClinic(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ClinicPayload, {
    description: "Changes a clinic's name, address, time zone, contact or opening hours. Requires ORG_ADMIN.",
  })
  clinicUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClinicUpdateInput, { description: 'The changes.' }) input: ClinicUpdateInput,
  ): Promise<ClinicPayload> {
    return payload(ctx, () => updateClinic(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => ClinicPayload, {
    description: 'Deactivates a clinic: it stays visible with `active: false` and takes no bookings. Requires ORG_ADMIN.',
  })
  clinicDeactivate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ClinicDeactivateInput, { description: 'The clinic.' }) input: ClinicDeactivateInput,
  ): Promise<ClinicPayload> {
    return payload(ctx, () => deactivateClinic(ctx, input));
  }
}
