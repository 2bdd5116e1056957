/** The course area's pure rules: spacing windows (DST included), transitions, needle depth, aftercare. */
import { aftercarePlan } from '../../../src/modules/course/aftercare.rules';
import { needleDepthProblem, TreatmentArea } from '../../../src/modules/course/needle-depth.rules';
import { mayTransition, transition } from '../../../src/modules/course/session-transitions.rules';
import { checkSpacing, planSessions, SpacingProtocol } from '../../../src/modules/course/spacing.rules';
import { localDateOf, startOfLocalDay } from '../../../src/modules/course/zoned-time';

const MICRONEEDLING: SpacingProtocol = {
  kind: 'SINGLE',
  intervalMinDays: 28,
  intervalMaxDays: 42,
  steps: [{ position: 1, treatmentSlug: 'microneedling', minDaysAfterPrevious: null, maxDaysAfterPrevious: null }],
};
const ALTERNATING: SpacingProtocol = {
  kind: 'ALTERNATING',
  intervalMinDays: 14,
  intervalMaxDays: 28,
  steps: [
    { position: 1, treatmentSlug: 'microneedling', minDaysAfterPrevious: 21, maxDaysAfterPrevious: 35 },
    { position: 2, treatmentSlug: 'chemical-peel-glycolic', minDaysAfterPrevious: 14, maxDaysAfterPrevious: 28 },
  ],
};

describe('spacing', () => {
  test('the next session may start from the local day min days later, across a DST change, at local midnight', () => {
    // Berlin: 2027-03-01 is UTC+1; four weeks later (2027-03-29) UTC+2.
    const first = new Date('2027-03-01T16:00:00+01:00');
    const verdict = checkSpacing(MICRONEEDLING, 2, new Date('2027-03-28T23:59:00+02:00'), first, 'Europe/Berlin');
    expect(verdict).toEqual({ ok: false, window: expect.anything() as object, earliestStart: new Date('2027-03-29T00:00:00+02:00') });
    expect(checkSpacing(MICRONEEDLING, 2, new Date('2027-03-29T00:00:00+02:00'), first, 'Europe/Berlin').ok).toBe(true);
  });

  test('the first session is never too early; alternating protocols use the component gap of the next step', () => {
    expect(checkSpacing(MICRONEEDLING, 1, new Date('2027-01-01T00:00:00Z'), null, 'UTC').ok).toBe(true);
    const needling = new Date('2027-01-04T10:00:00Z');
    expect(checkSpacing(ALTERNATING, 2, new Date('2027-01-17T10:00:00Z'), needling, 'UTC').ok).toBe(false);
    expect(checkSpacing(ALTERNATING, 2, new Date('2027-01-18T00:00:00Z'), needling, 'UTC').ok).toBe(true);
    // The microneedling after a peel waits 21 days, not the protocol's 14.
    expect(checkSpacing(ALTERNATING, 3, new Date('2027-01-22T10:00:00Z'), needling, 'UTC').ok).toBe(false);
  });

  test('a late session and a skipped place are deviations; a no-show holds no place', () => {
    const start = new Date('2027-01-01T00:00:00Z');
    const { plan, deviations } = planSessions(
      MICRONEEDLING,
      3,
      [
        { id: 's1', startsAt: new Date('2027-01-04T10:00:00Z'), status: 'COMPLETED' },
        { id: 'x', startsAt: new Date('2027-02-01T10:00:00Z'), status: 'NO_SHOW' },
        { id: 's2', startsAt: new Date('2027-03-01T10:00:00Z'), status: 'COMPLETED' },
      ],
      start,
      new Date('2027-06-01T00:00:00Z'),
      'UTC',
    );
    expect(plan.map((p) => [p.number, p.sessionId, p.deviation])).toEqual([
      [1, 's1', null],
      [2, 's2', 'LATE'],
      [3, null, 'SKIPPED'],
    ]);
    expect(deviations.map((d) => d.kind)).toEqual(['LATE', 'SKIPPED', 'NO_SHOW']);
  });

  test('zoned helpers: local day and the start of a local day', () => {
    expect(localDateOf(new Date('2027-03-27T23:30:00Z'), 'Europe/Berlin')).toBe('2027-03-28');
    expect(startOfLocalDay('2027-03-28', 'America/New_York').toISOString()).toBe('2027-03-28T04:00:00.000Z');
    expect(startOfLocalDay('2027-01-10', 'Asia/Tokyo').toISOString()).toBe('2027-01-09T15:00:00.000Z');
  });
});

describe('session transitions', () => {
  test('legal paths', () => {
    expect(transition('SCHEDULED', 'CHECK_IN')).toEqual({ to: 'CHECKED_IN' });
    expect(transition('CHECKED_IN', 'COMPLETE')).toEqual({ to: 'COMPLETED' });
    expect(transition('SCHEDULED', 'NO_SHOW')).toEqual({ to: 'NO_SHOW' });
    expect(mayTransition('CHECKED_IN', 'CANCEL')).toBe(true);
  });

  test('illegal ones name the status', () => {
    expect(transition('CANCELLED', 'COMPLETE')).toEqual({
      problem: expect.stringContaining('cancelled session cannot be completed') as string,
    });
    for (const from of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      for (const action of ['RESCHEDULE', 'CANCEL', 'CHECK_IN', 'COMPLETE', 'NO_SHOW'] as const)
        expect(mayTransition(from, action)).toBe(false);
    }
    expect(mayTransition('SCHEDULED', 'COMPLETE')).toBe(false);
  });
});

describe('needle depth', () => {
  test.each([
    [TreatmentArea.FOREHEAD, 0.5, null, null],
    [TreatmentArea.AROUND_EYES, 0.75, null, 'outside'],
    [TreatmentArea.AROUND_EYES, 0.75, 'Thick skin, assessed', null],
    [TreatmentArea.CHEEKS, 3.5, 'any note', 'within 0.25-3'],
    [TreatmentArea.STRETCH_MARKS, 0.1, 'note', 'within 0.25-3'],
    [TreatmentArea.ACNE_SCARS, 2.0, null, null],
  ])('%s at %d mm (note %s)', (area, depth, note, problem) => {
    const found = needleDepthProblem(area, depth, note);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('aftercare', () => {
  test('absolute times from the session end, the longer bound, latest end per instruction, local text in the zone', () => {
    const end = new Date('2027-03-27T10:00:00Z'); // 11:00 in Berlin, the day before summer time
    const plan = aftercarePlan(
      [
        {
          slug: 'microneedling',
          aftercare: [
            { instruction: 'No makeup', hours: { min: 24, max: 24 }, note: null },
            { instruction: 'No retinoids', hours: { min: 120, max: 168 }, note: null },
          ],
        },
        { slug: 'prp-therapy', aftercare: [{ instruction: 'No retinoids', hours: { min: 168, max: 168 }, note: null }] },
      ],
      end,
      'Europe/Berlin',
    );
    expect(plan).toEqual([
      {
        instruction: 'No makeup',
        treatmentSlug: 'microneedling',
        until: new Date('2027-03-28T10:00:00Z'),
        untilLocal: '2027-03-28 12:00',
        note: null,
      },
      {
        instruction: 'No retinoids',
        treatmentSlug: 'microneedling',
        until: new Date('2027-04-03T10:00:00Z'),
        untilLocal: '2027-04-03 12:00',
        note: null,
      },
    ]);
  });
});
