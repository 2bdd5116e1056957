/**
 * Onboarding organizations (PLATFORM_ADMIN) and changing them (PLATFORM_ADMIN, ORG_ADMIN of their own), audited.
 * Row-level security lets a request create or change an organization only as that
 * organization, so platform operations run `asOrganization` the one they touch.
 */
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../context';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isCurrency, isSlug, isTimeZone, quote } from '../../common/validation';
import { recordAudit } from '../audit/audit.service';
import {
  ClinicalSettingsInput,
  OrganizationCreateInput,
  OrganizationErrorCode,
  OrganizationUpdateInput,
} from './organization-admin.inputs';
import { Organization } from './organization.entity';

const { INVALID, INVALID_TIME_ZONE, INVALID_CURRENCY, NOT_FOUND, TAKEN } = OrganizationErrorCode;

const SETTING_RANGES: Array<[keyof ClinicalSettingsInput, number, number]> = [
  ['isotretinoinWashoutMonths', 0, 24],
  ['retinoidWashoutDays', 0, 60],
  ['screeningValidDays', 1, 730],
];

function checkSettings(checks: Checks, settings: ClinicalSettingsInput | null | undefined): void {
  for (const [key, min, max] of SETTING_RANGES) {
    const value = settings?.[key];
    if (value != null)
      checks.check(value >= min && value <= max, INVALID, ['input', 'clinicalSettings', key], `${key} must be between ${min} and ${max}.`);
  }
}

export async function createOrganization(ctx: RequestContext, input: OrganizationCreateInput): Promise<Organization> {
  const checks = new Checks()
    .check(isSlug(input.slug), INVALID, ['input', 'slug'], 'Use lowercase letters, digits and single dashes (at most 80).')
    .notBlank(input.name, ['input', 'name'], 'a name')
    .check(
      isCurrency(input.currency),
      INVALID_CURRENCY,
      ['input', 'currency'],
      `${quote(input.currency)} is not an ISO 4217 currency code.`,
    )
    .check(
      isTimeZone(input.defaultTimeZone),
      INVALID_TIME_ZONE,
      ['input', 'defaultTimeZone'],
      `${quote(input.defaultTimeZone)} is not an IANA time zone.`,
    )
    .notBlank(input.firstAdminSubject, ['input', 'firstAdminSubject'], 'the subject of the first admin');
  checkSettings(checks, input.clinicalSettings);
  checks.throwIfAny();
  const [taken] = await ctx.db.query('SELECT 1 FROM organizations WHERE slug = $1', [input.slug]);
  if (taken) failWith(TAKEN, ['input', 'slug'], 'This slug is already in use.');
  const s = input.clinicalSettings ?? {};
  // The id is chosen first: the organization is inserted as itself.
  const id = randomUUID();
  return ctx.db.asOrganization(id, async () => {
    const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>(
      `INSERT INTO organizations (id, slug, name, currency, default_time_zone, isotretinoin_washout_months, retinoid_washout_days, screening_valid_days)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6, 6), COALESCE($7, 7), COALESCE($8, 180)) RETURNING *`,
      [
        id,
        input.slug,
        input.name,
        input.currency,
        input.defaultTimeZone,
        s.isotretinoinWashoutMonths ?? null,
        s.retinoidWashoutDays ?? null,
        s.screeningValidDays ?? null,
      ],
    );
    const [membership] = await ctx.db.query<{ id: string }>(
      `INSERT INTO memberships (organization_id, subject, role) VALUES ($1, $2, 'ORG_ADMIN') RETURNING id`,
      [row.id, input.firstAdminSubject],
    );
    await recordAudit(ctx, {
      organizationId: row.id,
      action: 'organization.create',
      targetType: 'Organization',
      targetId: row.id,
      after: row,
    });
    await recordAudit(ctx, {
      organizationId: row.id,
      action: 'membership.create',
      targetType: 'Membership',
      targetId: membership.id,
      after: { subject: input.firstAdminSubject, role: 'ORG_ADMIN', clinics: [] },
    });
    return ctx.db.hydrate(Organization, row);
  });
}

export async function updateOrganization(ctx: RequestContext, input: OrganizationUpdateInput): Promise<Organization> {
  const id = referenceOf(tryUuidFromGlobalId, input.id, 'Organization', ['input', 'id']);
  const { viewer } = ctx;
  // ORG_ADMIN changes only their own organization; others' ids look unknown.
  const visible = viewer.kind === 'platform-admin' || (viewer.kind === 'member' && viewer.organizationId === id);
  if (!visible) failWith(NOT_FOUND, ['input', 'id'], 'No Organization with this id.');
  // A member's request is already set to their organization.
  return viewer.kind === 'platform-admin'
    ? ctx.db.asOrganization(id, () => changeOrganization(ctx, id, input))
    : changeOrganization(ctx, id, input);
}

async function changeOrganization(ctx: RequestContext, id: string, input: OrganizationUpdateInput): Promise<Organization> {
  const [before] = await ctx.db.query('SELECT * FROM organizations WHERE id = $1 FOR UPDATE', [id]);
  if (!before) failWith(NOT_FOUND, ['input', 'id'], 'No Organization with this id.');
  const checks = new Checks();
  checks.notBlank(input.name, ['input', 'name'], 'a name');
  if (input.defaultTimeZone != null) {
    checks.check(
      isTimeZone(input.defaultTimeZone),
      INVALID_TIME_ZONE,
      ['input', 'defaultTimeZone'],
      `${quote(input.defaultTimeZone)} is not an IANA time zone.`,
    );
  }
  checkSettings(checks, input.clinicalSettings);
  checks.throwIfAny();
  const s = input.clinicalSettings ?? {};
  const [row] = await ctx.db.query(
    `UPDATE organizations SET name = COALESCE($2, name), default_time_zone = COALESCE($3, default_time_zone),
       isotretinoin_washout_months = COALESCE($4, isotretinoin_washout_months), retinoid_washout_days = COALESCE($5, retinoid_washout_days),
       screening_valid_days = COALESCE($6, screening_valid_days), updated_at = now()
     WHERE id = $1 RETURNING *`,
    [
      id,
      input.name ?? null,
      input.defaultTimeZone ?? null,
      s.isotretinoinWashoutMonths ?? null,
      s.retinoidWashoutDays ?? null,
      s.screeningValidDays ?? null,
    ],
  );
  await recordAudit(ctx, {
    organizationId: id,
    action: 'organization.update',
    targetType: 'Organization',
    targetId: id,
    before,
    after: row,
  });
  return ctx.db.hydrate(Organization, row);
}
