/** Opening hours: "HH:MM" times, closes after opens, no overlapping intervals on one day. */
import {
  checkOpeningHours,
  isOpeningInterval,
  OpeningInterval,
  overlappingDays,
  overlaps,
} from '../../../src/modules/organization/opening-hours.rules';
import { userErrorsOf } from '../../support/user-errors-of';

const MONDAY = 'MONDAY';
const TUESDAY = 'TUESDAY';
const interval = (opens: string, closes: string, dayOfWeek = MONDAY): OpeningInterval => ({ dayOfWeek, opens, closes });
const FIELD = ['input', 'openingHours'];

describe('one interval', () => {
  test.each([
    ['a working day', '09:00', '17:00', true],
    ['one minute long', '09:00', '09:01', true],
    ['the whole day up to 23:59', '00:00', '23:59', true],
    ['closing when it opens', '09:00', '09:00', false],
    ['closing before it opens (spanning midnight)', '22:00', '02:00', false],
    ['an hour without its leading zero', '9:00', '17:00', false],
    ['with seconds', '09:00:00', '17:00:30', true],
    ['hour 24', '09:00', '24:00', false],
    ['minute 60', '09:60', '17:00', false],
    ['no time at all', '', '17:00', false],
  ])('%s (%s-%s) is valid: %p', (_case, opens, closes, valid) => {
    expect(isOpeningInterval(interval(opens, closes))).toBe(valid);
  });
});

describe('intervals of one day', () => {
  test('a lunch break does not overlap', () => {
    expect(overlaps([interval('09:00', '12:00'), interval('13:00', '18:00')])).toBe(false);
  });

  test('one interval ending when the next begins does not overlap', () => {
    expect(overlaps([interval('09:00', '12:00'), interval('12:00', '18:00')])).toBe(false);
  });

  test('one minute in common overlaps', () => {
    expect(overlaps([interval('09:00', '12:01'), interval('12:00', '18:00')])).toBe(true);
  });

  test('an interval inside another overlaps, whatever the order given', () => {
    expect(overlaps([interval('10:00', '11:00'), interval('09:00', '18:00')])).toBe(true);
  });

  test('the same interval twice overlaps', () => {
    expect(overlaps([interval('09:00', '12:00'), interval('09:00', '12:00')])).toBe(true);
  });
});

describe('a week', () => {
  test('the same hours on different days do not overlap', () => {
    expect(overlappingDays([interval('09:00', '17:00', MONDAY), interval('09:00', '17:00', TUESDAY)])).toEqual([]);
  });

  test('each day with overlapping intervals is named once, in the order the days appear', () => {
    const week = [
      interval('09:00', '12:00', TUESDAY),
      interval('11:00', '14:00', TUESDAY),
      interval('15:00', '16:00', TUESDAY),
      interval('09:00', '17:00', MONDAY),
      interval('16:00', '18:00', MONDAY),
    ];

    expect(overlappingDays(week)).toEqual([TUESDAY, MONDAY]);
  });
});

describe('checkOpeningHours', () => {
  test('no hours at all are fine (a clinic open by appointment)', () => {
    expect(userErrorsOf((checks) => checkOpeningHours(checks, [], FIELD))).toEqual([]);
  });

  test('a malformed interval is reported at its index', () => {
    const errors = userErrorsOf((checks) =>
      checkOpeningHours(checks, [interval('09:00', '17:00'), interval('18:00', '17:00', TUESDAY)], FIELD),
    );

    expect(errors).toEqual([
      { code: 'INVALID_OPENING_HOURS', field: ['input', 'openingHours', '1'], message: expect.stringContaining('closes after opens') },
    ]);
  });

  test('an overlapping day is reported at the list, naming the day', () => {
    const errors = userErrorsOf((checks) => checkOpeningHours(checks, [interval('09:00', '13:00'), interval('12:00', '17:00')], FIELD));

    expect(errors).toEqual([{ code: 'INVALID_OPENING_HOURS', field: FIELD, message: 'Opening intervals on MONDAY overlap.' }]);
  });

  test('every fault is reported at once', () => {
    const errors = userErrorsOf((checks) =>
      checkOpeningHours(
        checks,
        [interval('25:00', '17:00'), interval('09:00', '13:00', TUESDAY), interval('12:00', '17:00', TUESDAY)],
        FIELD,
      ),
    );

    expect(errors.map((e) => e.field)).toEqual([['input', 'openingHours', '0'], FIELD]);
  });
});
