/** The closed vocabularies of the treatment catalog, documented for clients. */
import { registerEnumType } from 'type-graphql';

export enum SkinConcern {
  FINE_LINES_AND_WRINKLES = 'FINE_LINES_AND_WRINKLES',
  ACNE_SCARS = 'ACNE_SCARS',
  ACTIVE_ACNE = 'ACTIVE_ACNE',
  ENLARGED_PORES = 'ENLARGED_PORES',
  UNEVEN_SKIN_TONE = 'UNEVEN_SKIN_TONE',
  HYPERPIGMENTATION = 'HYPERPIGMENTATION',
  MELASMA = 'MELASMA',
  STRETCH_MARKS = 'STRETCH_MARKS',
  SKIN_ELASTICITY = 'SKIN_ELASTICITY',
  SKIN_TEXTURE = 'SKIN_TEXTURE',
  SKIN_LAXITY = 'SKIN_LAXITY',
  DULLNESS = 'DULLNESS',
  HAIR_THINNING = 'HAIR_THINNING',
}
registerEnumType(SkinConcern, {
  name: 'SkinConcern',
  description: 'A skin concern a treatment addresses and a course targets.',
  valuesConfig: {
    FINE_LINES_AND_WRINKLES: { description: 'Fine lines and wrinkles.' },
    ACNE_SCARS: { description: 'Atrophic acne scars (ice-pick, boxcar, rolling).' },
    ACTIVE_ACNE: { description: 'Active acne and congested skin.' },
    ENLARGED_PORES: { description: 'Enlarged or visible pores.' },
    UNEVEN_SKIN_TONE: { description: 'Uneven skin tone and pigmentation irregularities.' },
    HYPERPIGMENTATION: { description: 'Sun spots and post-inflammatory hyperpigmentation.' },
    MELASMA: { description: 'Melasma.' },
    STRETCH_MARKS: { description: 'Stretch marks (striae).' },
    SKIN_ELASTICITY: { description: 'Loss of skin elasticity and firmness.' },
    SKIN_TEXTURE: { description: 'Rough or uneven skin texture.' },
    SKIN_LAXITY: { description: 'Mild skin laxity (sagging).' },
    DULLNESS: { description: 'Dull, tired-looking skin.' },
    HAIR_THINNING: { description: 'Thinning hair (e.g. PRP for the scalp).' },
  },
});

export enum FitzpatrickType {
  I = 'I',
  II = 'II',
  III = 'III',
  IV = 'IV',
  V = 'V',
  VI = 'VI',
}
registerEnumType(FitzpatrickType, {
  name: 'FitzpatrickType',
  description: 'Fitzpatrick skin phototype, from I (always burns, never tans) to VI (never burns, deeply pigmented).',
  valuesConfig: {
    I: { description: 'Type I: pale white skin; always burns, never tans.' },
    II: { description: 'Type II: white skin; usually burns, tans minimally.' },
    III: { description: 'Type III: light brown skin; sometimes burns, tans uniformly.' },
    IV: { description: 'Type IV: moderate brown skin; rarely burns, tans well.' },
    V: { description: 'Type V: dark brown skin; very rarely burns.' },
    VI: { description: 'Type VI: deeply pigmented dark brown to black skin; never burns.' },
  },
});

export enum TreatmentCategory {
  MICRONEEDLING = 'MICRONEEDLING',
  PLATELET_RICH_PLASMA = 'PLATELET_RICH_PLASMA',
  CHEMICAL_PEEL = 'CHEMICAL_PEEL',
  RADIOFREQUENCY_MICRONEEDLING = 'RADIOFREQUENCY_MICRONEEDLING',
}
registerEnumType(TreatmentCategory, {
  name: 'TreatmentCategory',
  description: 'The family a treatment belongs to.',
  valuesConfig: {
    MICRONEEDLING: { description: 'Collagen induction with fine needles.' },
    PLATELET_RICH_PLASMA: { description: "Platelet-rich plasma prepared from the patient's own blood." },
    CHEMICAL_PEEL: { description: 'Chemical exfoliation with acids (glycolic, salicylic, TCA...).' },
    RADIOFREQUENCY_MICRONEEDLING: { description: 'Microneedling that delivers radiofrequency energy through the needles.' },
  },
});

export enum Invasiveness {
  NON_INVASIVE = 'NON_INVASIVE',
  MINIMALLY_INVASIVE = 'MINIMALLY_INVASIVE',
  INVASIVE = 'INVASIVE',
}
registerEnumType(Invasiveness, {
  name: 'Invasiveness',
  description: 'How far a treatment enters the body.',
  valuesConfig: {
    NON_INVASIVE: { description: 'Acts on the skin surface only.' },
    MINIMALLY_INVASIVE: { description: 'Breaks the skin in a controlled way (needles, injections), without surgery.' },
    INVASIVE: { description: 'Surgical.' },
  },
});

export enum SkinTypeSuitability {
  SUITABLE = 'SUITABLE',
  CAUTION = 'CAUTION',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
}
registerEnumType(SkinTypeSuitability, {
  name: 'SkinTypeSuitability',
  description: 'How suitable a treatment is for a skin type.',
  valuesConfig: {
    SUITABLE: { description: 'Suitable without extra precautions.' },
    CAUTION: { description: 'Possible, with a documented higher risk (see the note); the practitioner must weigh it.' },
    NOT_RECOMMENDED: { description: 'Not recommended for this skin type.' },
  },
});

export enum ContraindicationSeverity {
  ABSOLUTE = 'ABSOLUTE',
  RELATIVE = 'RELATIVE',
}
registerEnumType(ContraindicationSeverity, {
  name: 'ContraindicationSeverity',
  description: "Whether a contraindication blocks a treatment or requires a practitioner's clearance.",
  valuesConfig: {
    ABSOLUTE: { description: 'Blocks the treatment.' },
    RELATIVE: { description: 'Allowed only after a practitioner (or dermatologist) has cleared the patient.' },
  },
});

export enum Contraindication {
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
}
registerEnumType(Contraindication, {
  name: 'Contraindication',
  description: 'A condition that rules a treatment out or requires clearance first (screening questionnaire answers map to these).',
  valuesConfig: {
    ACTIVE_INFECTION: { description: 'Active skin infection at the treatment site.' },
    SEVERE_SKIN_CONDITION: { description: 'Severe skin condition such as eczema or psoriasis flare at the site.' },
    ACTIVE_ACNE: { description: 'Active inflammatory acne at the site.' },
    KELOID_TENDENCY: { description: 'History of keloid or hypertrophic scarring.' },
    IMMUNOSUPPRESSION: { description: 'Immunosuppressed (disease or medication).' },
    ANTICOAGULANTS: { description: 'Taking anticoagulant or antiplatelet medication.' },
    PREGNANCY_OR_BREASTFEEDING: { description: 'Pregnant or breastfeeding.' },
    HERPES_HISTORY: { description: 'History of cold sores (herpes simplex); antiviral cover needed.' },
    RECENT_ISOTRETINOIN: { description: "Oral isotretinoin within the organization's configured number of months." },
    RECENT_RETINOIDS: { description: 'Topical retinoids within the last days before the treatment.' },
    RECENT_SUNBURN: { description: 'Recent sunburn at the site.' },
    SEPSIS: { description: 'Sepsis or systemic infection.' },
    PLATELET_DYSFUNCTION: { description: 'Platelet dysfunction syndrome or critical thrombocytopenia.' },
  },
});

export enum DiscomfortLevel {
  NONE = 'NONE',
  MILD = 'MILD',
  MODERATE = 'MODERATE',
  SIGNIFICANT = 'SIGNIFICANT',
}
registerEnumType(DiscomfortLevel, {
  name: 'DiscomfortLevel',
  description: 'Discomfort a patient can expect during a treatment.',
  valuesConfig: {
    NONE: { description: 'No discomfort.' },
    MILD: { description: 'Mild discomfort.' },
    MODERATE: { description: 'Moderate discomfort.' },
    SIGNIFICANT: { description: 'Significant discomfort; pain relief is planned.' },
  },
});

export enum ProtocolKind {
  SINGLE = 'SINGLE',
  SAME_VISIT = 'SAME_VISIT',
  ALTERNATING = 'ALTERNATING',
}
registerEnumType(ProtocolKind, {
  name: 'ProtocolKind',
  description: 'How the steps of a protocol are scheduled.',
  valuesConfig: {
    SINGLE: { description: 'One treatment per session.' },
    SAME_VISIT: { description: 'All steps are performed in the same visit, in order.' },
    ALTERNATING: { description: 'Steps take turns on separate visits, each keeping its minimum gap after the previous one.' },
  },
});
