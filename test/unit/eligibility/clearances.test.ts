/**
 * A practitioner's clearance, recorded for one reason code and one treatment, lifts that
 * relative reason (reported as cleared); it never lifts an absolute one.
 */
import { EligibilityReasonCode as Code, EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility, RecordedClearance } from '../../../src/modules/eligibility/evaluate-eligibility';
import { answering } from './fixtures';

const cleared = (code: Code, treatmentSlug = 'microneedling'): RecordedClearance => ({ code, treatmentSlug });

test('active acne cleared for microneedling: ELIGIBLE, the reason stays visible as cleared', () => {
  const result = evaluateEligibility(answering(['microneedling'], { activeAcne: true }, { clearances: [cleared(Code.ACTIVE_ACNE)] }));
  expect(result.verdict).toBe(EligibilityVerdict.ELIGIBLE);
  expect(result.reasons).toEqual([expect.objectContaining({ code: 'ACTIVE_ACNE', severity: 'RELATIVE', cleared: true })]);
});

test('a clearance for another code does not count', () => {
  const result = evaluateEligibility(answering(['microneedling'], { activeAcne: true }, { clearances: [cleared(Code.KELOID_TENDENCY)] }));
  expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
  expect(result.reasons[0].cleared).toBe(false);
});

test('a clearance for another treatment does not count', () => {
  const result = evaluateEligibility(
    answering(['microneedling'], { activeAcne: true }, { clearances: [cleared(Code.ACTIVE_ACNE, 'rf-microneedling')] }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
});

test('one of two relative reasons cleared: still NEEDS_CLEARANCE', () => {
  const result = evaluateEligibility(
    answering(['microneedling'], { activeAcne: true, herpesHistory: true }, { clearances: [cleared(Code.ACTIVE_ACNE)] }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
  expect(result.reasons.map((r) => [r.code, r.cleared])).toEqual([
    ['ACTIVE_ACNE', true],
    ['HERPES_HISTORY', false],
  ]);
});

test('a waiting period may be cleared like any relative reason', () => {
  const result = evaluateEligibility(
    answering(['microneedling'], { isotretinoinLastDoseOn: '2025-05-01' }, { clearances: [cleared(Code.RECENT_ISOTRETINOIN)] }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.ELIGIBLE);
  expect(result.reasons[0]).toMatchObject({ cleared: true, waitEndsOn: '2025-11-01' });
});

test('an absolute reason is never cleared: an infection at the site stays INELIGIBLE', () => {
  const result = evaluateEligibility(
    answering(['microneedling'], { activeInfectionAtSite: true }, { clearances: [cleared(Code.ACTIVE_INFECTION)] }),
  );
  expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
  expect(result.reasons[0]).toMatchObject({ code: 'ACTIVE_INFECTION', severity: 'ABSOLUTE', cleared: false });
});
