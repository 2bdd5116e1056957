/** The closed vocabularies of eligibility: reason codes, severities, verdicts, waiting-period units. */
import { registerEnumType } from 'type-graphql';

/**
 * Why a patient may not (or may only with care) receive a treatment. The contraindication
 * codes match the catalog's `Contraindication` vocabulary; the last four are produced by
 * the evaluator itself (skin type, screening validity).
 */
export enum EligibilityReasonCode {
  ACTIVE_INFECTION = 'ACTIVE_INFECTION',
  SEVERE_SKIN_CONDITION = 'SEVERE_SKIN_CONDITION',
  ACTIVE_ACNE = 'ACTIVE_ACNE',
  KELOID_TENDENCY = 'KELOID_TENDENCY',
  IMMUNOSUPPRESSION = 'IMMUNOSUPPRESSION',
  ANTICOAGULANTS = 'ANTICOAGULANTS',
  PREGNANCY_OR_BREASTFEEDING = 'PREGNANCY_OR_BREASTFEEDING',
  HERPES_HISTORY = 'HERPES_HISTORY',
  RECENT_ISOTRETINOIN = 'RECENT_ISOTRETINOIN',
  RECENT_RETINOIDS = 'RECENT_RETINOIDS',
  RECENT_SUNBURN = 'RECENT_SUNBURN',
  SEPSIS = 'SEPSIS',
  PLATELET_DYSFUNCTION = 'PLATELET_DYSFUNCTION',
  SKIN_TYPE_PIGMENTATION_RISK = 'SKIN_TYPE_PIGMENTATION_RISK',
  SKIN_TYPE_UNKNOWN = 'SKIN_TYPE_UNKNOWN',
  SCREENING_MISSING = 'SCREENING_MISSING',
  SCREENING_EXPIRED = 'SCREENING_EXPIRED',
}
registerEnumType(EligibilityReasonCode, {
  name: 'EligibilityReasonCode',
  description: 'Why a patient may not, or may only with care, receive a treatment.',
  valuesConfig: {
    ACTIVE_INFECTION: { description: 'Active infection (bacterial, viral, fungal) at or near the treatment site.' },
    SEVERE_SKIN_CONDITION: { description: 'A severe skin condition in the treatment area.' },
    ACTIVE_ACNE: { description: 'Active (inflamed) acne in the treatment area.' },
    KELOID_TENDENCY: { description: 'A tendency to keloid or hypertrophic scarring.' },
    IMMUNOSUPPRESSION: { description: 'Immunosuppression (disease or medication): slower healing, higher infection risk.' },
    ANTICOAGULANTS: { description: 'Anticoagulant or antiplatelet medication: more bleeding and bruising.' },
    PREGNANCY_OR_BREASTFEEDING: { description: 'Pregnancy or breastfeeding.' },
    HERPES_HISTORY: { description: 'A history of cold sores (herpes simplex): antiviral cover may be needed.' },
    RECENT_ISOTRETINOIN: { description: "Oral isotretinoin within the organization's waiting period (months)." },
    RECENT_RETINOIDS: { description: "Topical retinoids or acids within the organization's waiting period before a peel (days)." },
    RECENT_SUNBURN: { description: 'Recent sunburn or tanning.' },
    SEPSIS: { description: 'Sepsis.' },
    PLATELET_DYSFUNCTION: { description: 'A bleeding or platelet disorder.' },
    SKIN_TYPE_PIGMENTATION_RISK: {
      description: "The patient's Fitzpatrick skin type carries a higher risk of pigmentation changes with this treatment.",
    },
    SKIN_TYPE_UNKNOWN: { description: "The treatment has skin-type risks and the patient's Fitzpatrick skin type is not recorded." },
    SCREENING_MISSING: { description: 'The patient has no screening questionnaire on record.' },
    SCREENING_EXPIRED: {
      description: "The patient's latest screening is older than the organization allows on the day of the session; it must be renewed.",
    },
  },
});

/** The codes the evaluator produces itself; a treatment's rules may not use them. */
export const EVALUATOR_CODES: ReadonlySet<EligibilityReasonCode> = new Set([
  EligibilityReasonCode.SKIN_TYPE_UNKNOWN,
  EligibilityReasonCode.SCREENING_MISSING,
  EligibilityReasonCode.SCREENING_EXPIRED,
]);

export enum EligibilitySeverity {
  ABSOLUTE = 'ABSOLUTE',
  RELATIVE = 'RELATIVE',
  WARNING = 'WARNING',
}
registerEnumType(EligibilitySeverity, {
  name: 'EligibilitySeverity',
  description: 'What a reason does to the verdict.',
  valuesConfig: {
    ABSOLUTE: { description: 'Blocks the treatment; no clearance lifts it.' },
    RELATIVE: {
      description: 'Blocks the treatment until a practitioner records a clearance with a note (e.g. after consulting a dermatologist).',
    },
    WARNING: { description: 'Never blocks; the practitioner must know and weigh it (e.g. a higher pigmentation risk for the skin type).' },
  },
});

export enum EligibilityVerdict {
  ELIGIBLE = 'ELIGIBLE',
  NEEDS_CLEARANCE = 'NEEDS_CLEARANCE',
  INELIGIBLE = 'INELIGIBLE',
}
registerEnumType(EligibilityVerdict, {
  name: 'EligibilityVerdict',
  description: 'Whether a patient may receive a protocol on a day.',
  valuesConfig: {
    ELIGIBLE: { description: 'No reason blocks it (warnings may remain).' },
    NEEDS_CLEARANCE: { description: 'Only relative contraindications without a clearance block it: a practitioner may clear them.' },
    INELIGIBLE: { description: 'An absolute contraindication, or a missing or expired screening, blocks it.' },
  },
});

export enum WaitingPeriodUnit {
  DAYS = 'DAYS',
  MONTHS = 'MONTHS',
}
registerEnumType(WaitingPeriodUnit, {
  name: 'WaitingPeriodUnit',
  description: 'How a waiting period is counted from the date of a screening answer.',
  valuesConfig: {
    DAYS: { description: 'Whole days.' },
    MONTHS: { description: "Calendar months (the same day of the month, or the month's last day when it has no such day)." },
  },
});

/** The organization's clinical setting that gives a waiting period its length. */
export enum WaitingPeriodSetting {
  ISOTRETINOIN_WASHOUT_MONTHS = 'isotretinoinWashoutMonths',
  RETINOID_WASHOUT_DAYS = 'retinoidWashoutDays',
}
registerEnumType(WaitingPeriodSetting, {
  name: 'WaitingPeriodSetting',
  description: "The field of the organization's `ClinicalSettings` that gives a waiting period its length.",
  valuesConfig: {
    ISOTRETINOIN_WASHOUT_MONTHS: { description: '`ClinicalSettings.isotretinoinWashoutMonths`, in months.' },
    RETINOID_WASHOUT_DAYS: { description: '`ClinicalSettings.retinoidWashoutDays`, in days.' },
  },
});
