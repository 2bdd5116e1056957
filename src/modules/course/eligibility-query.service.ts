/**
 * The `eligibility` query: a verdict for a patient, a protocol and a clinic on a day
 * (today in the clinic's zone by default). It reads health data, so the read is noted
 * in the access trail.
 */
import { RequestContext } from '../../context';
import { InvalidArgumentError } from '../../common/errors';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { SqlParams } from '../../db/sql';
import { isLocalDate } from '../eligibility/local-date';
import { noteHealthRead } from '../patient/patient.service';
import { assessEligibility, patientFacts, protocolFacts } from './course-eligibility.service';
import { EligibilityAssessment, EligibilityAnswerType, EligibilityReasonType } from './eligibility-assessment.types';
import { localDateOf } from './zoned-time';

/** The time zone of a clinic of the viewer's organization; null when none is visible. */
export async function clinicZone(ctx: RequestContext, clinicId: string): Promise<string | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ time_zone: string }>(
    `SELECT c.time_zone FROM clinics c WHERE c.id = ${q.param(clinicId)}::uuid AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  return row?.time_zone ?? null;
}

export async function eligibility(
  ctx: RequestContext,
  args: { patientId: string; protocolId: string; clinicId: string; on?: string | null },
): Promise<EligibilityAssessment> {
  const patientId = uuidFromGlobalId(args.patientId, 'Patient', ['patientId']);
  const protocolId = uuidFromGlobalId(args.protocolId, 'Protocol', ['protocolId']);
  const clinicId = uuidFromGlobalId(args.clinicId, 'Clinic', ['clinicId']);
  if (args.on != null && !isLocalDate(args.on)) throw new InvalidArgumentError(['on'], 'Give the day as "YYYY-MM-DD".');
  const zone = await clinicZone(ctx, clinicId);
  if (!zone) throw new InvalidArgumentError(['clinicId'], 'No Clinic with this id.');
  const [patient, protocol] = await Promise.all([patientFacts(ctx, patientId), protocolFacts(ctx, protocolId)]);
  if (!patient) throw new InvalidArgumentError(['patientId'], 'No Patient with this id.');
  if (!protocol) throw new InvalidArgumentError(['protocolId'], 'No Protocol with this id.');
  const sessionOn = args.on ?? localDateOf(new Date(), zone);
  const result = await assessEligibility(ctx, patient, protocol, sessionOn);
  noteHealthRead(ctx, { organizationId: patient.organizationId, patientId: patient.id }, 'eligibility');
  return Object.assign(new EligibilityAssessment(), {
    verdict: result.verdict,
    sessionOn,
    reasons: result.reasons.map((r) =>
      Object.assign(new EligibilityReasonType(), {
        ...r,
        answer: r.answer
          ? Object.assign(new EligibilityAnswerType(), {
              field: r.answer.field,
              value: r.answer.value === null ? null : String(r.answer.value),
            })
          : null,
      }),
    ),
  });
}
