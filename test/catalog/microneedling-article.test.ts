/**
 * Every fact of the founding article (shared seed: the microneedling article) comes
 * back from `treatment(slug: "microneedling")`, as structured data.
 */
import { startTestApp, TestApp } from '../support/harness';
import { TreatmentBySlugQuery } from '../generated/graphql';

type Microneedling = NonNullable<TreatmentBySlugQuery['treatment']>;

let app: TestApp;
let mn: Microneedling;

beforeAll(async () => {
  app = await startTestApp();
  const { treatment } = await app.api.TreatmentBySlug({ slug: 'microneedling' });
  expect(treatment).not.toBeNull();
  mn = treatment!;
});
afterAll(() => app.close());

test('it is microneedling, also known as collagen induction therapy, a minimally invasive cosmetic procedure', () => {
  expect(mn.name).toBe('Microneedling');
  expect(mn.aliases).toContain('Collagen induction therapy');
  expect(mn.invasiveness).toBe('MINIMALLY_INVASIVE');
  expect(mn.description).toMatch(/fine needles/);
  expect(mn.isLibrary).toBe(true);
});

test('how it works: micro-injuries, collagen and elastin, enhanced absorption', () => {
  expect(mn.mechanisms.map((m) => m.name)).toEqual(['Micro-injuries', 'Collagen boost', 'Enhanced absorption']);
  expect(mn.mechanisms[1].description).toMatch(/collagen and elastin/);
  expect(mn.mechanisms[2].description).toMatch(/micro-channels/);
});

test('the concerns it treats', () => {
  expect(mn.concerns).toEqual(
    expect.arrayContaining([
      'FINE_LINES_AND_WRINKLES',
      'ACNE_SCARS',
      'ENLARGED_PORES',
      'UNEVEN_SKIN_TONE',
      'STRETCH_MARKS',
      'SKIN_ELASTICITY',
    ]),
  );
  const acneScars = mn.benefits.find((b) => b.concern === 'ACNE_SCARS');
  expect(acneScars?.note).toMatch(/multiple sessions may be needed for deeper scars/);
});

test('duration 30-60 minutes depending on the area', () => {
  expect(mn.duration).toEqual({ minMinutes: 30, maxMinutes: 60, note: 'Depending on the area being treated.' });
});

test('downtime: redness 1-2 days, normal activities within a day or two, full recovery within a week', () => {
  expect(mn.recovery.effects).toContainEqual({ effect: 'Redness', days: { min: 1, max: 2 } });
  expect(mn.recovery.normalActivitiesWithinDays).toEqual({ min: 1, max: 2 });
  expect(mn.recovery.fullRecoveryWithinDays).toBe(7);
});

test('the three steps: preparation with cleansing and numbing cream, the needling, soothing serum or mask', () => {
  expect(mn.procedureSteps.map((s) => [s.position, s.name])).toEqual([
    [1, 'Preparation'],
    [2, 'Microneedling'],
    [3, 'Post-treatment care'],
  ]);
  expect(mn.procedureSteps[0].description).toMatch(/cleansed.*numbing cream/);
  expect(mn.procedureSteps[2].description).toMatch(/soothing serum or mask/);
});

test('suitable for all skin types; active infections or severe skin conditions: consult a dermatologist first', () => {
  expect(mn.suitableForAllSkinTypes).toBe(true);
  expect(mn.skinTypes).toHaveLength(6);
  expect(mn.skinTypes.every((s) => s.suitability === 'SUITABLE')).toBe(true);
  expect(mn.safetyNote).toMatch(/active infections or severe skin conditions should consult a dermatologist first/);
  const conditions = mn.contraindications.map((c) => c.condition);
  expect(conditions).toEqual(expect.arrayContaining(['ACTIVE_INFECTION', 'SEVERE_SKIN_CONDITION']));
  expect(mn.contraindications.find((c) => c.condition === 'SEVERE_SKIN_CONDITION')?.advice).toMatch(/dermatologist/);
});

test('pain: well tolerated thanks to numbing cream, mild discomfort may occur', () => {
  expect(mn.comfort.discomfort).toBe('MILD');
  expect(mn.comfort.painRelief).toBe('Numbing cream');
  expect(mn.comfort.note).toMatch(/well-tolerated/);
});

test('course template: 3-6 sessions, 4-6 weeks apart', () => {
  expect(mn.typicalCourse?.sessionCount).toEqual({ min: 3, max: 6 });
  expect(mn.typicalCourse?.intervalWeeks).toEqual({ min: 4, max: 6 });
  expect(mn.typicalCourse?.intervalDays).toEqual({ min: 28, max: 42 });
});

test('pairs with chemical peels and PRP therapy', () => {
  const paired = mn.pairsWith.map((p) => p.treatment.category);
  expect(paired).toContain('PLATELET_RICH_PLASMA');
  expect(paired).toContain('CHEMICAL_PEEL');
  expect(mn.pairsWith.find((p) => p.treatment.slug === 'prp-therapy')?.note).toMatch(/enhanced results/);
  expect(mn.protocols.map((p) => p.slug)).toEqual(expect.arrayContaining(['microneedling', 'microneedling-prp']));
});

test('the FAQ as question and answer pairs', () => {
  expect(mn.faq.length).toBeGreaterThanOrEqual(6);
  for (const entry of mn.faq) {
    expect(entry.question).toMatch(/\?$/);
    expect(entry.answer.length).toBeGreaterThan(20);
  }
  expect(mn.faq.find((f) => /skin types/.test(f.question))?.answer).toMatch(/^Yes, microneedling is considered safe/);
  expect(mn.faq.find((f) => /combined/.test(f.question))?.answer).toMatch(/chemical peels or PRP/);
});

test('medically reviewed by the doctor the article names', () => {
  expect(mn.medicallyReviewedBy).toBe('Dr. Okan Morkoç');
});
