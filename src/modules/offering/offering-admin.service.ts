/**
 * Setting offerings: the organization-wide default of a protocol (ORG_ADMIN) and clinics'
 * overrides of it (ORG_ADMIN; CLINIC_MANAGER for their own clinics), one clinic or many
 * at once, audited. An override row keeps only the values it sets (NULL = inherit); an
 * override that sets nothing is removed.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { Money } from '../../common/money';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isCurrency, quote } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { recordAudit } from '../audit/audit.service';
import {
  DURATION_MINUTES,
  MoneyInput,
  OfferingDefaultSetInput,
  OfferingErrorCode,
  OfferingField,
  OfferingOverrideInput,
  OfferingSetInput,
  OfferingsBulkSetInput,
} from './offering-admin.inputs';
import { Offering, OfferingDefault } from './offering.entity';
import {
  checkSetOrClear,
  overrideAfter,
  planOverride,
  sameValues,
  SettingRow,
  SettingValues,
  valueOf,
  valuesOf,
} from './offering-inheritance.rules';
import { offeringOf } from './offering.service';

const { NOT_FOUND, INVALID, NOT_ALLOWED, CURRENCY_MISMATCH, NO_DEFAULT } = OfferingErrorCode;

/** What the audit trail keeps of a setting: where it applies and its values (null when there is none). */
function auditView(protocolId: string, clinicId: string | null, values: SettingValues | null): Record<string, unknown> | null {
  if (!values) return null;
  const price = values.priceAmount == null ? null : { amount: values.priceAmount, currency: values.currency };
  return {
    protocolId,
    clinicId,
    enabled: values.enabled,
    price,
    durationMinutes: values.durationMinutes,
    bookableOnline: values.bookableOnline,
  };
}

async function organizationCurrency(ctx: RequestContext): Promise<string> {
  const q = new SqlParams();
  const [row] = await ctx.db.query<{ currency: string }>(
    `SELECT o.currency FROM organizations o WHERE ${ctx.scope.organizationRows('o', q)}`,
    q.values,
  );
  return row.currency;
}

function checkPrice(checks: Checks, price: MoneyInput, currency: string): void {
  checks.check(price.amount >= 0, INVALID, ['input', 'price', 'amount'], 'Give a price of at least 0 (in minor units, e.g. cents).');
  if (!isCurrency(price.currency)) {
    checks.fail(
      INVALID,
      ['input', 'price', 'currency'],
      `${quote(price.currency)} is not an ISO 4217 currency code; prices of your organization are in ${currency}.`,
    );
  } else {
    checks.check(
      price.currency === currency,
      CURRENCY_MISMATCH,
      ['input', 'price', 'currency'],
      `Prices of your organization are in ${currency}, not ${price.currency}.`,
    );
  }
}

function checkDuration(checks: Checks, durationMinutes: number): void {
  const { min, max } = DURATION_MINUTES;
  checks.check(
    durationMinutes >= min && durationMinutes <= max,
    INVALID,
    ['input', 'durationMinutes'],
    `Give a duration of ${min} to ${max} minutes.`,
  );
}

/** The protocol behind an input id: the shared library's or the organization's own, not retired; NOT_FOUND otherwise. */
async function visibleProtocol(ctx: RequestContext, id: string): Promise<string> {
  const protocolId = referenceOf(tryUuidFromGlobalId, id, 'Protocol', ['input', 'protocolId']);
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT p.id FROM protocols p WHERE p.id = ${q.param(protocolId)}::uuid AND p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, ['input', 'protocolId'], 'No Protocol with this id.');
  return protocolId;
}

export async function setOfferingDefault(ctx: RequestContext, input: OfferingDefaultSetInput): Promise<OfferingDefault> {
  const { organizationId } = requireMember(ctx.viewer);
  const currency = await organizationCurrency(ctx);
  const checks = new Checks();
  checkPrice(checks, input.price, currency);
  checkDuration(checks, input.durationMinutes);
  checks.throwIfAny();
  const protocolId = await visibleProtocol(ctx, input.protocolId);
  const q = new SqlParams();
  const [before]: SettingRow[] = await ctx.db.query(
    `SELECT s.* FROM offering_settings s
      WHERE ${ctx.scope.tenantRows('offering_settings', 's', q)} AND s.protocol_id = ${q.param(protocolId)}::uuid AND s.clinic_id IS NULL
        FOR UPDATE`,
    q.values,
  );
  const values: SettingValues = {
    enabled: input.enabled,
    priceAmount: input.price.amount,
    currency: input.price.currency,
    durationMinutes: input.durationMinutes,
    bookableOnline: input.bookableOnline,
  };
  if (before && sameValues(valuesOf(before), values)) return toDefault(protocolId, values);
  const [row]: SettingRow[] = await ctx.db.query(
    `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, clinic_id, enabled, price_amount, currency, duration_minutes, bookable_online)
     SELECT $1, p.owner_id, p.id, NULL, $3, $4, $5, $6, $7 FROM protocols p WHERE p.id = $2
     ON CONFLICT (organization_id, protocol_id, clinic_id) DO UPDATE SET
       enabled = EXCLUDED.enabled, price_amount = EXCLUDED.price_amount, currency = EXCLUDED.currency,
       duration_minutes = EXCLUDED.duration_minutes, bookable_online = EXCLUDED.bookable_online, updated_at = now()
     RETURNING *`,
    [organizationId, protocolId, values.enabled, values.priceAmount, values.currency, values.durationMinutes, values.bookableOnline],
  );
  await recordAudit(ctx, {
    action: 'offering.default.set',
    targetType: 'OfferingSetting',
    targetId: row.id,
    before: auditView(protocolId, null, before ? valuesOf(before) : null),
    after: auditView(protocolId, null, valuesOf(row)),
  });
  return toDefault(protocolId, valuesOf(row));
}

function toDefault(protocolId: string, v: SettingValues): OfferingDefault {
  return Object.assign(new OfferingDefault(), {
    protocolId,
    enabled: v.enabled!,
    price: Money.of(v.priceAmount!, v.currency!),
    durationMinutes: v.durationMinutes!,
    bookableOnline: v.bookableOnline!,
  });
}

/** Validates the values an override sets or clears; returns the fields to clear. */
function checkOverride(checks: Checks, input: OfferingOverrideInput, currency: string): Set<OfferingField> {
  if (input.price != null) checkPrice(checks, input.price, currency);
  if (input.durationMinutes != null) checkDuration(checks, input.durationMinutes);
  return checkSetOrClear(checks, input);
}

interface ClinicTarget {
  id: string;
  name: string;
}

/**
 * The clinics behind input ids, in input order without duplicates: INVALID for a
 * malformed id, NOT_FOUND for a clinic outside the viewer's organization, NOT_ALLOWED for
 * a clinic of the organization (visible: clinics are public) that a clinic-scoped viewer
 * does not manage.
 */
async function namedClinics(ctx: RequestContext, ids: Array<{ id: string; field: string[] }>): Promise<ClinicTarget[]> {
  const { clinicIds: ownClinics } = requireMember(ctx.viewer);
  const checks = new Checks();
  const wanted = ids.map(({ id, field }) => {
    const uuid = tryUuidFromGlobalId(id, 'Clinic');
    checks.check(uuid != null, INVALID, field, 'This is not the id of a Clinic.');
    return { uuid, field };
  });
  // Existence is checked across the organization (its clinics are public), so that a
  // manager learns the clinic is not theirs rather than that it does not exist.
  const q = new SqlParams();
  const rows: ClinicTarget[] = await ctx.db.query(
    `SELECT c.id, c.name FROM clinics c WHERE c.id = ANY(${q.param(wanted.flatMap((w) => w.uuid ?? []))}::uuid[]) AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const targets: ClinicTarget[] = [];
  for (const { uuid, field } of wanted) {
    if (uuid == null) continue; // malformed: reported above
    const row = byId.get(uuid);
    if (!row) {
      checks.fail(NOT_FOUND, field, 'No Clinic with this id.');
    } else if (ownClinics && !ownClinics.includes(row.id)) {
      checks.fail(NOT_ALLOWED, field, `You do not manage ${row.name}: clinic managers change the offerings of their own clinics only.`);
    } else if (!seen.has(row.id)) {
      seen.add(row.id);
      targets.push(row);
    }
  }
  checks.throwIfAny();
  return targets;
}

/** Every clinic of the organization the viewer may change (a clinic-scoped viewer's own), by name. */
async function allClinics(ctx: RequestContext): Promise<ClinicTarget[]> {
  const q = new SqlParams();
  return ctx.db.query(
    `SELECT c.id, c.name FROM clinics c WHERE ${ctx.scope.tenantRows('clinics', 'c', q)} ORDER BY c.name, c.id`,
    q.values,
  );
}

/**
 * Applies the same override change to each clinic, all or nothing: locks the protocol's
 * settings, merges, upserts or removes the overrides that change, audits each, and
 * returns the clinics' effective offerings.
 */
async function setOverrides(
  ctx: RequestContext,
  input: OfferingOverrideInput,
  clinicsOf: () => Promise<ClinicTarget[]>,
): Promise<Offering[]> {
  const { organizationId } = requireMember(ctx.viewer);
  const currency = await organizationCurrency(ctx);
  const checks = new Checks();
  const clear = checkOverride(checks, input, currency);
  checks.throwIfAny();
  const protocolId = await visibleProtocol(ctx, input.protocolId);
  const clinics = await clinicsOf();
  if (clinics.length === 0) return [];

  const q = new SqlParams();
  const settings: SettingRow[] = await ctx.db.query(
    `SELECT s.* FROM offering_settings s
      WHERE ${ctx.scope.tenantRows('offering_settings', 's', q)} AND s.protocol_id = ${q.param(protocolId)}::uuid
        AND (s.clinic_id IS NULL OR s.clinic_id = ANY(${q.param(clinics.map((c) => c.id))}::uuid[]))
      ORDER BY s.clinic_id NULLS FIRST, s.id
        FOR UPDATE`,
    q.values,
  );
  const hasDefault = settings.some((s) => s.clinic_id == null);
  const overrides = new Map(settings.filter((s) => s.clinic_id != null).map((s) => [s.clinic_id!, s]));

  const upserts: Array<{ clinic: ClinicTarget; before: SettingRow | undefined; after: SettingValues }> = [];
  const removals: Array<{ clinic: ClinicTarget; before: SettingRow }> = [];
  const missing = new Map<OfferingField, string[]>();
  for (const clinic of clinics) {
    const before = overrides.get(clinic.id);
    const after = overrideAfter(input, clear, valuesOf(before));
    const plan = planOverride(before ? valuesOf(before) : null, after, hasDefault);
    if (plan.kind === 'remove' && before) removals.push({ clinic, before });
    else if (plan.kind === 'missing') for (const field of plan.fields) missing.set(field, [...(missing.get(field) ?? []), clinic.name]);
    else if (plan.kind === 'write') upserts.push({ clinic, before, after });
  }
  for (const [field, clinicNames] of missing) {
    const value = valueOf(field);
    checks.fail(
      NO_DEFAULT,
      ['input', value.input],
      `Your organization has no default for this protocol, so an override must set every value; ${value.input} is missing for ${clinicNames.join(', ')}. Set it, or set the default first (offeringDefaultSet).`,
    );
  }
  checks.throwIfAny();

  if (upserts.length) {
    const w = new SqlParams();
    const rows: SettingRow[] = await ctx.db.query(
      `INSERT INTO offering_settings (organization_id, protocol_owner_id, protocol_id, clinic_id, enabled, price_amount, currency, duration_minutes, bookable_online)
       SELECT ${w.param(organizationId)}::uuid, p.owner_id, p.id, v.clinic_id, v.enabled, v.price_amount, v.currency, v.duration_minutes, v.bookable_online
         FROM protocols p, unnest(${w.param(upserts.map((u) => u.clinic.id))}::uuid[], ${w.param(upserts.map((u) => u.after.enabled))}::boolean[],
                     ${w.param(upserts.map((u) => u.after.priceAmount))}::integer[], ${w.param(upserts.map((u) => u.after.currency))}::text[],
                     ${w.param(upserts.map((u) => u.after.durationMinutes))}::integer[], ${w.param(upserts.map((u) => u.after.bookableOnline))}::boolean[])
           AS v (clinic_id, enabled, price_amount, currency, duration_minutes, bookable_online)
        WHERE p.id = ${w.param(protocolId)}::uuid
       ON CONFLICT (organization_id, protocol_id, clinic_id) DO UPDATE SET
         enabled = EXCLUDED.enabled, price_amount = EXCLUDED.price_amount, currency = EXCLUDED.currency,
         duration_minutes = EXCLUDED.duration_minutes, bookable_online = EXCLUDED.bookable_online, updated_at = now()
       RETURNING *`,
      w.values,
    );
    const written = new Map(rows.map((r) => [r.clinic_id!, r]));
    for (const { clinic, before } of upserts) {
      const row = written.get(clinic.id)!;
      await recordAudit(ctx, {
        action: 'offering.override.set',
        targetType: 'OfferingSetting',
        targetId: row.id,
        before: auditView(protocolId, clinic.id, before ? valuesOf(before) : null),
        after: auditView(protocolId, clinic.id, valuesOf(row)),
      });
    }
  }
  if (removals.length) {
    await ctx.db.query('DELETE FROM offering_settings WHERE id = ANY($1::uuid[])', [removals.map((r) => r.before.id)]);
    for (const { clinic, before } of removals) {
      await recordAudit(ctx, {
        action: 'offering.override.remove',
        targetType: 'OfferingSetting',
        targetId: before.id,
        before: auditView(protocolId, clinic.id, valuesOf(before)),
        after: null,
      });
    }
  }

  const offerings: Offering[] = [];
  for (const clinic of clinics) {
    const offering = await offeringOf(ctx, clinic.id, protocolId);
    if (offering) offerings.push(offering);
  }
  return offerings;
}

/** One clinic's override; the clinic's effective offering after it (null when it no longer offers the protocol). */
export async function setOffering(ctx: RequestContext, input: OfferingSetInput): Promise<Offering | null> {
  const [offering] = await setOverrides(ctx, input, () => namedClinics(ctx, [{ id: input.clinicId, field: ['input', 'clinicId'] }]));
  return offering ?? null;
}

/** The same override for several clinics, in one transaction. */
export async function setOfferings(ctx: RequestContext, input: OfferingsBulkSetInput): Promise<Offering[]> {
  const all = input.allClinics === true;
  if (all && input.clinicIds != null) failWith(INVALID, ['input', 'allClinics'], 'Give clinicIds or allClinics: true, not both.');
  if (!all && !input.clinicIds?.length) failWith(INVALID, ['input', 'clinicIds'], 'Name at least one clinic, or give allClinics: true.');
  return setOverrides(ctx, input, () =>
    all
      ? allClinics(ctx)
      : namedClinics(
          ctx,
          input.clinicIds!.map((id, i) => ({ id, field: ['input', 'clinicIds', String(i)] })),
        ),
  );
}
