/**
 * The outcome scales and what a measurement on them must satisfy: pure rules, no I/O.
 * The same constants give the analytics statement its table of scales (`scaleRulesValues`),
 * so the direction and minimal difference the API reports are the ones validated here.
 */
import { SkinConcern } from '../catalog/catalog.enums';

export enum OutcomeScale {
  GOODMAN_BARON_QUALITATIVE = 'GOODMAN_BARON_QUALITATIVE',
  GOODMAN_BARON_QUANTITATIVE = 'GOODMAN_BARON_QUANTITATIVE',
  GAIS = 'GAIS',
  SATISFACTION = 'SATISFACTION',
  PAIN_VAS = 'PAIN_VAS',
  DLQI = 'DLQI',
  MASI = 'MASI',
  MMASI = 'MMASI',
  GLOGAU = 'GLOGAU',
}

export enum Assessor {
  CLINICIAN = 'CLINICIAN',
  PATIENT = 'PATIENT',
}

/**
 * How a scale measures change:
 * - BASELINE: a level measured at baseline and after sessions; change = follow-up - baseline.
 * - RATED_CHANGE: the rating is itself a judgement of change against the start (GAIS); no
 *   baseline is recorded, and change is the rating minus the scale's "no change" value.
 * - PER_SESSION: a value of the session itself (procedural pain); no baseline, no change.
 */
export type ChangeMode = 'BASELINE' | 'RATED_CHANGE' | 'PER_SESSION';

export interface ScaleRule {
  /** Inclusive range; max null: no upper bound. */
  min: number;
  max: number | null;
  /** Whole numbers only (grades, counts); otherwise at most one decimal. */
  integer: boolean;
  /** -1: lower is better (grades, indices, pain); 1: higher is better (satisfaction). */
  direction: -1 | 1;
  /** The smallest change that counts as an improvement: one grade, or the scale's minimal (clinically important) difference. */
  minimalDifference: number;
  mode: ChangeMode;
  /** RATED_CHANGE: the value that means "no change". */
  neutral: number | null;
  /** Who may assess it. */
  assessors: readonly Assessor[];
  /** The concerns it measures; null: any course (global or patient-reported scales). */
  concerns: readonly SkinConcern[] | null;
  /** The version stored when the request names none. */
  defaultVersion: string;
  /** How the scale is described to people. */
  label: string;
}

const CLINICIAN_ONLY = [Assessor.CLINICIAN] as const;
const PATIENT_ONLY = [Assessor.PATIENT] as const;
const PIGMENT = [SkinConcern.MELASMA, SkinConcern.HYPERPIGMENTATION, SkinConcern.UNEVEN_SKIN_TONE] as const;
const AGEING = [
  SkinConcern.FINE_LINES_AND_WRINKLES,
  SkinConcern.SKIN_ELASTICITY,
  SkinConcern.SKIN_LAXITY,
  SkinConcern.SKIN_TEXTURE,
  SkinConcern.DULLNESS,
] as const;

export const SCALE_RULES: Readonly<Record<OutcomeScale, ScaleRule>> = {
  GOODMAN_BARON_QUALITATIVE: {
    min: 1,
    max: 4,
    integer: true,
    direction: -1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: CLINICIAN_ONLY,
    concerns: [SkinConcern.ACNE_SCARS],
    defaultVersion: 'Goodman & Baron 2006 qualitative',
    label: 'Goodman & Baron qualitative acne scar grade (1-4)',
  },
  GOODMAN_BARON_QUANTITATIVE: {
    min: 0,
    max: null,
    integer: true,
    direction: -1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: CLINICIAN_ONLY,
    concerns: [SkinConcern.ACNE_SCARS],
    defaultVersion: 'Goodman & Baron 2006 quantitative',
    label: 'Goodman & Baron quantitative acne scar score (whole number >= 0)',
  },
  GAIS: {
    min: 1,
    max: 5,
    integer: true,
    direction: -1,
    minimalDifference: 1,
    mode: 'RATED_CHANGE',
    // 1 very much improved, 2 much improved, 3 improved, 4 no change, 5 worse.
    neutral: 4,
    assessors: [Assessor.CLINICIAN, Assessor.PATIENT],
    concerns: null,
    defaultVersion: 'GAIS 5-point',
    label: 'Global Aesthetic Improvement Scale (1 very much improved ... 4 no change, 5 worse)',
  },
  SATISFACTION: {
    min: 0,
    max: 10,
    integer: true,
    direction: 1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: PATIENT_ONLY,
    concerns: null,
    defaultVersion: '0-10 numeric rating',
    label: "Patient's satisfaction with the treated area (0-10, higher is better)",
  },
  PAIN_VAS: {
    min: 0,
    max: 10,
    integer: false,
    direction: -1,
    minimalDifference: 2,
    mode: 'PER_SESSION',
    neutral: null,
    assessors: PATIENT_ONLY,
    concerns: null,
    defaultVersion: 'VAS 0-10',
    label: 'Pain during the session, visual analogue scale (0-10)',
  },
  DLQI: {
    min: 0,
    max: 30,
    integer: true,
    direction: -1,
    // The published minimal clinically important difference of the DLQI.
    minimalDifference: 4,
    mode: 'BASELINE',
    neutral: null,
    assessors: PATIENT_ONLY,
    concerns: null,
    defaultVersion: 'DLQI (Finlay & Khan 1994)',
    label: 'Dermatology Life Quality Index (0-30)',
  },
  MASI: {
    min: 0,
    max: 48,
    integer: false,
    direction: -1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: CLINICIAN_ONLY,
    concerns: PIGMENT,
    defaultVersion: 'MASI (Kimbrough-Green 1994)',
    label: 'Melasma Area and Severity Index (0-48)',
  },
  MMASI: {
    min: 0,
    max: 24,
    integer: false,
    direction: -1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: CLINICIAN_ONLY,
    concerns: PIGMENT,
    defaultVersion: 'mMASI (Pandya 2011)',
    label: 'Modified MASI (0-24)',
  },
  GLOGAU: {
    min: 1,
    max: 4,
    integer: true,
    direction: -1,
    minimalDifference: 1,
    mode: 'BASELINE',
    neutral: null,
    assessors: CLINICIAN_ONLY,
    concerns: AGEING,
    defaultVersion: 'Glogau 1996',
    label: 'Glogau photo-ageing type (I-IV as 1-4)',
  },
};

export const SCALES = Object.keys(SCALE_RULES) as OutcomeScale[];

export type MeasurementProblem =
  | { kind: 'NOT_A_NUMBER' }
  | { kind: 'OUT_OF_RANGE'; min: number; max: number | null }
  | { kind: 'NOT_WHOLE' }
  | { kind: 'TOO_PRECISE' }
  | { kind: 'ASSESSOR'; allowed: readonly Assessor[] }
  | { kind: 'CONCERNS'; fits: readonly SkinConcern[] }
  | { kind: 'NO_BASELINE_FOR_SCALE'; mode: ChangeMode };

/** Problems of a value on a scale (range, whole numbers, precision). */
export function valueProblems(scale: OutcomeScale, value: number): MeasurementProblem[] {
  const rule = SCALE_RULES[scale];
  if (!Number.isFinite(value)) return [{ kind: 'NOT_A_NUMBER' }];
  if (value < rule.min || (rule.max !== null && value > rule.max)) return [{ kind: 'OUT_OF_RANGE', min: rule.min, max: rule.max }];
  if (rule.integer && !Number.isInteger(value)) return [{ kind: 'NOT_WHOLE' }];
  // One decimal: 12.3 passes, 12.34 does not (tolerating binary floating point).
  if (!rule.integer && Math.abs(value * 10 - Math.round(value * 10)) > 1e-9) return [{ kind: 'TOO_PRECISE' }];
  return [];
}

/** Whether `assessor` may rate the scale. */
export function assessorProblem(scale: OutcomeScale, assessor: Assessor): MeasurementProblem | null {
  const { assessors } = SCALE_RULES[scale];
  return assessors.includes(assessor) ? null : { kind: 'ASSESSOR', allowed: assessors };
}

/** Whether the scale measures one of the course's target concerns. */
export function concernProblem(scale: OutcomeScale, targetConcerns: readonly string[]): MeasurementProblem | null {
  const { concerns } = SCALE_RULES[scale];
  if (concerns === null || concerns.some((c) => targetConcerns.includes(c))) return null;
  return { kind: 'CONCERNS', fits: concerns };
}

/** Whether a baseline may be recorded on the scale (only BASELINE scales have one). */
export function baselineProblem(scale: OutcomeScale): MeasurementProblem | null {
  const { mode } = SCALE_RULES[scale];
  return mode === 'BASELINE' ? null : { kind: 'NO_BASELINE_FOR_SCALE', mode };
}

/** Whether a follow-up on the scale needs a recorded baseline first. */
export function needsBaseline(scale: OutcomeScale): boolean {
  return SCALE_RULES[scale].mode === 'BASELINE';
}

/**
 * The change a follow-up shows: follow-up - baseline (BASELINE), rating - "no change"
 * (RATED_CHANGE), none (PER_SESSION, or a BASELINE scale without its baseline).
 */
export function changeOf(scale: OutcomeScale, value: number, baseline: number | null): number | null {
  const rule = SCALE_RULES[scale];
  if (rule.mode === 'RATED_CHANGE') return value - rule.neutral!;
  if (rule.mode === 'BASELINE' && baseline !== null) return value - baseline;
  return null;
}

/** Whether a change is an improvement by at least the scale's minimal difference, in the scale's better direction. */
export function isImprovement(scale: OutcomeScale, change: number): boolean {
  const rule = SCALE_RULES[scale];
  return rule.direction * change >= rule.minimalDifference - 1e-9;
}

/** A message for people about a problem, naming the scale. */
export function describeProblem(scale: OutcomeScale, problem: MeasurementProblem): string {
  const { label } = SCALE_RULES[scale];
  switch (problem.kind) {
    case 'NOT_A_NUMBER':
      return `Give a number on the ${label}.`;
    case 'OUT_OF_RANGE':
      return problem.max === null
        ? `The ${label} takes values from ${problem.min}.`
        : `The ${label} takes values from ${problem.min} to ${problem.max}.`;
    case 'NOT_WHOLE':
      return `The ${label} takes whole numbers only.`;
    case 'TOO_PRECISE':
      return `The ${label} is recorded with at most one decimal.`;
    case 'ASSESSOR':
      return `The ${label} is assessed by ${problem.allowed.map((a) => a.toLowerCase()).join(' or ')} only.`;
    case 'CONCERNS':
      return `The ${label} does not measure the course's concerns; it fits ${problem.fits.join(', ')}.`;
    case 'NO_BASELINE_FOR_SCALE':
      return problem.mode === 'RATED_CHANGE'
        ? `The ${label} rates the change since the start itself: record it after a session, not as a baseline.`
        : `The ${label} rates a session: record it after a session, not as a baseline.`;
  }
}

/** SQL literal of a number (finite constants of this file only). */
function sqlNumber(n: number | null): string {
  return n === null ? 'NULL::numeric' : `${n}::numeric`;
}

/**
 * The scales as a SQL VALUES list `(scale, direction, minimal_difference, mode, neutral)`,
 * generated from SCALE_RULES for the analytics statement (constants only: no user input).
 */
export function scaleRulesValues(): string {
  return SCALES.map((scale) => {
    const r = SCALE_RULES[scale];
    return `('${scale}', ${r.direction}, ${sqlNumber(r.minimalDifference)}, '${r.mode}', ${sqlNumber(r.neutral)})`;
  }).join(', ');
}

export enum AdverseEventKind {
  ERYTHEMA = 'ERYTHEMA',
  OEDEMA = 'OEDEMA',
  PAIN = 'PAIN',
  PEELING = 'PEELING',
  PIH = 'PIH',
  TRAM_TRACK_SCARRING = 'TRAM_TRACK_SCARRING',
  INFECTION = 'INFECTION',
  GRANULOMA = 'GRANULOMA',
}
export const ADVERSE_EVENT_KINDS = Object.values(AdverseEventKind);

export enum AdverseEventSeverity {
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
}

export enum OutcomeArea {
  FACE = 'FACE',
  FOREHEAD = 'FOREHEAD',
  AROUND_EYES = 'AROUND_EYES',
  CHEEKS = 'CHEEKS',
  NOSE = 'NOSE',
  CHIN = 'CHIN',
  NECK = 'NECK',
  DECOLLETAGE = 'DECOLLETAGE',
  HANDS = 'HANDS',
  ABDOMEN = 'ABDOMEN',
  THIGHS = 'THIGHS',
  SCALP = 'SCALP',
  OTHER = 'OTHER',
}

export enum PhotoAngle {
  FRONT = 'FRONT',
  LEFT_45 = 'LEFT_45',
  RIGHT_45 = 'RIGHT_45',
  LEFT_90 = 'LEFT_90',
  RIGHT_90 = 'RIGHT_90',
  CLOSE_UP = 'CLOSE_UP',
  OTHER = 'OTHER',
}

/** The window of an adverse event: onset not before the session starts, nor in the future; resolution not before onset. */
export function adverseEventTimeProblems(
  sessionStartsAt: Date,
  onsetAt: Date,
  resolvedAt: Date | null,
  now: Date,
): Array<{ field: 'onsetAt' | 'resolvedAt'; message: string }> {
  const problems: Array<{ field: 'onsetAt' | 'resolvedAt'; message: string }> = [];
  if (onsetAt.getTime() < sessionStartsAt.getTime()) problems.push({ field: 'onsetAt', message: 'The onset cannot precede the session.' });
  if (onsetAt.getTime() > now.getTime()) problems.push({ field: 'onsetAt', message: 'The onset cannot lie in the future.' });
  if (resolvedAt) {
    if (resolvedAt.getTime() < onsetAt.getTime()) problems.push({ field: 'resolvedAt', message: 'An event resolves after its onset.' });
    if (resolvedAt.getTime() > now.getTime()) problems.push({ field: 'resolvedAt', message: 'The resolution cannot lie in the future.' });
  }
  return problems;
}
