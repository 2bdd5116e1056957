/**
 * Waiting periods run from the dated answer: isotretinoin in calendar months (the
 * organization's setting, default 6), retinoids and acids in days (default 7). The first
 * day the period no longer applies is `waitEndsOn`; a session on that day is fine.
 */
import { EligibilityReasonCode, EligibilityVerdict } from '../../../src/modules/eligibility/eligibility.enums';
import { evaluateEligibility } from '../../../src/modules/eligibility/evaluate-eligibility';
import { answering, cleanAnswers, eligibilityInput } from './fixtures';

const settings = (isotretinoinWashoutMonths: number, retinoidWashoutDays = 7) => ({
  settings: { isotretinoinWashoutMonths, retinoidWashoutDays, screeningValidDays: 180 },
});

function isotretinoin(lastDoseOn: string, sessionOn: string, months = 6) {
  // Screened on the session day, so the screening stays valid however far the session lies.
  return evaluateEligibility(
    eligibilityInput(['microneedling'], {
      sessionOn,
      screening: { answers: cleanAnswers({ isotretinoinLastDoseOn: lastDoseOn }), screenedOn: sessionOn },
      ...settings(months),
    }),
  );
}

function retinoids(lastUsedOn: string, sessionOn: string, days = 7) {
  return evaluateEligibility(
    answering(['chemical-peel-glycolic'], { retinoidOrAcidLastUsedOn: lastUsedOn }, { sessionOn, ...settings(6, days) }),
  );
}

describe('isotretinoin: calendar months', () => {
  test('last dose 15 March, 6 months: 14 September still waits, with the day it ends', () => {
    const result = isotretinoin('2025-03-15', '2025-09-14');
    expect(result.verdict).toBe(EligibilityVerdict.NEEDS_CLEARANCE);
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code: EligibilityReasonCode.RECENT_ISOTRETINOIN,
        waitEndsOn: '2025-09-15',
        answer: { field: 'isotretinoinLastDoseOn', value: '2025-03-15' },
      }),
    ]);
  });

  test('last dose 15 March, 6 months: 15 September is the first day without the reason', () => {
    expect(isotretinoin('2025-03-15', '2025-09-15')).toEqual({ verdict: EligibilityVerdict.ELIGIBLE, reasons: [] });
  });

  test('31 August + 6 months ends on the last day of February (28th, or 29th in a leap year)', () => {
    expect(isotretinoin('2025-08-31', '2026-02-27').reasons[0].waitEndsOn).toBe('2026-02-28');
    expect(isotretinoin('2025-08-31', '2026-02-28').reasons).toEqual([]);
    expect(isotretinoin('2023-08-31', '2024-02-28').reasons[0].waitEndsOn).toBe('2024-02-29');
    expect(isotretinoin('2023-08-31', '2024-02-29').reasons).toEqual([]);
  });

  test("the organization's setting decides: 2 months is over when 6 would not be; 12 is not", () => {
    expect(isotretinoin('2025-03-15', '2025-06-01', 2).reasons).toEqual([]);
    expect(isotretinoin('2025-03-15', '2025-06-01', 6).reasons).toHaveLength(1);
    expect(isotretinoin('2025-03-15', '2026-03-14', 12).reasons[0].waitEndsOn).toBe('2026-03-15');
  });

  test('a setting of 0 months never waits, even on the day of the last dose', () => {
    expect(isotretinoin('2025-06-10', '2025-06-10', 0).reasons).toEqual([]);
  });

  test('never taken (null) gives no reason', () => {
    expect(evaluateEligibility(answering(['microneedling'], { isotretinoinLastDoseOn: null })).reasons).toEqual([]);
  });

  test('for the TCA peel the same waiting period is absolute: INELIGIBLE', () => {
    const result = evaluateEligibility(answering(['chemical-peel-tca'], { isotretinoinLastDoseOn: '2025-03-15' }));
    expect(result.verdict).toBe(EligibilityVerdict.INELIGIBLE);
    expect(result.reasons[0]).toMatchObject({ code: 'RECENT_ISOTRETINOIN', severity: 'ABSOLUTE', waitEndsOn: '2025-09-15' });
  });
});

describe('retinoids and acids before a peel: days', () => {
  test('last used 1 March, 7 days: 7 March still waits (ends 8 March); 8 March does not', () => {
    expect(retinoids('2025-03-01', '2025-03-07').reasons).toEqual([
      expect.objectContaining({
        code: EligibilityReasonCode.RECENT_RETINOIDS,
        waitEndsOn: '2025-03-08',
        answer: { field: 'retinoidOrAcidLastUsedOn', value: '2025-03-01' },
      }),
    ]);
    expect(retinoids('2025-03-01', '2025-03-08').reasons).toEqual([]);
  });

  test('a clinic that waits 3 days: 4 March is fine, 3 March is not', () => {
    expect(retinoids('2025-03-01', '2025-03-04', 3).reasons).toEqual([]);
    expect(retinoids('2025-03-01', '2025-03-03', 3).reasons[0].waitEndsOn).toBe('2025-03-04');
  });

  test('across a month end: last used 28 February, 7 days ends 7 March', () => {
    expect(retinoids('2025-02-28', '2025-03-06').reasons[0].waitEndsOn).toBe('2025-03-07');
  });

  test('microneedling has no retinoid rule: the same answer gives no reason', () => {
    expect(evaluateEligibility(answering(['microneedling'], { retinoidOrAcidLastUsedOn: '2025-06-09' })).reasons).toEqual([]);
  });
});
