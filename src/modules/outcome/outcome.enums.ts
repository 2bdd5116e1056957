/** The closed vocabularies of outcomes, adverse events, photos and analytics, as GraphQL enums. */
import { registerEnumType } from 'type-graphql';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS } from '../../common/user-errors';
import { AdverseEventKind, AdverseEventSeverity, Assessor, OutcomeArea, OutcomeScale, PhotoAngle, SCALE_RULES } from './outcome.rules';

const scaleDescription = (scale: OutcomeScale): string => {
  const r = SCALE_RULES[scale];
  const better = r.direction < 0 ? 'lower is better' : 'higher is better';
  const change =
    r.mode === 'BASELINE'
      ? 'measured at baseline and after sessions'
      : r.mode === 'RATED_CHANGE'
        ? `rates the change since the start itself (no baseline; ${r.neutral} means no change)`
        : 'rates a session (no baseline, no change)';
  return `${r.label}; ${better}; ${change}; an improvement is at least ${r.minimalDifference}; assessed by ${r.assessors
    .map((a) => a.toLowerCase())
    .join(' or ')}.`;
};

registerEnumType(OutcomeScale, {
  name: 'OutcomeScale',
  description: 'A validated outcome scale; values are stored as numbers with the scale and its version.',
  valuesConfig: Object.fromEntries(Object.values(OutcomeScale).map((s) => [s, { description: scaleDescription(s) }])),
});

registerEnumType(Assessor, {
  name: 'OutcomeAssessor',
  description: 'Who assessed a measurement.',
  valuesConfig: {
    CLINICIAN: { description: 'A practitioner (named on the measurement).' },
    PATIENT: { description: 'The patient (patient-reported scales).' },
  },
});

registerEnumType(OutcomeArea, {
  name: 'OutcomeArea',
  description: 'The area a measurement or photo concerns.',
  valuesConfig: {
    FACE: { description: 'The whole face.' },
    FOREHEAD: { description: 'Forehead.' },
    AROUND_EYES: { description: 'Around the eyes.' },
    CHEEKS: { description: 'Cheeks.' },
    NOSE: { description: 'Nose.' },
    CHIN: { description: 'Chin and jawline.' },
    NECK: { description: 'Neck.' },
    DECOLLETAGE: { description: 'Décolletage.' },
    HANDS: { description: 'Backs of the hands.' },
    ABDOMEN: { description: 'Abdomen (e.g. stretch marks).' },
    THIGHS: { description: 'Thighs (e.g. stretch marks).' },
    SCALP: { description: 'Scalp.' },
    OTHER: { description: 'Another area.' },
  },
});

registerEnumType(AdverseEventKind, {
  name: 'AdverseEventKind',
  description: 'What kind of adverse event.',
  valuesConfig: {
    ERYTHEMA: { description: 'Redness beyond the expected 1-2 days.' },
    OEDEMA: { description: 'Swelling.' },
    PAIN: { description: 'Pain after the session.' },
    PEELING: { description: 'Peeling or flaking.' },
    PIH: { description: 'Post-inflammatory hyperpigmentation.' },
    TRAM_TRACK_SCARRING: { description: 'Tram-track scarring from the needle pattern.' },
    INFECTION: { description: 'Infection at the treated site.' },
    GRANULOMA: { description: 'Granuloma (foreign-body reaction, e.g. to a topical product).' },
  },
});

registerEnumType(AdverseEventSeverity, {
  name: 'AdverseEventSeverity',
  description: 'How severe an adverse event was.',
  valuesConfig: {
    MILD: { description: 'Noticeable, no treatment needed.' },
    MODERATE: { description: 'Needed care or limited daily activities.' },
    SEVERE: { description: 'Needed medical treatment or prevented daily activities.' },
  },
});

registerEnumType(PhotoAngle, {
  name: 'PhotoAngle',
  description: 'The angle a photo was taken from.',
  valuesConfig: {
    FRONT: { description: 'Frontal.' },
    LEFT_45: { description: 'Left oblique (45 degrees).' },
    RIGHT_45: { description: 'Right oblique (45 degrees).' },
    LEFT_90: { description: 'Left profile.' },
    RIGHT_90: { description: 'Right profile.' },
    CLOSE_UP: { description: 'Close-up of a lesion or area.' },
    OTHER: { description: 'Another angle.' },
  },
});

export enum AnalyticsDimension {
  PROTOCOL = 'PROTOCOL',
  CLINIC = 'CLINIC',
  PRACTITIONER = 'PRACTITIONER',
  SKIN_TYPE = 'SKIN_TYPE',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsDimension, {
  name: 'OutcomeAnalyticsDimension',
  description: 'What outcome analytics groups courses by.',
  valuesConfig: {
    PROTOCOL: { description: "The course's protocol." },
    CLINIC: { description: "The course's clinic." },
    PRACTITIONER: { description: "The course's lead practitioner (by id only)." },
    SKIN_TYPE: { description: "The patient's Fitzpatrick skin type (null: not recorded)." },
    MONTH: { description: "The month the course started, in the clinic's time zone (YYYY-MM)." },
  },
});

export const OutcomeErrorCode = {
  ...COMMON_ERROR_CODES,
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  SCALE_NOT_FOR_COURSE: 'SCALE_NOT_FOR_COURSE',
  WRONG_ASSESSOR: 'WRONG_ASSESSOR',
  NO_BASELINE: 'NO_BASELINE',
  BASELINE_NOT_APPLICABLE: 'BASELINE_NOT_APPLICABLE',
  BASELINE_TOO_LATE: 'BASELINE_TOO_LATE',
  SESSION_NOT_COMPLETED: 'SESSION_NOT_COMPLETED',
  ALREADY_RECORDED: 'ALREADY_RECORDED',
  NO_PHOTO_CONSENT: 'NO_PHOTO_CONSENT',
} as const;
registerEnumType(OutcomeErrorCode, {
  name: 'OutcomeErrorCode',
  description: 'Why an outcome, adverse event or photo mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    OUT_OF_RANGE: { description: "The value lies outside the scale's range, or is not a whole number where the scale needs one." },
    SCALE_NOT_FOR_COURSE: { description: "The scale does not measure any of the course's target concerns." },
    WRONG_ASSESSOR: { description: 'The scale is not assessed by this assessor (e.g. a clinician scale rated by the patient).' },
    NO_BASELINE: { description: 'A follow-up on a baseline scale needs the baseline of the same course, scale, area and assessor first.' },
    BASELINE_NOT_APPLICABLE: { description: 'The scale has no baseline (GAIS rates change itself; pain rates a session).' },
    BASELINE_TOO_LATE: { description: 'A baseline is assessed before the first treated session of the course.' },
    SESSION_NOT_COMPLETED: {
      description: 'Follow-ups are recorded after a completed session; adverse events and photos on a session that took place.',
    },
    ALREADY_RECORDED: { description: 'This course (baseline) or session already has a value of this scale, area and assessor.' },
    NO_PHOTO_CONSENT: { description: 'The patient had no photo consent in force when the photo was taken.' },
  },
});
