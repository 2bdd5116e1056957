import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ReadableBy } from '../../auth/read-policy';
import { RequestContext } from '../../context';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { Treatment } from '../catalog/catalog.entity';
import { treatmentById } from '../catalog/catalog.service';
import { Clinic, Organization } from '../organization/organization.entity';
import { clinicById, organizationById } from '../organization/organization.service';
import { Consent, ConsentConnection, Patient, PatientConnection, Screening, ScreeningConnection } from './patient.entity';
import { PatientsArgs } from './patient.inputs';
import { PATIENT_READERS, PATIENT_READERS_TEXT } from './patient.readers';
import { consentsOfPatient, latestScreening, noteHealthRead, patientById, patientsPage, screeningsOfPatient } from './patient.service';

const HEALTH = 'Health data: reading it is recorded in the health-data access trail.';

@Resolver(() => Patient)
export class PatientResolver {
  @ReadableBy(PATIENT_READERS)
  @Query(() => PatientConnection, {
    description: `Patients of the viewer's organization (a PATIENT: only themselves), by family name, optionally matching a search text (part of the name, e-mail or phone). ${PATIENT_READERS_TEXT}`,
  })
  patients(@Ctx() ctx: RequestContext, @Args() args: PatientsArgs): Promise<PatientConnection> {
    return patientsPage(ctx, args.search, args);
  }

  @ReadableBy(PATIENT_READERS)
  @Query(() => Patient, {
    nullable: true,
    description: `One patient by global id; null when none is visible to the viewer (another organization's, or another patient's for a PATIENT). ${PATIENT_READERS_TEXT}`,
  })
  patient(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The patient's global id." }) id: string,
  ): Promise<Patient | null> {
    return patientById(ctx, uuidFromGlobalId(id, 'Patient', ['id']));
  }

  @FieldResolver(() => FitzpatrickType, { nullable: true, description: `Fitzpatrick skin type, when assessed. ${HEALTH}` })
  skinType(@Root() patient: Patient, @Ctx() ctx: RequestContext): FitzpatrickType | null {
    noteHealthRead(ctx, { organizationId: patient.organizationId, patientId: patient.id }, 'skinType');
    return patient.skinType;
  }

  @FieldResolver(() => Organization, { description: 'The organization whose patient this is.' })
  async organization(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Organization> {
    return (await organizationById(ctx, patient.organizationId))!;
  }

  @FieldResolver(() => Clinic, { nullable: true, description: 'The clinic the patient usually visits, if any.' })
  preferredClinic(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Clinic | null> | null {
    return patient.preferredClinicId ? clinicById(ctx, patient.preferredClinicId) : null;
  }

  @FieldResolver(() => ScreeningConnection, { description: `The patient's screening questionnaires, newest first. ${HEALTH}` })
  screenings(@Root() patient: Patient, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<ScreeningConnection> {
    return screeningsOfPatient(ctx, patient, args);
  }

  @FieldResolver(() => Screening, {
    nullable: true,
    description: `The most recent screening (by the day it was answered); null when none. ${HEALTH}`,
  })
  async latestScreening(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<Screening | null> {
    return (await latestScreening(ctx, patient, 'latestScreening')).screening;
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description: `Last day the latest screening counts for a session: its day plus the organization's screening renewal age (\`screeningValidDays\`, default 90). Null without a screening. ${HEALTH}`,
  })
  async screeningValidUntil(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await latestScreening(ctx, patient, 'screeningValidUntil')).validUntil;
  }

  @FieldResolver(() => Boolean, {
    description: `True when the patient has no screening or the latest is older than the organization's renewal age (judged on the organization's local today): it must be renewed before a session. ${HEALTH}`,
  })
  async screeningNeedsRenewal(@Root() patient: Patient, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await latestScreening(ctx, patient, 'screeningNeedsRenewal')).needsRenewal;
  }

  @FieldResolver(() => ConsentConnection, {
    description: `The patient's consents, standing and withdrawn, most recently signed first. ${HEALTH}`,
  })
  consents(@Root() patient: Patient, @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<ConsentConnection> {
    return consentsOfPatient(ctx, patient, args);
  }
}

@Resolver(() => Screening)
export class ScreeningResolver {
  @FieldResolver(() => Patient, { description: 'The patient who answered.' })
  async patient(@Root() screening: Screening, @Ctx() ctx: RequestContext): Promise<Patient> {
    return (await patientById(ctx, screening.patientId))!;
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => Patient, { description: 'The patient who consented.' })
  async patient(@Root() consent: Consent, @Ctx() ctx: RequestContext): Promise<Patient> {
    return (await patientById(ctx, consent.patientId))!;
  }

  @FieldResolver(() => Treatment, { nullable: true, description: 'The treatment consented to; null for a consent to photographs.' })
  treatment(@Root() consent: Consent, @Ctx() ctx: RequestContext): Treatment | null | Promise<Treatment | null> {
    return consent.treatmentId ? treatmentById(ctx, consent.treatmentId) : null;
  }
}
