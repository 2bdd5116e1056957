/**
 * The contraindication questionnaire's structured answers, as a patient's screening
 * records them (dated by the screening itself). Eligibility rules read these fields by
 * name; the screening area stores them. Dates are "YYYY-MM-DD" (LocalDate).
 */
export interface PreviousProcedure {
  /** What was done, e.g. "chemical peel" or "laser resurfacing". */
  procedure: string;
  performedOn: string;
}

export interface ScreeningAnswers {
  /** Active infection (bacterial, viral, fungal) at or near the treatment site. */
  activeInfectionAtSite: boolean;
  activeAcne: boolean;
  keloidTendency: boolean;
  immunosuppression: boolean;
  anticoagulants: boolean;
  bleedingOrPlateletDisorder: boolean;
  pregnantOrBreastfeeding: boolean;
  herpesHistory: boolean;
  /** Last dose of isotretinoin, or null when never taken. */
  isotretinoinLastDoseOn: string | null;
  /** Last use of topical retinoids or acids (AHA/BHA), or null when none. */
  retinoidOrAcidLastUsedOn: string | null;
  recentSunburnOrTanning: boolean;
  allergies: string[];
  medications: string[];
  previousProcedures: PreviousProcedure[];
}

/** The boolean answers, by name: what a rule may test as "present". */
export type ScreeningFlag = {
  [K in keyof ScreeningAnswers]: ScreeningAnswers[K] extends boolean ? K : never;
}[keyof ScreeningAnswers];
