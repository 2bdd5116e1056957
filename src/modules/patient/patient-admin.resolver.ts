import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { runIdempotentMutation } from '../../common/idempotency';
import { runMutation } from '../../common/mutation';
import { Consent, Patient, Screening } from './patient.entity';
import {
  ConsentPayload,
  ConsentRecordInput,
  ConsentWithdrawInput,
  PatientPayload,
  PatientRegisterInput,
  PatientUpdateInput,
  ScreeningPayload,
  ScreeningRecordInput,
} from './patient.inputs';
import { PATIENT_READERS, PATIENT_REGISTRARS } from './patient.readers';
import { recordConsent, recordScreening, registerPatient, updatePatient, withdrawConsent } from './patient-admin.service';
import { patientById } from './patient.service';

async function patientPayload(ctx: RequestContext, change: () => Promise<Patient>): Promise<PatientPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { patient: value, userErrors };
}

async function screeningPayload(ctx: RequestContext, change: () => Promise<Screening>): Promise<ScreeningPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { screening: value, userErrors };
}

async function consentPayload(ctx: RequestContext, change: () => Promise<Consent>): Promise<ConsentPayload> {
  const { value, userErrors } = await runMutation(ctx, change);
  return { consent: value, userErrors };
}

@Resolver()
export class PatientAdminResolver {
  @Authorized([...PATIENT_REGISTRARS])
  @Mutation(() => PatientPayload, {
    description:
      "Registers a patient of the viewer's organization; recorded in the health-data access trail. Safe to retry with an `idempotencyKey`. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK.",
  })
  async patientRegister(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PatientRegisterInput, { description: 'The new patient.' }) input: PatientRegisterInput,
  ): Promise<PatientPayload> {
    const { value, userErrors } = await runIdempotentMutation(
      ctx,
      {
        operation: 'patientRegister',
        key: input.idempotencyKey,
        input,
        remember: (patient: Patient) => ({ patientId: patient.id }),
        recall: (stored) => patientById(ctx, stored.patientId),
      },
      () => registerPatient(ctx, input),
    );
    return { patient: value, userErrors };
  }

  @Authorized([...PATIENT_READERS])
  @Mutation(() => PatientPayload, {
    description:
      "Changes a patient's name, date of birth, contact, skin type or preferred clinic; recorded in the health-data access trail (field names only). Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own record (not the skin type).",
  })
  patientUpdate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PatientUpdateInput, { description: 'The changes.' }) input: PatientUpdateInput,
  ): Promise<PatientPayload> {
    return patientPayload(ctx, () => updatePatient(ctx, input));
  }

  @Authorized([...PATIENT_READERS])
  @Mutation(() => ScreeningPayload, {
    description:
      'Records a dated screening questionnaire of a patient; recorded in the health-data access trail. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves.',
  })
  screeningRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ScreeningRecordInput, { description: 'The screening.' }) input: ScreeningRecordInput,
  ): Promise<ScreeningPayload> {
    return screeningPayload(ctx, () => recordScreening(ctx, input));
  }

  @Authorized([...PATIENT_READERS])
  @Mutation(() => ConsentPayload, {
    description:
      'Records a consent the patient signed, to a treatment or to photographs, with the version of the text; recorded in the health-data access trail. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves.',
  })
  consentRecord(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConsentRecordInput, { description: 'The consent.' }) input: ConsentRecordInput,
  ): Promise<ConsentPayload> {
    return consentPayload(ctx, () => recordConsent(ctx, input));
  }

  @Authorized([...PATIENT_READERS])
  @Mutation(() => ConsentPayload, {
    description:
      'Withdraws a consent: it stays as history with `withdrawnAt` set and `isActive: false`; withdrawing a withdrawn one changes nothing. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own.',
  })
  consentWithdraw(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConsentWithdrawInput, { description: 'The consent.' }) input: ConsentWithdrawInput,
  ): Promise<ConsentPayload> {
    return consentPayload(ctx, () => withdrawConsent(ctx, input));
  }
}
