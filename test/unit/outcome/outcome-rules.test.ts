import { SkinConcern } from '../../../src/modules/catalog/catalog.enums';
import {
  adverseEventTimeProblems,
  Assessor,
  assessorProblem,
  baselineProblem,
  changeOf,
  concernProblem,
  describeProblem,
  isImprovement,
  needsBaseline,
  OutcomeScale,
  SCALE_RULES,
  SCALES,
  scaleRulesValues,
  valueProblems,
} from '../../../src/modules/outcome/outcome.rules';

const kinds = (scale: OutcomeScale, value: number) => valueProblems(scale, value).map((p) => p.kind);

describe('value ranges', () => {
  test.each([
    ['GOODMAN_BARON_QUALITATIVE', 1, []],
    ['GOODMAN_BARON_QUALITATIVE', 4, []],
    ['GOODMAN_BARON_QUALITATIVE', 0, ['OUT_OF_RANGE']],
    ['GOODMAN_BARON_QUALITATIVE', 5, ['OUT_OF_RANGE']],
    ['GOODMAN_BARON_QUALITATIVE', 2.5, ['NOT_WHOLE']],
    ['GOODMAN_BARON_QUANTITATIVE', 0, []],
    ['GOODMAN_BARON_QUANTITATIVE', 84, []],
    ['GOODMAN_BARON_QUANTITATIVE', -1, ['OUT_OF_RANGE']],
    ['GAIS', 1, []],
    ['GAIS', 5, []],
    ['GAIS', 0, ['OUT_OF_RANGE']],
    ['SATISFACTION', 10, []],
    ['SATISFACTION', 11, ['OUT_OF_RANGE']],
    ['PAIN_VAS', 3.5, []],
    ['PAIN_VAS', 3.55, ['TOO_PRECISE']],
    ['PAIN_VAS', 10.1, ['OUT_OF_RANGE']],
    ['DLQI', 30, []],
    ['DLQI', 31, ['OUT_OF_RANGE']],
    ['MASI', 48, []],
    ['MASI', 48.1, ['OUT_OF_RANGE']],
    ['MASI', 12.3, []],
    ['MMASI', 24, []],
    ['MMASI', 24.5, ['OUT_OF_RANGE']],
    ['GLOGAU', 4, []],
    ['GLOGAU', 5, ['OUT_OF_RANGE']],
  ] as Array<[OutcomeScale, number, string[]]>)('%s %d', (scale, value, expected) => {
    expect(kinds(scale, value)).toEqual(expected);
  });

  test('NaN and infinity are not numbers', () => {
    expect(kinds(OutcomeScale.DLQI, Number.NaN)).toEqual(['NOT_A_NUMBER']);
    expect(kinds(OutcomeScale.GOODMAN_BARON_QUANTITATIVE, Number.POSITIVE_INFINITY)).toEqual(['NOT_A_NUMBER']);
  });

  test('messages name the scale and its range', () => {
    const [problem] = valueProblems(OutcomeScale.DLQI, 31);
    expect(describeProblem(OutcomeScale.DLQI, problem)).toBe('The Dermatology Life Quality Index (0-30) takes values from 0 to 30.');
  });
});

describe('who assesses, which concerns, baselines', () => {
  test('clinician scales refuse the patient, patient-reported ones the clinician, GAIS takes both', () => {
    expect(assessorProblem(OutcomeScale.GOODMAN_BARON_QUALITATIVE, Assessor.PATIENT)?.kind).toBe('ASSESSOR');
    expect(assessorProblem(OutcomeScale.DLQI, Assessor.CLINICIAN)?.kind).toBe('ASSESSOR');
    expect(assessorProblem(OutcomeScale.GAIS, Assessor.PATIENT)).toBeNull();
    expect(assessorProblem(OutcomeScale.GAIS, Assessor.CLINICIAN)).toBeNull();
  });

  test('acne scar grades fit acne scar courses; pigmentation indices pigmentation; global scales any course', () => {
    expect(concernProblem(OutcomeScale.GOODMAN_BARON_QUALITATIVE, [SkinConcern.ACNE_SCARS])).toBeNull();
    expect(concernProblem(OutcomeScale.GOODMAN_BARON_QUALITATIVE, [SkinConcern.MELASMA])?.kind).toBe('CONCERNS');
    expect(concernProblem(OutcomeScale.MASI, [SkinConcern.FINE_LINES_AND_WRINKLES, SkinConcern.MELASMA])).toBeNull();
    expect(concernProblem(OutcomeScale.GLOGAU, [SkinConcern.ACNE_SCARS])?.kind).toBe('CONCERNS');
    expect(concernProblem(OutcomeScale.SATISFACTION, [SkinConcern.STRETCH_MARKS])).toBeNull();
  });

  test('only baseline scales take a baseline and need one before a follow-up', () => {
    expect(SCALES.filter((s) => baselineProblem(s) !== null)).toEqual(['GAIS', 'PAIN_VAS']);
    expect(SCALES.filter((s) => needsBaseline(s))).toEqual(SCALES.filter((s) => !['GAIS', 'PAIN_VAS'].includes(s)));
  });
});

describe('change and improvement', () => {
  test('lower-is-better scales improve downwards by at least the minimal difference', () => {
    expect(changeOf(OutcomeScale.GOODMAN_BARON_QUALITATIVE, 2, 3)).toBe(-1);
    expect(isImprovement(OutcomeScale.GOODMAN_BARON_QUALITATIVE, -1)).toBe(true);
    expect(isImprovement(OutcomeScale.GOODMAN_BARON_QUALITATIVE, 0)).toBe(false);
    // DLQI's minimal clinically important difference is 4 points.
    expect(isImprovement(OutcomeScale.DLQI, -3)).toBe(false);
    expect(isImprovement(OutcomeScale.DLQI, -4)).toBe(true);
  });

  test('satisfaction improves upwards', () => {
    expect(isImprovement(OutcomeScale.SATISFACTION, 1)).toBe(true);
    expect(isImprovement(OutcomeScale.SATISFACTION, -2)).toBe(false);
  });

  test('GAIS rates change itself: change from "no change" (4), improved at 3 or better', () => {
    expect(changeOf(OutcomeScale.GAIS, 1, null)).toBe(-3);
    expect([1, 2, 3, 4, 5].map((v) => isImprovement(OutcomeScale.GAIS, changeOf(OutcomeScale.GAIS, v, null)!))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  test('per-session pain has no change; a baseline scale without its baseline neither', () => {
    expect(changeOf(OutcomeScale.PAIN_VAS, 3, 5)).toBeNull();
    expect(changeOf(OutcomeScale.MASI, 10, null)).toBeNull();
  });

  test('decimal scales compare with their minimal difference despite binary floating point', () => {
    expect(isImprovement(OutcomeScale.MASI, 11.2 - 12.2)).toBe(true);
  });
});

test('the SQL table of scales is generated from the same rules', () => {
  const values = scaleRulesValues();
  for (const scale of SCALES) {
    const r = SCALE_RULES[scale];
    expect(values).toContain(
      `('${scale}', ${r.direction}, ${r.minimalDifference}::numeric, '${r.mode}', ${r.neutral === null ? 'NULL' : r.neutral}::numeric)`,
    );
  }
  expect(values.match(/\(/g)).toHaveLength(SCALES.length);
});

test('adverse event times: onset within the session and the past, resolution after onset', () => {
  const session = new Date('2026-05-01T10:00:00Z');
  const now = new Date('2026-05-10T10:00:00Z');
  expect(adverseEventTimeProblems(session, new Date('2026-05-01T12:00:00Z'), new Date('2026-05-03T12:00:00Z'), now)).toEqual([]);
  expect(adverseEventTimeProblems(session, new Date('2026-04-30T12:00:00Z'), null, now).map((p) => p.field)).toEqual(['onsetAt']);
  expect(
    adverseEventTimeProblems(session, new Date('2026-05-02T12:00:00Z'), new Date('2026-05-01T12:00:00Z'), now).map((p) => p.field),
  ).toEqual(['resolvedAt']);
  expect(adverseEventTimeProblems(session, new Date('2026-05-11T12:00:00Z'), null, now).map((p) => p.field)).toEqual(['onsetAt']);
});
