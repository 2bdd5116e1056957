/**
 * A combined protocol gets the reasons of all its treatments, each once per code and
 * treatment, in step order; clearances are per treatment.
 */
import { FitzpatrickType } from '../../../src/modules/catalog/catalog.enums';
import { EligibilityReasonCode as Code, EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility } from '../../../src/modules/eligibility/evaluate-eligibility';
import { answering, codes, eligibilityInput } from './fixtures';

const MICRONEEDLING_PRP = ['prp-therapy', 'microneedling'];
/** The alternating protocol lists microneedling and the peel in turn. */
const ALTERNATING = ['microneedling', 'chemical-peel-glycolic', 'microneedling', 'chemical-peel-glycolic'];

test('microneedling + PRP with an infection at the site: the reason of each treatment, INELIGIBLE', () => {
  const result = evaluateEligibility(answering(MICRONEEDLING_PRP, { activeInfectionAtSite: true }));
  expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(codes(result.reasons)).toEqual(['ACTIVE_INFECTION@prp-therapy', 'ACTIVE_INFECTION@microneedling']);
});

test('microneedling + PRP with a platelet disorder: PRP alone blocks', () => {
  const result = evaluateEligibility(answering(MICRONEEDLING_PRP, { bleedingOrPlateletDisorder: true }));
  expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(codes(result.reasons)).toEqual(['PLATELET_DYSFUNCTION@prp-therapy']);
});

test('anticoagulants: a clearance for each treatment is needed before the combination is ELIGIBLE', () => {
  const input = answering(MICRONEEDLING_PRP, { anticoagulants: true });
  expect(codes(evaluateEligibility(input).reasons)).toEqual(['ANTICOAGULANTS@prp-therapy', 'ANTICOAGULANTS@microneedling']);
  const one = [{ code: Code.ANTICOAGULANTS, treatmentSlug: 'microneedling' }];
  expect(evaluateEligibility({ ...input, clearances: one }).verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
  const both = [...one, { code: Code.ANTICOAGULANTS, treatmentSlug: 'prp-therapy' }];
  expect(evaluateEligibility({ ...input, clearances: both }).verdict).toBe(EligibilityVerdict.ELIGIBLE);
});

test('a treatment listed twice in a protocol gives each reason once', () => {
  const result = evaluateEligibility(answering(ALTERNATING, { herpesHistory: true }));
  expect(codes(result.reasons)).toEqual(['HERPES_HISTORY@microneedling', 'HERPES_HISTORY@chemical-peel-glycolic']);
});

test('microneedling alternating with a glycolic peel: retinoids and skin type V concern the peel only', () => {
  const result = evaluateEligibility(answering(ALTERNATING, { retinoidOrAcidLastUsedOn: '2025-06-08' }, { skinType: FitzpatrickType.V }));
  expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
  expect(codes(result.reasons)).toEqual(['RECENT_RETINOIDS@chemical-peel-glycolic', 'SKIN_TYPE_PIGMENTATION_RISK@chemical-peel-glycolic']);
});

test('absolute beats relative beats warning in the verdict, whatever the order of the reasons', () => {
  const result = evaluateEligibility(
    answering(
      ['chemical-peel-glycolic', 'prp-therapy'],
      { anticoagulants: true, activeInfectionAtSite: true },
      { skinType: FitzpatrickType.VI },
    ),
  );
  expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(codes(result.reasons)).toEqual([
    'ACTIVE_INFECTION@chemical-peel-glycolic',
    'SKIN_TYPE_PIGMENTATION_RISK@chemical-peel-glycolic',
    'ACTIVE_INFECTION@prp-therapy',
    'ANTICOAGULANTS@prp-therapy',
  ]);
});

test('no treatments and a clean screening: ELIGIBLE', () => {
  expect(evaluateEligibility(eligibilityInput([]))).toEqual({ verdict: EligibilityVerdict.ELIGIBLE, reasons: [] });
});
