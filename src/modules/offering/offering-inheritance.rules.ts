/**
 * How a clinic's offering inherits the organization-wide default, pure (no I/O, no
 * request context). An override keeps only the values it sets; a value it does not set
 * (null) is inherited from the default, field by field (offering.loaders.ts reads them
 * that way: COALESCE(override, default)). Clearing a value makes the override inherit
 * it again; an override that sets nothing any more is removed. Without a default there
 * is nothing to inherit, so an override must then set every value.
 */
import { Checks } from '../../common/user-errors';
import { OfferingErrorCode, OfferingField, OfferingOverrideInput } from './offering-admin.inputs';

const { INVALID } = OfferingErrorCode;

/** An offering_settings row as PostgreSQL returns it (clinic_id NULL: the organization-wide default). */
export interface SettingRow {
  id: string;
  clinic_id: string | null;
  enabled: boolean | null;
  price_amount: number | null;
  currency: string | null;
  duration_minutes: number | null;
  bookable_online: boolean | null;
}

/** The values of a setting; null = not set (inherit, for an override). */
export interface SettingValues {
  enabled: boolean | null;
  priceAmount: number | null;
  currency: string | null;
  durationMinutes: number | null;
  bookableOnline: boolean | null;
}

/** What an override input gives: values to set, and fields to clear. */
export type OverrideChangeInput = Pick<OfferingOverrideInput, 'enabled' | 'price' | 'durationMinutes' | 'bookableOnline' | 'clear'>;

/** Each value's input field (also its field path in userErrors) and whether it is set. */
export const VALUES: ReadonlyArray<{ field: OfferingField; input: keyof OverrideChangeInput; isSet: (v: SettingValues) => boolean }> = [
  { field: OfferingField.ENABLED, input: 'enabled', isSet: (v) => v.enabled != null },
  { field: OfferingField.PRICE, input: 'price', isSet: (v) => v.priceAmount != null },
  { field: OfferingField.DURATION_MINUTES, input: 'durationMinutes', isSet: (v) => v.durationMinutes != null },
  { field: OfferingField.BOOKABLE_ONLINE, input: 'bookableOnline', isSet: (v) => v.bookableOnline != null },
];

/** The value of `field` in VALUES. */
export function valueOf(field: OfferingField): (typeof VALUES)[number] {
  const value = VALUES.find((v) => v.field === field);
  if (!value) throw new Error(`Unknown offering field ${String(field)}`);
  return value;
}

/** The values of a setting row; all null when there is no row. */
export function valuesOf(row: SettingRow | undefined): SettingValues {
  return {
    enabled: row?.enabled ?? null,
    priceAmount: row?.price_amount ?? null,
    currency: row?.currency ?? null,
    durationMinutes: row?.duration_minutes ?? null,
    bookableOnline: row?.bookable_online ?? null,
  };
}

export function sameValues(a: SettingValues, b: SettingValues): boolean {
  return (
    a.enabled === b.enabled &&
    a.priceAmount === b.priceAmount &&
    a.currency === b.currency &&
    a.durationMinutes === b.durationMinutes &&
    a.bookableOnline === b.bookableOnline
  );
}

/**
 * A field may be set or cleared, not both: INVALID at each such entry of `clear`.
 * Returns the fields to clear.
 */
export function checkSetOrClear(checks: Checks, input: OverrideChangeInput): Set<OfferingField> {
  (input.clear ?? []).forEach((field, i) => {
    const value = valueOf(field);
    checks.check(
      input[value.input] == null,
      INVALID,
      ['input', 'clear', String(i)],
      `${value.input} is both set and cleared; do one or the other.`,
    );
  });
  return new Set(input.clear ?? []);
}

/**
 * One clinic's override: the values it sets after the change (null = inherit). A value
 * given replaces the current one; a cleared value is inherited again; any other value
 * stays as it is. Price amount and currency go together.
 */
export function overrideAfter(input: OverrideChangeInput, clear: ReadonlySet<OfferingField>, before: SettingValues): SettingValues {
  const keep = <T>(field: OfferingField, given: T | null | undefined, current: T | null): T | null =>
    given != null ? given : clear.has(field) ? null : current;
  const price = keep<{ amount: number; currency: string | null }>(
    OfferingField.PRICE,
    input.price,
    before.priceAmount == null ? null : { amount: before.priceAmount, currency: before.currency },
  );
  return {
    enabled: keep(OfferingField.ENABLED, input.enabled, before.enabled),
    priceAmount: price?.amount ?? null,
    currency: price?.currency ?? null,
    durationMinutes: keep(OfferingField.DURATION_MINUTES, input.durationMinutes, before.durationMinutes),
    bookableOnline: keep(OfferingField.BOOKABLE_ONLINE, input.bookableOnline, before.bookableOnline),
  };
}

/** What becomes of one clinic's override row. */
export type OverridePlan =
  /** Nothing to write: the override does not change (or there is none, and none is needed). */
  | { kind: 'unchanged' }
  /** The override sets nothing any more: remove it, the clinic inherits every value. */
  | { kind: 'remove' }
  /** Insert or update the override with its values after the change. */
  | { kind: 'write' }
  /** No default to inherit from: these fields must be set too. */
  | { kind: 'missing'; fields: OfferingField[] };

/**
 * The plan for one clinic's override, from its values before (null: no override row),
 * its values after the change and whether the organization has a default.
 */
export function planOverride(before: SettingValues | null, after: SettingValues, hasDefault: boolean): OverridePlan {
  const unset = VALUES.filter((v) => !v.isSet(after)).map((v) => v.field);
  if (unset.length === VALUES.length) return before ? { kind: 'remove' } : { kind: 'unchanged' };
  if (!hasDefault && unset.length > 0) return { kind: 'missing', fields: unset };
  return before && sameValues(before, after) ? { kind: 'unchanged' } : { kind: 'write' };
}
