/**
 * Skin-type risks are warnings with their reason, never a silent pass and never a
 * change of verdict. An unrecorded skin type is reported where it matters.
 */
import { FitzpatrickType } from '../../../src/modules/catalog/catalog.enums';
import { EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility } from '../../../src/modules/eligibility/evaluate-eligibility';
import { answering, codes, eligibilityInput } from './fixtures';

const ALL_TYPES = Object.values(FitzpatrickType);

function warnedTypes(slug: string): FitzpatrickType[] {
  return ALL_TYPES.filter((skinType) => evaluateEligibility(eligibilityInput([slug], { skinType })).reasons.length > 0);
}

test('microneedling suits every skin type: no type gives a reason', () => {
  expect(warnedTypes('microneedling')).toEqual([]);
});

test('glycolic peel: documented safe for I-IV, a warning for V and VI', () => {
  expect(warnedTypes('chemical-peel-glycolic')).toEqual(['V', 'VI']);
});

test('salicylic and TCA peels: a warning for IV, V and VI', () => {
  expect(warnedTypes('chemical-peel-salicylic')).toEqual(['IV', 'V', 'VI']);
  expect(warnedTypes('chemical-peel-tca')).toEqual(['IV', 'V', 'VI']);
});

test('a type V patient is ELIGIBLE for a glycolic peel, with the warning and its reason', () => {
  const result = evaluateEligibility(eligibilityInput(['chemical-peel-glycolic'], { skinType: FitzpatrickType.V }));
  expect(result.verdict).toBe(EligibilityVerdict.ELIGIBLE);
  expect(result.reasons).toEqual([
    expect.objectContaining({
      code: 'SKIN_TYPE_PIGMENTATION_RISK',
      severity: 'WARNING',
      answer: { field: 'fitzpatrickType', value: 'V' },
      cleared: false,
      message: expect.stringMatching(/hyperpigmentation/),
    }),
  ]);
});

test('a warning does not soften a relative reason either: still NEEDS_CLEARANCE', () => {
  const result = evaluateEligibility(
    answering(['chemical-peel-salicylic'], { recentSunburnOrTanning: true }, { skinType: FitzpatrickType.VI }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
  expect(codes(result.reasons)).toEqual(['RECENT_SUNBURN@chemical-peel-salicylic', 'SKIN_TYPE_PIGMENTATION_RISK@chemical-peel-salicylic']);
});

test('unknown skin type: a SKIN_TYPE_UNKNOWN warning for a peel, nothing for microneedling', () => {
  const peel = evaluateEligibility(eligibilityInput(['chemical-peel-tca'], { skinType: null }));
  expect(peel.verdict).toBe(EligibilityVerdict.ELIGIBLE);
  expect(peel.reasons).toEqual([
    expect.objectContaining({
      code: 'SKIN_TYPE_UNKNOWN',
      severity: 'WARNING',
      treatmentSlug: 'chemical-peel-tca',
      answer: { field: 'fitzpatrickType', value: null },
    }),
  ]);
  expect(evaluateEligibility(eligibilityInput(['microneedling'], { skinType: null })).reasons).toEqual([]);
});
