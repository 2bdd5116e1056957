/** Override inheritance: an override keeps what it sets, clearing falls back to the default, an empty override goes. */
import { OfferingField } from '../../../src/modules/offering/offering-admin.inputs';
import {
  checkSetOrClear,
  overrideAfter,
  OverrideChangeInput,
  planOverride,
  sameValues,
  SettingValues,
  valuesOf,
} from '../../../src/modules/offering/offering-inheritance.rules';
import { userErrorsOf } from '../../support/user-errors-of';

const { ENABLED, PRICE, DURATION_MINUTES, BOOKABLE_ONLINE } = OfferingField;
const NOTHING: SettingValues = { enabled: null, priceAmount: null, currency: null, durationMinutes: null, bookableOnline: null };
const FULL: SettingValues = { enabled: true, priceAmount: 42000, currency: 'USD', durationMinutes: 60, bookableOnline: true };
const PRICE_ONLY: SettingValues = { ...NOTHING, priceAmount: 39000, currency: 'USD' };
const after = (input: OverrideChangeInput, before: SettingValues) => overrideAfter(input, new Set(input.clear ?? []), before);

describe('valuesOf and sameValues', () => {
  test('no row means no values', () => {
    expect(valuesOf(undefined)).toEqual(NOTHING);
  });

  test('a row gives its values', () => {
    expect(
      valuesOf({
        id: 'i',
        clinic_id: 'c',
        enabled: false,
        price_amount: 100,
        currency: 'EUR',
        duration_minutes: null,
        bookable_online: null,
      }),
    ).toEqual({ ...NOTHING, enabled: false, priceAmount: 100, currency: 'EUR' });
  });

  test('values are the same only when every one is', () => {
    expect(sameValues(FULL, { ...FULL })).toBe(true);
    expect(sameValues(FULL, { ...FULL, currency: 'EUR' })).toBe(false);
    expect(sameValues(FULL, { ...FULL, bookableOnline: null })).toBe(false);
  });
});

describe('an override after a change', () => {
  test('a value given replaces the current one; the others stay', () => {
    expect(after({ durationMinutes: 45 }, PRICE_ONLY)).toEqual({ ...PRICE_ONLY, durationMinutes: 45 });
  });

  test('false is a value, not "not given"', () => {
    expect(after({ enabled: false }, NOTHING)).toEqual({ ...NOTHING, enabled: false });
  });

  test('a cleared value is inherited again (null)', () => {
    expect(after({ clear: [DURATION_MINUTES] }, { ...PRICE_ONLY, durationMinutes: 45 })).toEqual(PRICE_ONLY);
  });

  test('clearing the price clears amount and currency together', () => {
    expect(after({ clear: [PRICE] }, FULL)).toEqual({ ...FULL, priceAmount: null, currency: null });
  });

  test('a new price brings its currency', () => {
    expect(after({ price: { amount: 0, currency: 'USD' } }, NOTHING)).toEqual({ ...NOTHING, priceAmount: 0, currency: 'USD' });
  });

  test('clearing a value the override does not set changes nothing', () => {
    expect(after({ clear: [BOOKABLE_ONLINE] }, PRICE_ONLY)).toEqual(PRICE_ONLY);
  });
});

describe('set or clear, not both', () => {
  test('setting one field and clearing another is fine, and answers the fields to clear', () => {
    let clear: Set<OfferingField> | undefined;
    const errors = userErrorsOf((checks) => {
      clear = checkSetOrClear(checks, { enabled: true, clear: [PRICE] });
    });

    expect(errors).toEqual([]);
    expect(clear).toEqual(new Set([PRICE]));
  });

  test('setting and clearing the same field is INVALID at its entry of clear', () => {
    const errors = userErrorsOf((checks) =>
      checkSetOrClear(checks, { enabled: false, bookableOnline: true, clear: [BOOKABLE_ONLINE, ENABLED] }),
    );

    expect(errors.map((e) => e.field)).toEqual([
      ['input', 'clear', '0'],
      ['input', 'clear', '1'],
    ]);
    expect(errors[0]).toMatchObject({ code: 'INVALID', message: 'bookableOnline is both set and cleared; do one or the other.' });
  });
});

describe('the plan for an override', () => {
  test('a new override with values is written', () => {
    expect(planOverride(null, PRICE_ONLY, true)).toEqual({ kind: 'write' });
  });

  test('a changed override is written', () => {
    expect(planOverride(PRICE_ONLY, { ...PRICE_ONLY, enabled: false }, true)).toEqual({ kind: 'write' });
  });

  test('an override that stays the same is not written again', () => {
    expect(planOverride(PRICE_ONLY, { ...PRICE_ONLY }, true)).toEqual({ kind: 'unchanged' });
  });

  test('an override cleared of every value is removed: the clinic inherits the default', () => {
    expect(planOverride(PRICE_ONLY, NOTHING, true)).toEqual({ kind: 'remove' });
  });

  test('clearing where there is no override changes nothing', () => {
    expect(planOverride(null, NOTHING, true)).toEqual({ kind: 'unchanged' });
  });

  test('without a default, an override must set every value: the missing ones are named', () => {
    expect(planOverride(null, PRICE_ONLY, false)).toEqual({ kind: 'missing', fields: [ENABLED, DURATION_MINUTES, BOOKABLE_ONLINE] });
  });

  test('without a default, a full override is written', () => {
    expect(planOverride(null, FULL, false)).toEqual({ kind: 'write' });
  });

  test('without a default, an override may still be removed', () => {
    expect(planOverride(FULL, NOTHING, false)).toEqual({ kind: 'remove' });
  });
});
