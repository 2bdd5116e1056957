/**
 * No screening, or one older than the organization's screeningValidDays on the day of
 * the session, blocks everything until renewed; its stale answers are not evaluated.
 */
import { FitzpatrickType } from '../../../src/modules/catalog/catalog.enums';
import { EligibilityReasonCode, EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility } from '../../../src/modules/eligibility/evaluate-eligibility';
import { cleanAnswers, codes, eligibilityInput, SESSION_ON } from './fixtures';

const screenedOn = (date: string, answers = cleanAnswers()) => ({ screening: { answers, screenedOn: date } });

test('no screening on record: INELIGIBLE with SCREENING_MISSING, which concerns no single treatment', () => {
  const result = evaluateEligibility(eligibilityInput(['microneedling'], { screening: null }));
  expect(result).toEqual({
    verdict: EligibilityVerdict.INELIGIBLE,
    reasons: [
      expect.objectContaining({ code: EligibilityReasonCode.SCREENING_MISSING, severity: 'ABSOLUTE', treatmentSlug: null, answer: null }),
    ],
  });
});

test('no screening: the skin-type warning, which needs no answers, is still reported', () => {
  const result = evaluateEligibility(eligibilityInput(['chemical-peel-glycolic'], { screening: null, skinType: FitzpatrickType.VI }));
  expect(codes(result.reasons)).toEqual(['SCREENING_MISSING', 'SKIN_TYPE_PIGMENTATION_RISK@chemical-peel-glycolic']);
});

test('valid for 180 days: answered exactly 180 days before the session it is valid, 181 days before it has expired', () => {
  // 2025-06-10 minus 180 days is 2024-12-12.
  expect(evaluateEligibility(eligibilityInput(['microneedling'], screenedOn('2024-12-12'))).verdict).toBe(EligibilityVerdict.ELIGIBLE);
  const expired = evaluateEligibility(eligibilityInput(['microneedling'], screenedOn('2024-12-11')));
  expect(expired.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(expired.reasons).toEqual([
    expect.objectContaining({
      code: EligibilityReasonCode.SCREENING_EXPIRED,
      severity: 'ABSOLUTE',
      treatmentSlug: null,
      answer: { field: 'screenedOn', value: '2024-12-11' },
    }),
  ]);
});

test("the organization's screeningValidDays decides", () => {
  const input = eligibilityInput(['microneedling'], {
    ...screenedOn('2025-05-01'),
    settings: { isotretinoinWashoutMonths: 6, retinoidWashoutDays: 7, screeningValidDays: 30 },
  });
  expect(codes(evaluateEligibility(input).reasons)).toEqual(['SCREENING_EXPIRED']);
  expect(evaluateEligibility({ ...input, sessionOn: '2025-05-31' }).reasons).toEqual([]);
  expect(SESSION_ON).toBe('2025-06-10');
});

test("an expired screening's answers are not evaluated: only the renewal is asked for", () => {
  const result = evaluateEligibility(eligibilityInput(['microneedling'], screenedOn('2024-01-01', cleanAnswers({ activeAcne: true }))));
  expect(codes(result.reasons)).toEqual(['SCREENING_EXPIRED']);
});

test('no clearance lifts a missing screening', () => {
  const result = evaluateEligibility(
    eligibilityInput(['microneedling'], {
      screening: null,
      clearances: [{ code: EligibilityReasonCode.SCREENING_MISSING, treatmentSlug: 'microneedling' }],
    }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(result.reasons[0].cleared).toBe(false);
});
