/** Rules that fail validation are refused, each problem named, before anything stores or evaluates them. */
import {
  eligibilityRuleProblems,
  InvalidEligibilityRulesError,
  parseEligibilityRules,
} from '../../../src/modules/eligibility/eligibility-rule-validation';
import library from '../../../src/db/demo-data/treatment-library.json';

const GOOD = {
  code: 'ACTIVE_ACNE',
  severity: 'RELATIVE',
  when: { flag: 'activeAcne' },
  message: 'Active acne.',
  advice: 'Clear it first.',
};
const rule = (overrides: Record<string, unknown>) => ({ ...GOOD, ...overrides });

test.each(library.treatments.map((t) => [t.slug, t.eligibilityRules] as const))('the library rules of %s are valid', (_slug, rules) => {
  expect(eligibilityRuleProblems(rules)).toEqual([]);
});

test('a well-formed rule of each kind passes and comes back as given', () => {
  const rules = [
    GOOD,
    rule({ code: 'RECENT_ISOTRETINOIN', when: { withinMonthsOf: 'isotretinoinLastDoseOn', setting: 'isotretinoinWashoutMonths' } }),
    rule({ code: 'RECENT_RETINOIDS', when: { withinDaysOf: 'retinoidOrAcidLastUsedOn', setting: 'retinoidWashoutDays' } }),
    rule({ code: 'SKIN_TYPE_PIGMENTATION_RISK', severity: 'WARNING', when: { skinTypes: ['IV', 'V'] } }),
  ];
  expect(parseEligibilityRules(rules, 'test')).toEqual(rules);
  expect(parseEligibilityRules([], 'test')).toEqual([]);
});

test.each([
  ['not an array', { rules: GOOD }, 'the rules must be a JSON array'],
  ['not an object', ['ACTIVE_ACNE'], 'rule 0: must be an object'],
  ['an unknown code', [rule({ code: 'ACNE' })], 'rule 0: unknown code "ACNE"'],
  [
    'a code only the evaluator gives',
    [rule({ code: 'SCREENING_MISSING' })],
    'rule 0: code SCREENING_MISSING is given by the evaluator, not by rules',
  ],
  ['an unknown severity', [rule({ severity: 'SEVERE' })], 'rule 0: unknown severity "SEVERE"'],
  ['a blank message', [rule({ message: '  ' })], 'rule 0: message must be a non-blank string'],
  ['missing advice', [rule({ advice: undefined })], 'rule 0: advice must be a non-blank string'],
  ['a message of 501 characters', [rule({ message: 'x'.repeat(501) })], 'rule 0: message is longer than 500 characters'],
  ['an unknown key (a typo must not disable a rule)', [rule({ sevrity: 'ABSOLUTE' })], 'rule 0: unknown key sevrity'],
  ['no condition', [rule({ when: undefined })], 'rule 0: when: must be an object'],
  [
    'an unknown kind of condition',
    [rule({ when: { age: 18 } })],
    'rule 0: when: must have one of flag, withinMonthsOf, withinDaysOf or skinTypes',
  ],
  [
    'a flag the questionnaire does not have',
    [rule({ when: { flag: 'sepsis' } })],
    'rule 0: when: flag "sepsis" is not a yes/no screening answer',
  ],
  [
    'a dated answer used as a flag',
    [rule({ when: { flag: 'isotretinoinLastDoseOn' } })],
    'rule 0: when: flag "isotretinoinLastDoseOn" is not a yes/no screening answer',
  ],
  [
    'a flag used as a date',
    [rule({ when: { withinDaysOf: 'activeAcne', setting: 'retinoidWashoutDays' } })],
    'rule 0: when: withinDaysOf "activeAcne" is not a dated screening answer',
  ],
  [
    'months counted with a days setting',
    [rule({ when: { withinMonthsOf: 'isotretinoinLastDoseOn', setting: 'retinoidWashoutDays' } })],
    'rule 0: when: setting retinoidWashoutDays is not counted in months',
  ],
  [
    'an unknown setting',
    [rule({ when: { withinDaysOf: 'retinoidOrAcidLastUsedOn', setting: 'days' } })],
    'rule 0: when: unknown setting "days"',
  ],
  ['an extra key in the condition', [rule({ when: { flag: 'activeAcne', skinTypes: ['I'] } })], 'rule 0: when: unknown key skinTypes'],
  ['no skin types', [rule({ when: { skinTypes: [] } })], 'rule 0: when: skinTypes must be a non-empty array'],
  ['an unknown skin type', [rule({ when: { skinTypes: ['VII'] } })], 'rule 0: when: unknown skin type "VII"'],
  ['a repeated skin type', [rule({ when: { skinTypes: ['V', 'V'] } })], 'rule 0: when: skinTypes repeats a type'],
  [
    'one code twice (clearances could not tell them apart)',
    [GOOD, rule({ when: { flag: 'keloidTendency' } })],
    'rule 1: code ACTIVE_ACNE appears twice',
  ],
])('refused: %s', (_what, value, problem) => {
  expect(eligibilityRuleProblems(value)).toEqual([problem]);
  expect(() => parseEligibilityRules(value, 'treatment x')).toThrow(InvalidEligibilityRulesError);
});

test('every problem of a list is reported at once, with whose rules they are', () => {
  const bad = [rule({ code: 'NOPE' }), rule({ code: 'KELOID_TENDENCY', severity: 'NOPE' })];
  expect(() => parseEligibilityRules(bad, 'treatment-library.json, microneedling')).toThrow(
    'Invalid eligibility rules (treatment-library.json, microneedling): rule 0: unknown code "NOPE"; rule 1: unknown severity "NOPE"',
  );
});
