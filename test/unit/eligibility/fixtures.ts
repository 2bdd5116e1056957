/** Inputs for the eligibility evaluator: the library's real rules, a clean screening, default settings. */
import library from '../../../src/db/demo-data/treatment-library.json';
import { FitzpatrickType } from '../../../src/modules/catalog/catalog.enums';
import { EligibilityRule } from '../../../src/modules/eligibility/eligibility-rule';
import { parseEligibilityRules } from '../../../src/modules/eligibility/eligibility-rule-validation';
import { EligibilityInput, EligibilityReason, TreatmentEligibilityRules } from '../../../src/modules/eligibility/evaluate-eligibility';
import { ScreeningAnswers } from '../../../src/modules/patient/screening-answers';

export const LIBRARY_SLUGS = library.treatments.map((t) => t.slug);

/** A library treatment with its rules, as the library file declares them (validated like the loader does). */
export function libraryTreatment(slug: string): TreatmentEligibilityRules {
  const entry = library.treatments.find((t) => t.slug === slug);
  if (!entry) throw new Error(`no library treatment ${slug}`);
  return { slug, rules: parseEligibilityRules(entry.eligibilityRules, slug) };
}

/** Every rule of every library treatment, for table-driven tests. */
export function everyLibraryRule(): Array<[string, EligibilityRule['code'], EligibilityRule]> {
  return LIBRARY_SLUGS.flatMap((slug) =>
    libraryTreatment(slug).rules.map((rule): [string, EligibilityRule['code'], EligibilityRule] => [slug, rule.code, rule]),
  );
}

/** Answers with nothing to report. */
export function cleanAnswers(overrides: Partial<ScreeningAnswers> = {}): ScreeningAnswers {
  return {
    activeInfectionAtSite: false,
    activeAcne: false,
    keloidTendency: false,
    immunosuppression: false,
    anticoagulants: false,
    bleedingOrPlateletDisorder: false,
    pregnantOrBreastfeeding: false,
    herpesHistory: false,
    isotretinoinLastDoseOn: null,
    retinoidOrAcidLastUsedOn: null,
    recentSunburnOrTanning: false,
    allergies: [],
    medications: [],
    previousProcedures: [],
    ...overrides,
  };
}

export const SESSION_ON = '2025-06-10';

/** A patient of skin type II screened a week before the session, no clearances, default settings. */
export function eligibilityInput(treatments: string[], overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    treatments: treatments.map(libraryTreatment),
    screening: { answers: cleanAnswers(), screenedOn: '2025-06-03' },
    skinType: FitzpatrickType.II,
    settings: { isotretinoinWashoutMonths: 6, retinoidWashoutDays: 7, screeningValidDays: 180 },
    sessionOn: SESSION_ON,
    clearances: [],
    ...overrides,
  };
}

/** The same input with these screening answers. */
export function answering(
  treatments: string[],
  answers: Partial<ScreeningAnswers>,
  overrides: Partial<EligibilityInput> = {},
): EligibilityInput {
  return eligibilityInput(treatments, { screening: { answers: cleanAnswers(answers), screenedOn: '2025-06-03' }, ...overrides });
}

/** Reasons as "CODE@slug" (or "CODE" for the screening's own), for compact expectations. */
export function codes(reasons: EligibilityReason[]): string[] {
  return reasons.map((r) => (r.treatmentSlug ? `${r.code}@${r.treatmentSlug}` : r.code));
}
