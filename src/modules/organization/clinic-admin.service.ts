/** Creating, changing and deactivating clinics (ORG_ADMIN), audited. */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isCountryCode, isEmail, isPhone, isSlug, isTimeZone, quote } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { setList } from '../../db/update-set';
import { recordAudit } from '../audit/audit.service';
import {
  AddressInput,
  ClinicCreateInput,
  ClinicDeactivateInput,
  ClinicErrorCode,
  ClinicUpdateInput,
  OpeningHoursInput,
} from './clinic-admin.inputs';
import { checkOpeningHours } from './opening-hours.rules';
import { Clinic, DAYS_OF_WEEK } from './organization.entity';

const { NOT_FOUND, INVALID, INVALID_TIME_ZONE } = ClinicErrorCode;

function checkAddress(checks: Checks, address: AddressInput, field: string[]): void {
  checks.notBlank(address.streetAddress, [...field, 'streetAddress'], 'a street address');
  checks.notBlank(address.locality, [...field, 'locality'], 'a city');
  checks.notBlank(address.region, [...field, 'region'], 'a region, or null');
  checks.notBlank(address.postalCode, [...field, 'postalCode'], 'a postal code, or null');
  checks.check(
    isCountryCode(address.countryCode),
    INVALID,
    [...field, 'countryCode'],
    `${quote(address.countryCode)} is not an ISO 3166-1 alpha-2 country code such as "US".`,
  );
}

function checkContact(checks: Checks, input: { phone?: string | null; email?: string | null }): void {
  if (input.phone != null)
    checks.check(isPhone(input.phone), INVALID, ['input', 'phone'], 'Give the phone number in E.164 form, e.g. "+12125550134".');
  if (input.email != null) checks.check(isEmail(input.email), INVALID, ['input', 'email'], 'Give a valid e-mail address.');
}

async function replaceOpeningHours(
  ctx: RequestContext,
  organizationId: string,
  clinicId: string,
  hours: OpeningHoursInput[],
): Promise<void> {
  await ctx.db.query('DELETE FROM clinic_opening_hours WHERE clinic_id = $1', [clinicId]);
  for (const h of hours) {
    await ctx.db.query(
      'INSERT INTO clinic_opening_hours (organization_id, clinic_id, day_of_week, opens, closes) VALUES ($1, $2, $3, $4, $5)',
      [organizationId, clinicId, DAYS_OF_WEEK.indexOf(h.dayOfWeek) + 1, h.opens, h.closes],
    );
  }
}

export async function createClinic(ctx: RequestContext, input: ClinicCreateInput): Promise<Clinic> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks()
    .check(isSlug(input.slug), INVALID, ['input', 'slug'], 'Use lowercase letters, digits and single dashes (at most 80).')
    .notBlank(input.name, ['input', 'name'], 'a name')
    .check(isTimeZone(input.timeZone), INVALID_TIME_ZONE, ['input', 'timeZone'], `${quote(input.timeZone)} is not an IANA time zone.`);
  checkAddress(checks, input.address, ['input', 'address']);
  checkContact(checks, input);
  checkOpeningHours(checks, input.openingHours ?? [], ['input', 'openingHours']);
  checks.throwIfAny();
  const q = new SqlParams();
  const [taken] = await ctx.db.query(
    `SELECT 1 FROM clinics c WHERE c.slug = ${q.param(input.slug)} AND ${ctx.scope.organizationWide('c', q)}`,
    q.values,
  );
  if (taken) failWith(ClinicErrorCode.TAKEN, ['input', 'slug'], 'Another clinic of your organization has this slug.');
  const a = input.address;
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    `INSERT INTO clinics (organization_id, slug, name, street_address, locality, region, postal_code, country_code, time_zone, phone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
    [
      organizationId,
      input.slug,
      input.name,
      a.streetAddress,
      a.locality,
      a.region ?? null,
      a.postalCode ?? null,
      a.countryCode,
      input.timeZone,
      input.phone ?? null,
      input.email ?? null,
    ],
  );
  await replaceOpeningHours(ctx, organizationId, row.id, input.openingHours ?? []);
  const clinic = ctx.db.hydrate(Clinic, row);
  await recordAudit(ctx, { action: 'clinic.create', targetType: 'Clinic', targetId: clinic.id, after: { ...input } });
  return clinic;
}

/** The clinic behind an input id, locked for the change; NOT_FOUND when not visible. */
async function lockClinic(ctx: RequestContext, id: string): Promise<Record<string, unknown>> {
  const clinicId = referenceOf(tryUuidFromGlobalId, id, 'Clinic', ['input', 'id']);
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT c.* FROM clinics c WHERE c.id = ${q.param(clinicId)}::uuid AND ${ctx.scope.tenantRows('clinics', 'c', q)} FOR UPDATE`,
    q.values,
  );
  if (!row) failWith(NOT_FOUND, ['input', 'id'], 'No Clinic with this id.');
  return row;
}

export async function updateClinic(ctx: RequestContext, input: ClinicUpdateInput): Promise<Clinic> {
  const before = await lockClinic(ctx, input.id);
  const checks = new Checks();
  checks.notBlank(input.name, ['input', 'name'], 'a name');
  if (input.timeZone != null)
    checks.check(
      isTimeZone(input.timeZone),
      INVALID_TIME_ZONE,
      ['input', 'timeZone'],
      `${quote(input.timeZone)} is not an IANA time zone.`,
    );
  if (input.address != null) checkAddress(checks, input.address, ['input', 'address']);
  checkContact(checks, input);
  if (input.openingHours != null) checkOpeningHours(checks, input.openingHours, ['input', 'openingHours']);
  checks.throwIfAny();
  const a = input.address ?? undefined;
  const q = new SqlParams();
  const sets = setList(q, {
    name: input.name ?? undefined,
    time_zone: input.timeZone ?? undefined,
    phone: input.phone,
    email: input.email,
    street_address: a?.streetAddress,
    locality: a?.locality,
    region: a && (a.region ?? null),
    postal_code: a && (a.postalCode ?? null),
    country_code: a?.countryCode,
  });
  const [row] = await ctx.db.query<{ id: string; organization_id: string } & Record<string, unknown>>(
    `UPDATE clinics SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${q.param(before.id)}::uuid RETURNING *`,
    q.values,
  );
  if (input.openingHours != null) await replaceOpeningHours(ctx, row.organization_id, row.id, input.openingHours);
  await recordAudit(ctx, { action: 'clinic.update', targetType: 'Clinic', targetId: row.id, before, after: row });
  return ctx.db.hydrate(Clinic, row);
}

export async function deactivateClinic(ctx: RequestContext, input: ClinicDeactivateInput): Promise<Clinic> {
  const before = await lockClinic(ctx, input.id);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
    'UPDATE clinics SET active = false, updated_at = now() WHERE id = $1 RETURNING *',
    [before.id],
  );
  await recordAudit(ctx, {
    action: 'clinic.deactivate',
    targetType: 'Clinic',
    targetId: row.id,
    before: { active: before.active },
    after: { active: false },
  });
  return ctx.db.hydrate(Clinic, row);
}
