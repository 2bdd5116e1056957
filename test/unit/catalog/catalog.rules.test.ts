/** The catalog's pure rules: steps fitting the protocol kind, ranges, uniqueness, treatment content. */
import { ProtocolKind, SkinTypeSuitability, FitzpatrickType, SkinConcern } from '../../../src/modules/catalog/catalog.enums';
import {
  checkCourse,
  checkKindFitsCurrentSteps,
  checkProtocol,
  checkRange,
  checkStepsFitKind,
  checkStepTreatments,
  checkTreatment,
  checkUnique,
  MAX_SESSION_MINUTES,
  StepGaps,
} from '../../../src/modules/catalog/catalog.rules';
import { userErrorsOf } from '../../support/user-errors-of';

const { SINGLE, SAME_VISIT, ALTERNATING } = ProtocolKind;
const plain: StepGaps = {};
const gap = (min: number | null, max: number | null): StepGaps => ({ minDaysAfterPrevious: min, maxDaysAfterPrevious: max });
const fields = (errors: Array<{ field: string[] | null }>) => errors.map((e) => e.field?.join('.'));
const codes = (errors: Array<{ code: string }>) => errors.map((e) => e.code);

describe('steps fit the protocol kind', () => {
  const stepsFit = (kind: ProtocolKind, steps: StepGaps[]) => userErrorsOf((checks) => checkStepsFitKind(checks, kind, steps));

  test('SINGLE: exactly one step, without gaps', () => {
    expect(stepsFit(SINGLE, [plain])).toEqual([]);
  });

  test.each([
    ['no step', 0],
    ['two steps', 2],
  ])('SINGLE with %s is INVALID_STEPS at steps', (_case, count) => {
    const errors = stepsFit(
      SINGLE,
      Array.from({ length: count }, () => plain),
    );

    expect(codes(errors)).toEqual(['INVALID_STEPS']);
    expect(fields(errors)).toEqual(['input.steps']);
  });

  test('SAME_VISIT: two steps without gaps', () => {
    expect(stepsFit(SAME_VISIT, [plain, plain])).toEqual([]);
  });

  test('SAME_VISIT with one step is INVALID_STEPS at steps', () => {
    expect(fields(stepsFit(SAME_VISIT, [plain]))).toEqual(['input.steps']);
  });

  test.each([
    ['a minimum gap', gap(3, null), 'minDaysAfterPrevious'],
    ['only a maximum gap', gap(null, 3), 'maxDaysAfterPrevious'],
    ['both gaps', gap(3, 5), 'minDaysAfterPrevious'],
  ])('a SAME_VISIT step with %s is INVALID_STEPS at that gap', (_case, step, field) => {
    expect(fields(stepsFit(SAME_VISIT, [plain, step]))).toEqual([`input.steps.1.${field}`]);
  });

  test('a SINGLE step with a gap is INVALID_STEPS too', () => {
    expect(fields(stepsFit(SINGLE, [gap(1, 2)]))).toEqual(['input.steps.0.minDaysAfterPrevious']);
  });

  test('ALTERNATING: two steps, each with its gap range', () => {
    expect(stepsFit(ALTERNATING, [gap(14, 28), gap(14, 28)])).toEqual([]);
  });

  test('ALTERNATING at the boundaries: a minimum of 1 day and a maximum equal to it', () => {
    expect(stepsFit(ALTERNATING, [gap(1, 1), gap(1, 1)])).toEqual([]);
  });

  test('ALTERNATING with one step is INVALID_STEPS at steps', () => {
    expect(fields(stepsFit(ALTERNATING, [gap(1, 2)]))).toEqual(['input.steps']);
  });

  test('an ALTERNATING step without gaps needs both', () => {
    expect(fields(stepsFit(ALTERNATING, [gap(1, 2), plain]))).toEqual([
      'input.steps.1.minDaysAfterPrevious',
      'input.steps.1.maxDaysAfterPrevious',
    ]);
  });

  test('an ALTERNATING minimum of 0 days is INVALID_STEPS', () => {
    expect(fields(stepsFit(ALTERNATING, [gap(0, 2), gap(1, 2)]))).toEqual(['input.steps.0.minDaysAfterPrevious']);
  });

  test('an ALTERNATING maximum below the minimum is INVALID_STEPS', () => {
    expect(fields(stepsFit(ALTERNATING, [gap(5, 4), gap(1, 2)]))).toEqual(['input.steps.0.maxDaysAfterPrevious']);
  });

  test('an ALTERNATING maximum without a minimum must be at least 1 day', () => {
    expect(fields(stepsFit(ALTERNATING, [gap(null, 0), gap(1, 2)]))).toEqual([
      'input.steps.0.minDaysAfterPrevious',
      'input.steps.0.maxDaysAfterPrevious',
    ]);
  });
});

describe('a new kind without new steps', () => {
  const kindFits = (kind: ProtocolKind, current: StepGaps[]) => userErrorsOf((checks) => checkKindFitsCurrentSteps(checks, kind, current));

  test('fits when the current steps fit it', () => {
    expect(kindFits(SAME_VISIT, [plain, plain])).toEqual([]);
  });

  test('is one INVALID_STEPS at kind when they do not', () => {
    const errors = kindFits(ALTERNATING, [plain, plain]);

    expect(errors).toEqual([{ code: 'INVALID_STEPS', field: ['input', 'kind'], message: expect.stringContaining('give new steps') }]);
  });
});

describe("the steps' treatments", () => {
  const treatments = new Map([
    ['a', { retired_at: null }],
    ['r', { retired_at: new Date('2026-01-01T00:00:00Z') }],
  ]);

  test('visible and not retired: fine', () => {
    expect(userErrorsOf((checks) => checkStepTreatments(checks, ['a', 'a'], treatments))).toEqual([]);
  });

  test('an unknown one is NOT_FOUND and a retired one RETIRED, each at its step', () => {
    const errors = userErrorsOf((checks) => checkStepTreatments(checks, ['a', 'x', 'r'], treatments));

    expect(codes(errors)).toEqual(['NOT_FOUND', 'RETIRED']);
    expect(fields(errors)).toEqual(['input.steps.1.treatmentId', 'input.steps.2.treatmentId']);
  });
});

describe('ranges and course templates', () => {
  const range = (min: number, max: number, lowest: number) =>
    userErrorsOf((checks) => checkRange(checks, { min, max }, ['input', 'r'], lowest, 'days'));

  test('the lower bound may equal the lowest allowed, and the upper the lower', () => {
    expect(range(0, 0, 0)).toEqual([]);
  });

  test('a lower bound below the lowest allowed is INVALID at min', () => {
    expect(fields(range(0, 3, 1))).toEqual(['input.r.min']);
  });

  test('an upper bound below the lower is INVALID at max', () => {
    expect(fields(range(3, 2, 1))).toEqual(['input.r.max']);
  });

  test('a course has at least one session, one day apart, and no blank note', () => {
    const course = (sessions: number, days: number, note: string | null) =>
      userErrorsOf((checks) =>
        checkCourse(checks, { sessionCount: { min: sessions, max: 6 }, intervalDays: { min: days, max: 42 }, note }, ['input', 'c']),
      );

    expect(course(1, 1, null)).toEqual([]);
    expect(fields(course(0, 0, ' '))).toEqual(['input.c.sessionCount.min', 'input.c.intervalDays.min', 'input.c.note']);
  });
});

describe('unique lists', () => {
  test('each repeat is reported at its own index, naming the value', () => {
    const errors = userErrorsOf((checks) =>
      checkUnique(
        checks,
        ['a', 'b', 'a', 'a'],
        (v) => v,
        (i) => ['input', 'list', String(i)],
        'The value',
      ),
    );

    expect(fields(errors)).toEqual(['input.list.2', 'input.list.3']);
    expect(errors[0].message).toBe('The value "a" is listed more than once.');
  });

  test('no list at all is fine', () => {
    expect(
      userErrorsOf((checks) =>
        checkUnique(
          checks,
          null,
          (v: string) => v,
          () => ['input'],
          'The value',
        ),
      ),
    ).toEqual([]);
  });
});

describe('treatment content', () => {
  const treatment = (input: Parameters<typeof checkTreatment>[1]) => userErrorsOf((checks) => checkTreatment(checks, input));

  test('an update that gives nothing is fine', () => {
    expect(treatment({})).toEqual([]);
  });

  test('a malformed slug and a blank name are INVALID', () => {
    expect(fields(treatment({ slug: 'Not A Slug', name: '  ' }))).toEqual(['input.slug', 'input.name']);
  });

  test('aliases are unique ignoring case and surrounding spaces', () => {
    expect(fields(treatment({ aliases: ['Dermaroller', ' dermaroller '] }))).toEqual(['input.aliases.1']);
  });

  test('concerns are unique', () => {
    const { ACNE_SCARS } = SkinConcern;

    expect(fields(treatment({ concerns: [ACNE_SCARS, ACNE_SCARS] }))).toEqual(['input.concerns']);
  });

  test.each([
    ['1 to 1440 minutes', 1, MAX_SESSION_MINUTES, []],
    ['0 minutes', 0, 30, ['input.duration.minMinutes']],
    ['more than a day', 30, MAX_SESSION_MINUTES + 1, ['input.duration.maxMinutes']],
    ['a longest below the shortest', 60, 30, ['input.duration.maxMinutes']],
  ])('a duration of %s', (_case, minMinutes, maxMinutes, expected) => {
    expect(fields(treatment({ duration: { minMinutes, maxMinutes } }))).toEqual(expected);
  });

  test('full recovery may come when normal activities resume, not before', () => {
    const recovery = (full: number) =>
      treatment({ recovery: { summary: 'Redness', normalActivitiesWithinDays: { min: 2, max: 3 }, fullRecoveryWithinDays: full } });

    expect(recovery(2)).toEqual([]);
    expect(fields(recovery(1))).toEqual(['input.recovery.fullRecoveryWithinDays']);
  });

  test('a skin type that is not SUITABLE needs its reason; each skin type once', () => {
    const { SUITABLE, CAUTION } = SkinTypeSuitability;
    const { IV, V } = FitzpatrickType;
    const errors = treatment({
      skinTypes: [
        { skinType: IV, suitability: SUITABLE },
        { skinType: V, suitability: CAUTION },
        { skinType: IV, suitability: SUITABLE },
      ],
    });

    expect(fields(errors)).toEqual(['input.skinTypes.1.note', 'input.skinTypes.2.skinType']);
  });

  test('the last review is today or earlier', () => {
    expect(treatment({ lastReviewedOn: '2020-02-29' })).toEqual([]);
    expect(fields(treatment({ lastReviewedOn: '2999-01-01' }))).toEqual(['input.lastReviewedOn']);
    expect(fields(treatment({ lastReviewedOn: '2020-02-30' }))).toEqual(['input.lastReviewedOn']);
  });

  test('aftercare lasts at least an hour', () => {
    expect(fields(treatment({ aftercare: [{ instruction: 'No makeup', hours: { min: 0, max: 24 } }] }))).toEqual([
      'input.aftercare.0.hours.min',
    ]);
  });
});

describe('protocol fields', () => {
  test('a blank step note and a repeated concern are INVALID', () => {
    const { ACNE_SCARS } = SkinConcern;
    const errors = userErrorsOf((checks) =>
      checkProtocol(checks, { concerns: [ACNE_SCARS, ACNE_SCARS], steps: [{ treatmentId: 't', note: '' }] }),
    );

    expect(fields(errors)).toEqual(['input.concerns', 'input.steps.0.note']);
  });
});
