/**
 * Loads what `evaluateEligibility` needs (the protocol's treatments and their rules, the
 * patient's latest screening and skin type, the organization's settings, the clearances
 * recorded on that screening) and runs it. Used by the `eligibility` query, `courseStart`
 * and `sessionBook`, so all three judge alike.
 */
import { RequestContext } from '../../context';
import { SqlParams } from '../../db/sql';
import { FitzpatrickType } from '../catalog/catalog.enums';
import { parseEligibilityRules } from '../eligibility/eligibility-rule-validation';
import { EligibilityResult, evaluateEligibility } from '../eligibility/evaluate-eligibility';
import { EligibilityReasonCode, EligibilitySeverity } from '../eligibility/eligibility.enums';
import type { ScreeningAnswers } from '../patient/screening-answers';
import type { AftercareContent } from './aftercare.rules';
import type { ProtocolKindName, SpacingProtocol } from './spacing.rules';

export interface ProtocolFacts extends SpacingProtocol {
  id: string;
  ownerId: string;
  name: string;
  sessionCountMin: number;
  sessionCountMax: number;
  treatments: Array<{ id: string; ownerId: string; slug: string; rules: unknown; aftercare: AftercareContent[] }>;
}

interface ProtocolRow {
  id: string;
  owner_id: string;
  name: string;
  kind: ProtocolKindName;
  session_count_min: number;
  session_count_max: number;
  interval_min_days: number;
  interval_max_days: number;
  position: number | null;
  min_days_after_previous: number | null;
  max_days_after_previous: number | null;
  treatment_id: string | null;
  treatment_owner_id: string | null;
  slug: string | null;
  eligibility_rules: unknown;
  aftercare: AftercareContent[] | null;
}

/** A protocol the viewer may use (library or own, not retired), with its steps in order; null when none. */
export async function protocolFacts(ctx: RequestContext, protocolId: string): Promise<ProtocolFacts | null> {
  const q = new SqlParams();
  const rows = await ctx.db.query<ProtocolRow>(
    `SELECT p.id, p.owner_id, p.name, p.kind, p.session_count_min, p.session_count_max, p.interval_min_days, p.interval_max_days,
            s.position, s.min_days_after_previous, s.max_days_after_previous, t.id AS treatment_id, t.owner_id AS treatment_owner_id,
            t.slug, t.eligibility_rules, t.aftercare
       FROM protocols p
       LEFT JOIN protocol_steps s ON s.protocol_id = p.id AND s.owner_id = p.owner_id
       LEFT JOIN treatments t ON t.id = s.treatment_id AND t.owner_id = s.treatment_owner_id
      WHERE p.id = ${q.param(protocolId)}::uuid AND p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
      ORDER BY s.position`,
    q.values,
  );
  const [first] = rows;
  if (!first) return null;
  const steps = rows.filter((r) => r.slug !== null);
  const treatments = new Map<string, ProtocolFacts['treatments'][number]>();
  for (const r of steps)
    treatments.set(r.treatment_id!, {
      id: r.treatment_id!,
      ownerId: r.treatment_owner_id!,
      slug: r.slug!,
      rules: r.eligibility_rules,
      aftercare: r.aftercare ?? [],
    });
  return {
    id: first.id,
    ownerId: first.owner_id,
    name: first.name,
    kind: first.kind,
    sessionCountMin: first.session_count_min,
    sessionCountMax: first.session_count_max,
    intervalMinDays: first.interval_min_days,
    intervalMaxDays: first.interval_max_days,
    steps: steps.map((r) => ({
      position: r.position!,
      treatmentSlug: r.slug!,
      minDaysAfterPrevious: r.min_days_after_previous,
      maxDaysAfterPrevious: r.max_days_after_previous,
    })),
    treatments: [...treatments.values()],
  };
}

interface PatientRow {
  id: string;
  organization_id: string;
  skin_type: FitzpatrickType | null;
  isotretinoin_washout_months: number;
  retinoid_washout_days: number;
  screening_valid_days: number;
  screening_id: string | null;
  screened_on: string | null;
  answers: ScreeningAnswers | null;
}

export interface PatientFacts {
  id: string;
  organizationId: string;
  latestScreeningId: string | null;
  row: PatientRow;
}

/** The patient as the viewer sees them (a PATIENT: only themselves), with their latest screening and the organization's settings. */
export async function patientFacts(ctx: RequestContext, patientId: string): Promise<PatientFacts | null> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<PatientRow>(
    `SELECT p.id, p.organization_id, p.skin_type, o.isotretinoin_washout_months, o.retinoid_washout_days, o.screening_valid_days,
            s.id AS screening_id, s.screened_on::text AS screened_on, s.answers
       FROM patients p
       JOIN organizations o ON o.id = p.organization_id
       LEFT JOIN LATERAL (
         SELECT ls.id, ls.screened_on, ls.answers FROM screenings ls
          WHERE ls.patient_id = p.id AND ${ctx.scope.tenantRows('screenings', 'ls', q)}
          ORDER BY ls.screened_on DESC, ls.recorded_at DESC, ls.id DESC LIMIT 1) s ON true
      WHERE p.id = ${q.param(patientId)}::uuid AND ${ctx.scope.tenantRows('patients', 'p', q)}`,
    q.values,
  );
  return row ? { id: row.id, organizationId: row.organization_id, latestScreeningId: row.screening_id, row } : null;
}

/** The verdict for `patient` and `protocol` on `sessionOn` (a LocalDate in the clinic's zone). */
export async function assessEligibility(
  ctx: RequestContext,
  patient: PatientFacts,
  protocol: ProtocolFacts,
  sessionOn: string,
): Promise<EligibilityResult> {
  const clearances = patient.latestScreeningId ? await clearancesOn(ctx, patient.id, patient.latestScreeningId) : [];
  const { row } = patient;
  return evaluateEligibility({
    treatments: protocol.treatments.map((t) => ({ slug: t.slug, rules: parseEligibilityRules(t.rules, `treatment ${t.id}`) })),
    screening: row.screening_id ? { answers: row.answers!, screenedOn: row.screened_on! } : null,
    skinType: row.skin_type,
    settings: {
      isotretinoinWashoutMonths: row.isotretinoin_washout_months,
      retinoidWashoutDays: row.retinoid_washout_days,
      screeningValidDays: row.screening_valid_days,
    },
    sessionOn,
    clearances,
  });
}

async function clearancesOn(
  ctx: RequestContext,
  patientId: string,
  screeningId: string,
): Promise<Array<{ code: EligibilityReasonCode; treatmentSlug: string }>> {
  const q = new SqlParams();
  const rows = await ctx.db.query<{ code: EligibilityReasonCode; slug: string }>(
    `SELECT c.code, t.slug FROM eligibility_clearances c JOIN treatments t ON t.id = c.treatment_id AND t.owner_id = c.treatment_owner_id
      WHERE c.patient_id = ${q.param(patientId)}::uuid AND c.screening_id = ${q.param(screeningId)}::uuid
        AND ${ctx.scope.tenantRows('eligibility_clearances', 'c', q)}`,
    q.values,
  );
  return rows.map((r) => ({ code: r.code, treatmentSlug: r.slug }));
}

/** The reasons that block, as one sentence for a userError. */
export function blockingSummary(result: EligibilityResult): string {
  return result.reasons
    .filter((r) => r.severity !== EligibilitySeverity.WARNING && !r.cleared)
    .map((r) => `${r.code}${r.treatmentSlug ? ` (${r.treatmentSlug})` : ''}: ${r.message}`)
    .join(' ');
}
