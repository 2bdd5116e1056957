/**
 * The library treatments publish their eligibility rules: anyone (no token) can see
 * what blocks a treatment, what needs a clearance and what only warns.
 */
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function rulesOf(slug: string) {
  const { treatment } = await app.api.TreatmentEligibilityRules({ slug });
  expect(treatment?.slug).toBe(slug);
  return treatment!.eligibilityRules;
}

test('microneedling: an active infection blocks it, the relative contraindications need a clearance, no skin type is at risk', async () => {
  // when an anonymous client asks for the rules
  const rules = await rulesOf('microneedling');
  // then
  expect(rules.map((r) => [r.code, r.severity])).toEqual([
    ['ACTIVE_INFECTION', 'ABSOLUTE'],
    ['ACTIVE_ACNE', 'RELATIVE'],
    ['KELOID_TENDENCY', 'RELATIVE'],
    ['IMMUNOSUPPRESSION', 'RELATIVE'],
    ['ANTICOAGULANTS', 'RELATIVE'],
    ['PREGNANCY_OR_BREASTFEEDING', 'RELATIVE'],
    ['HERPES_HISTORY', 'RELATIVE'],
    ['RECENT_ISOTRETINOIN', 'RELATIVE'],
    ['RECENT_SUNBURN', 'RELATIVE'],
  ]);
  expect(rules[0]).toMatchObject({ screeningFlag: 'activeInfectionAtSite', waitingPeriod: null, skinTypes: [] });
  expect(rules.find((r) => r.code === 'RECENT_ISOTRETINOIN')?.waitingPeriod).toEqual({
    since: 'isotretinoinLastDoseOn',
    unit: 'MONTHS',
    setting: 'ISOTRETINOIN_WASHOUT_MONTHS',
  });
  expect(rules.some((r) => r.code === 'SKIN_TYPE_PIGMENTATION_RISK')).toBe(false);
});

test('PRP: a platelet disorder blocks it', async () => {
  const rules = await rulesOf('prp-therapy');
  expect(rules.find((r) => r.code === 'PLATELET_DYSFUNCTION')).toMatchObject({
    severity: 'ABSOLUTE',
    screeningFlag: 'bleedingOrPlateletDisorder',
  });
});

test("glycolic peel: retinoids within the clinic's days need a clearance; skin types V-VI get a warning with the reason", async () => {
  const rules = await rulesOf('chemical-peel-glycolic');
  expect(rules.find((r) => r.code === 'RECENT_RETINOIDS')).toMatchObject({
    severity: 'RELATIVE',
    screeningFlag: null,
    waitingPeriod: { since: 'retinoidOrAcidLastUsedOn', unit: 'DAYS', setting: 'RETINOID_WASHOUT_DAYS' },
  });
  const skin = rules.find((r) => r.code === 'SKIN_TYPE_PIGMENTATION_RISK');
  expect(skin).toMatchObject({ severity: 'WARNING', skinTypes: ['V', 'VI'] });
  expect(skin?.message).toMatch(/hyperpigmentation/);
});
