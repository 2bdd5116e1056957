import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { Role } from '../../auth/roles';
import { runMutation } from '../../common/mutation';
import {
  PractitionerClinicInput,
  PractitionerCreateInput,
  PractitionerPayload,
  PractitionerUpdateInput,
  QualificationGrantInput,
  QualificationPayload,
  QualificationRevokeInput,
} from './practitioner-admin.inputs';
import {
  assignClinic,
  createPractitioner,
  grantQualification,
  removeClinic,
  revokeQualification,
  updatePractitioner,
} from './practitioner-admin.service';
import { Practitioner, Qualification } from './practitioner.entity';

async function practitionerPayload(ctx: RequestContext, change: () => Promise<Practitioner>): Promise<PractitionerPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { practitioner: value, userErrors };
}

async function qualificationPayload(ctx: RequestContext, change: () => Promise<Qualification>): Promise<QualificationPayload> {
  // A grant or revocation decides from what it reads (the practitioner, the treatment,
  // the standing qualification it replaces and audits as "before"): under REPEATABLE READ
  // all of one attempt comes from one snapshot, and a concurrent change to a row it then
  // changes re-runs it rather than mixing two states.
  const { value, userErrors } = await runMutation(ctx, change, { isolation: 'REPEATABLE READ' });
  return { qualification: value, userErrors };
}

@Resolver()
export class PractitionerAdminResolver {
  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => PractitionerPayload, {
    description: "Creates a practitioner in the viewer's organization, working at the given clinics. Requires ORG_ADMIN.",
  })
  practitionerCreate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PractitionerCreateInput, { description: 'The new practitioner.' }) input: PractitionerCreateInput,
  ): Promise<PractitionerPayload> {
    return practitionerPayload(ctx, () => createPractitioner(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => PractitionerPayload, {
    description: "Changes a practitioner's slug, name, title, profession, credentials or biography. Requires ORG_ADMIN.",
  })
  practitionerUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PractitionerUpdateInput, { description: 'The changes.' }) input: PractitionerUpdateInput,
  ): Promise<PractitionerPayload> {
    return practitionerPayload(ctx, () => updatePractitioner(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => PractitionerPayload, {
    description:
      'Lets a practitioner work at one more clinic of the organization; a clinic they already work at is left as it is. Requires ORG_ADMIN.',
  })
  practitionerAssignClinic(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PractitionerClinicInput, { description: 'The practitioner and the clinic.' }) input: PractitionerClinicInput,
  ): Promise<PractitionerPayload> {
    return practitionerPayload(ctx, () => assignClinic(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => PractitionerPayload, {
    description: 'Stops a practitioner working at a clinic; a clinic they do not work at is left as it is. Requires ORG_ADMIN.',
  })
  practitionerRemoveClinic(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PractitionerClinicInput, { description: 'The practitioner and the clinic.' }) input: PractitionerClinicInput,
  ): Promise<PractitionerPayload> {
    return practitionerPayload(ctx, () => removeClinic(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => QualificationPayload, {
    description:
      'Grants a practitioner a qualification for a treatment of the library or of the organization (not a retired one). A standing qualification of the practitioner for the same treatment is replaced: it is revoked and the new one takes its place, so renewing is one call. Requires ORG_ADMIN.',
  })
  qualificationGrant(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => QualificationGrantInput, { description: 'The qualification.' }) input: QualificationGrantInput,
  ): Promise<QualificationPayload> {
    return qualificationPayload(ctx, () => grantQualification(ctx, input));
  }

  @Authorized([Role.ORG_ADMIN])
  @Mutation(() => QualificationPayload, {
    description:
      'Revokes a qualification: it stays as history with `isValid: false` but no longer appears in `Practitioner.qualifications` nor allows booking. Revoking a revoked one changes nothing. Requires ORG_ADMIN.',
  })
  qualificationRevoke(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => QualificationRevokeInput, { description: 'The qualification.' }) input: QualificationRevokeInput,
  ): Promise<QualificationPayload> {
    return qualificationPayload(ctx, () => revokeQualification(ctx, input));
  }
}
