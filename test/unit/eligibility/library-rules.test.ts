/**
 * Each rule of each library treatment, one at a time: the answer that triggers it gives
 * exactly its reason, with the answer behind it, and the verdict its severity implies.
 */
import { EligibilityRule, isFlagCondition, isWithinMonthsCondition } from '../../../src/modules/eligibility/eligibility-rule';
import { EligibilitySeverity, EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility, EligibilityInput } from '../../../src/modules/eligibility/evaluate-eligibility';
import { addCalendarMonths, addDays } from '../../../src/modules/eligibility/local-date';
import { answering, eligibilityInput, everyLibraryRule, LIBRARY_SLUGS, SESSION_ON } from './fixtures';
import library from '../../../src/db/demo-data/treatment-library.json';

const VERDICT_OF: Record<EligibilitySeverity, EligibilityVerdict> = {
  ABSOLUTE: EligibilityVerdict.INELIGIBLE,
  RELATIVE: EligibilityVerdict.NEEDS_CLEARANCE,
  WARNING: EligibilityVerdict.ELIGIBLE,
};

/** An input in which `rule` (and, for a well-formed treatment, only it) applies, and the answer behind it. */
function triggering(slug: string, rule: EligibilityRule): { input: EligibilityInput; answer: { field: string; value: unknown } } {
  const when = rule.when;
  if (isFlagCondition(when)) return { input: answering([slug], { [when.flag]: true }), answer: { field: when.flag, value: true } };
  if ('skinTypes' in when) {
    const skinType = when.skinTypes[0];
    return { input: eligibilityInput([slug], { skinType }), answer: { field: 'fitzpatrickType', value: skinType } };
  }
  const months = isWithinMonthsCondition(when);
  const field = months ? when.withinMonthsOf : when.withinDaysOf;
  // One month (or two days) ago: inside every default waiting period.
  const since = months ? addCalendarMonths(SESSION_ON, -1) : addDays(SESSION_ON, -2);
  return { input: answering([slug], { [field]: since }), answer: { field, value: since } };
}

describe.each(everyLibraryRule())('%s: %s', (slug, code, rule) => {
  test(`its trigger gives the reason ${code} alone, and the verdict its severity implies`, () => {
    // given the one answer that triggers the rule
    const { input, answer } = triggering(slug, rule);
    // when
    const result = evaluateEligibility(input);
    // then
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code,
        severity: rule.severity,
        treatmentSlug: slug,
        answer,
        message: rule.message,
        advice: rule.advice,
        cleared: false,
      }),
    ]);
    expect(result.verdict).toBe(VERDICT_OF[rule.severity]);
  });
});

test.each(LIBRARY_SLUGS)('%s: a clean screening and skin type II give ELIGIBLE with no reason', (slug) => {
  expect(evaluateEligibility(eligibilityInput([slug]))).toEqual({ verdict: EligibilityVerdict.ELIGIBLE, reasons: [] });
});

/** Contraindications the questionnaire does not ask about, so no rule can read them. */
const NOT_ASKED = new Set(['SEVERE_SKIN_CONDITION', 'SEPSIS']);

test.each(library.treatments.map((t) => [t.slug, t] as const))(
  '%s: every contraindication it publishes is a rule of the same severity',
  (_slug, treatment) => {
    const rules = new Map(treatment.eligibilityRules.map((r) => [r.code, r.severity]));
    for (const c of treatment.contraindications.filter((c) => !NOT_ASKED.has(c.condition))) {
      expect([c.condition, rules.get(c.condition)]).toEqual([c.condition, c.severity]);
    }
  },
);

test.each(library.treatments.map((t) => [t.slug, t] as const))(
  '%s: the skin types it publishes with a caution are exactly those its rules warn about',
  (_slug, treatment) => {
    const cautioned = treatment.skinTypes.filter((s) => s.suitability !== 'SUITABLE').map((s) => s.skinType);
    const warned = treatment.eligibilityRules.flatMap((r) => ('skinTypes' in r.when ? r.when.skinTypes : []));
    expect(warned).toEqual(cautioned);
  },
);

test('the peels and RF microneedling warn about skin types; microneedling and PRP suit every type', () => {
  const warns = LIBRARY_SLUGS.filter((slug) =>
    library.treatments.find((t) => t.slug === slug)!.eligibilityRules.some((r) => r.code === 'SKIN_TYPE_PIGMENTATION_RISK'),
  );
  expect(warns).toEqual(['chemical-peel-glycolic', 'chemical-peel-salicylic', 'chemical-peel-tca', 'rf-microneedling']);
});
