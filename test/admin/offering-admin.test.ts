/**
 * Offerings with inheritance: organization-wide defaults (ORG_ADMIN) and clinic overrides
 * (ORG_ADMIN; CLINIC_MANAGER for their own clinics), one clinic or many in one call.
 * Effects are read back through the public catalog (`clinic.offerings`, anonymously);
 * app.sql only checks that failed mutations wrote nothing and that changes are audited.
 */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { AuditRow } from '../support/audit';
import { createOrganization, OrganizationFixture } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const UNKNOWN_PROTOCOL = Buffer.from('Protocol:00000000-0000-4000-8000-000000000000').toString('base64url');
const UNKNOWN_CLINIC = Buffer.from('Clinic:00000000-0000-4000-8000-000000000000').toString('base64url');
const eur = (amount: number) => ({ amount, currency: 'EUR' });

interface World {
  org: OrganizationFixture;
  admin: Api;
  /** Clinic global ids by slug ("clinic-0001", ...). */
  clinic: Record<string, string>;
  /** Library protocol global ids by slug. */
  protocol: Record<string, string>;
}

/**
 * A fresh organization (EUR) with `clinics` clinics; the factory gives each of `protocols`
 * a default of enabled, 100.00 EUR, 60 minutes, bookable online.
 */
async function world(clinics: number, protocols: string[] = ['microneedling']): Promise<World> {
  const org = await createOrganization(app.sql, { clinics, practitionersPerClinic: 0, protocols });
  const admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;
  const { clinics: list } = await app.api.OfferingAdminCatalog({ organizationSlug: org.slug });
  const clinic = Object.fromEntries(list.edges.map((e) => [e.node.slug, e.node.id]));
  const protocol: Record<string, string> = {};
  for (const slug of ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel']) {
    protocol[slug] = (await app.api.OfferingAdminProtocol({ slug })).protocol!.id;
  }
  return { org, admin, clinic, protocol };
}

/** The public catalog: clinic slug -> protocol slug -> offering. */
async function catalog(orgSlug: string) {
  const { clinics } = await app.api.OfferingAdminCatalog({ organizationSlug: orgSlug });
  return Object.fromEntries(
    clinics.edges.map((c) => [c.node.slug, Object.fromEntries(c.node.offerings.edges.map((o) => [o.node.protocol.slug, o.node]))]),
  );
}

/** Every offering setting of an organization, as stored. */
function settings(organizationId: string): Promise<unknown[]> {
  return app.sql.query(
    `SELECT s.clinic_id, s.protocol_id, s.enabled, s.price_amount, s.currency, s.duration_minutes, s.bookable_online, s.updated_at
       FROM offering_settings s WHERE s.organization_id = $1 ORDER BY s.clinic_id NULLS FIRST, s.protocol_id`,
    [organizationId],
  );
}

async function audits(
  organizationId: string,
  action?: string,
): Promise<Array<Pick<AuditRow, 'action' | 'actor_subject' | 'target_type' | 'before' | 'after'>>> {
  return app.sql.query(
    `SELECT action, actor_subject, target_type, before, after FROM audit_events
      WHERE organization_id = $1 AND action LIKE 'offering.%' AND ($2::text IS NULL OR action = $2) ORDER BY occurred_at, id`,
    [organizationId, action ?? null],
  );
}

/** Runs `act` and checks that it wrote no offering setting and no audit event. */
async function writesNothing(organizationId: string, act: () => Promise<void>): Promise<void> {
  const rowsBefore = await settings(organizationId);
  const auditsBefore = await audits(organizationId);
  await act();
  expect(await settings(organizationId)).toEqual(rowsBefore);
  expect(await audits(organizationId)).toEqual(auditsBefore);
}

test('a default change shows at every clinic without an override; the default is created or replaced and audited', async () => {
  const w = await world(3);
  const mn = w.protocol.microneedling;
  const override = await w.admin.OfferingSet({ input: { clinicId: w.clinic['clinic-0001'], protocolId: mn, price: eur(12000) } });
  expect(override.offeringSet.userErrors).toEqual([]);

  const { offeringDefaultSet } = await w.admin.OfferingDefaultSet({
    input: { protocolId: mn, enabled: true, price: eur(15000), durationMinutes: 45, bookableOnline: false },
  });
  expect(offeringDefaultSet).toEqual({
    offeringDefault: {
      enabled: true,
      price: { amount: 15000, currency: 'EUR', formatted: '€150.00' },
      durationMinutes: 45,
      bookableOnline: false,
      protocol: { id: mn, slug: 'microneedling' },
    },
    userErrors: [],
  });

  const offered = await catalog(w.org.slug);
  for (const slug of ['clinic-0002', 'clinic-0003']) {
    expect(offered[slug].microneedling).toMatchObject({
      enabled: true,
      price: { amount: 15000, currency: 'EUR' },
      durationMinutes: 45,
      bookableOnline: false,
      overridden: false,
    });
  }
  // The overriding clinic keeps its price and inherits the rest of the new default.
  expect(offered['clinic-0001'].microneedling).toMatchObject({
    enabled: true,
    price: { amount: 12000, currency: 'EUR' },
    durationMinutes: 45,
    bookableOnline: false,
    overridden: true,
  });

  const [event] = await audits(w.org.id, 'offering.default.set');
  expect(event).toMatchObject({
    actor_subject: `dev|${w.org.slug}|org_admin`,
    target_type: 'OfferingSetting',
    before: { clinicId: null, enabled: true, price: { amount: 10000, currency: 'EUR' }, durationMinutes: 60, bookableOnline: true },
    after: { clinicId: null, enabled: true, price: { amount: 15000, currency: 'EUR' }, durationMinutes: 45, bookableOnline: false },
  });

  // A protocol without a default yet: setting one makes every clinic offer it.
  expect(offered['clinic-0001']['microneedling-prp']).toBeUndefined();
  const created = await w.admin.OfferingDefaultSet({
    input: { protocolId: w.protocol['microneedling-prp'], enabled: true, price: eur(70000), durationMinutes: 90, bookableOnline: false },
  });
  expect(created.offeringDefaultSet.userErrors).toEqual([]);
  const after = await catalog(w.org.slug);
  for (const slug of ['clinic-0001', 'clinic-0002', 'clinic-0003']) {
    expect(after[slug]['microneedling-prp']).toMatchObject({ price: { amount: 70000 }, durationMinutes: 90, overridden: false });
  }
  const events = await audits(w.org.id, 'offering.default.set');
  expect(events).toHaveLength(2);
  expect(events[1].before).toBeNull();
  expect(events[1].after).toMatchObject({ protocolId: expect.any(String), price: { amount: 70000, currency: 'EUR' } });
});

test('an override changes only its clinic; clearing falls back to the default, clearing everything removes it', async () => {
  const w = await world(3);
  const mn = w.protocol.microneedling;
  const c2 = w.clinic['clinic-0002'];
  const set = await w.admin.OfferingSet({ input: { clinicId: c2, protocolId: mn, enabled: false, durationMinutes: 90 } });
  expect(set.offeringSet.userErrors).toEqual([]);
  expect(set.offeringSet.offering).toMatchObject({
    enabled: false,
    durationMinutes: 90,
    price: { amount: 10000, currency: 'EUR' },
    bookableOnline: true,
    overridden: true,
    clinic: { id: c2, slug: 'clinic-0002' },
    protocol: { id: mn, slug: 'microneedling' },
  });
  let offered = await catalog(w.org.slug);
  expect(offered['clinic-0002'].microneedling).toMatchObject({ enabled: false, durationMinutes: 90, overridden: true });
  for (const slug of ['clinic-0001', 'clinic-0003']) {
    expect(offered[slug].microneedling).toMatchObject({ enabled: true, durationMinutes: 60, overridden: false });
  }

  const cleared = await w.admin.OfferingSet({ input: { clinicId: c2, protocolId: mn, clear: ['DURATION_MINUTES'] } });
  expect(cleared.offeringSet.userErrors).toEqual([]);
  expect(cleared.offeringSet.offering).toMatchObject({ enabled: false, durationMinutes: 60, overridden: true });
  const [row] = await app.sql.query(
    `SELECT enabled, price_amount, duration_minutes, bookable_online FROM offering_settings s
      JOIN clinics c ON c.id = s.clinic_id WHERE c.organization_id = $1 AND c.slug = 'clinic-0002'`,
    [w.org.id],
  );
  expect(row).toEqual({ enabled: false, price_amount: null, duration_minutes: null, bookable_online: null });

  const removed = await w.admin.OfferingSet({ input: { clinicId: c2, protocolId: mn, clear: ['ENABLED'] } });
  expect(removed.offeringSet.userErrors).toEqual([]);
  expect(removed.offeringSet.offering).toMatchObject({ enabled: true, durationMinutes: 60, overridden: false });
  offered = await catalog(w.org.slug);
  expect(offered['clinic-0002'].microneedling).toMatchObject({ enabled: true, durationMinutes: 60, overridden: false });
  const [{ count }] = await app.sql.query(
    'SELECT count(*)::int AS count FROM offering_settings WHERE organization_id = $1 AND clinic_id IS NOT NULL',
    [w.org.id],
  );
  expect(count).toBe(0);

  const events = await audits(w.org.id);
  expect(events.map((e) => e.action)).toEqual(['offering.override.set', 'offering.override.set', 'offering.override.remove']);
  expect(events[0].before).toBeNull();
  expect(events[0].after).toMatchObject({ enabled: false, durationMinutes: 90, price: null, bookableOnline: null });
  expect(events[1].before).toMatchObject({ enabled: false, durationMinutes: 90 });
  expect(events[1].after).toMatchObject({ enabled: false, durationMinutes: null });
  expect(events[2].before).toMatchObject({ enabled: false, durationMinutes: null });
  expect(events[2].after).toBeNull();
});

test('bulk set overrides named clinics, or all clinics, each in one call', async () => {
  const w = await world(4);
  const mn = w.protocol.microneedling;
  const named = await w.admin.OfferingsBulkSet({
    input: { clinicIds: [w.clinic['clinic-0003'], w.clinic['clinic-0001'], w.clinic['clinic-0003']], protocolId: mn, price: eur(20000) },
  });
  expect(named.offeringsBulkSet.userErrors).toEqual([]);
  expect(named.offeringsBulkSet.offerings.map((o) => [o.clinic.slug, o.price.amount, o.overridden])).toEqual([
    ['clinic-0003', 20000, true],
    ['clinic-0001', 20000, true],
  ]);
  let offered = await catalog(w.org.slug);
  expect(Object.fromEntries(Object.entries(offered).map(([slug, o]) => [slug, o.microneedling.price.amount]))).toEqual({
    'clinic-0001': 20000,
    'clinic-0002': 10000,
    'clinic-0003': 20000,
    'clinic-0004': 10000,
  });
  expect(await audits(w.org.id, 'offering.override.set')).toHaveLength(2);

  const all = await w.admin.OfferingsBulkSet({ input: { allClinics: true, protocolId: mn, bookableOnline: false } });
  expect(all.offeringsBulkSet.userErrors).toEqual([]);
  expect(all.offeringsBulkSet.offerings.map((o) => [o.clinic.slug, o.price.amount, o.bookableOnline])).toEqual([
    ['clinic-0001', 20000, false],
    ['clinic-0002', 10000, false],
    ['clinic-0003', 20000, false],
    ['clinic-0004', 10000, false],
  ]);
  offered = await catalog(w.org.slug);
  expect(Object.values(offered).map((o) => o.microneedling.bookableOnline)).toEqual([false, false, false, false]);
  expect(await audits(w.org.id, 'offering.override.set')).toHaveLength(6);

  // Clearing everything everywhere removes every override at once.
  const reset = await w.admin.OfferingsBulkSet({ input: { allClinics: true, protocolId: mn, clear: ['PRICE', 'BOOKABLE_ONLINE'] } });
  expect(reset.offeringsBulkSet.userErrors).toEqual([]);
  expect(reset.offeringsBulkSet.offerings.map((o) => [o.price.amount, o.bookableOnline, o.overridden])).toEqual(
    Array(4).fill([10000, true, false]),
  );
  expect(await audits(w.org.id, 'offering.override.remove')).toHaveLength(4);
  const [{ count }] = await app.sql.query(
    'SELECT count(*)::int AS count FROM offering_settings WHERE organization_id = $1 AND clinic_id IS NOT NULL',
    [w.org.id],
  );
  expect(count).toBe(0);
});

test('a bulk set that fails for one clinic writes nothing, and clinicIds / allClinics are exclusive', async () => {
  const w = await world(3);
  const mn = w.protocol.microneedling;
  await w.admin.OfferingSet({ input: { clinicId: w.clinic['clinic-0001'], protocolId: mn, price: eur(11000) } });
  await writesNothing(w.org.id, async () => {
    const bad = await w.admin.OfferingsBulkSet({
      input: {
        clinicIds: [w.clinic['clinic-0001'], w.clinic['clinic-0002'], 'not-an-id', UNKNOWN_CLINIC],
        protocolId: mn,
        price: eur(5000),
      },
    });
    expect(bad.offeringsBulkSet).toEqual({
      offerings: [],
      userErrors: [
        expect.objectContaining({ code: 'INVALID', field: ['input', 'clinicIds', '2'] }),
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'clinicIds', '3'] }),
      ],
    });
    const unknown = await w.admin.OfferingsBulkSet({
      input: { clinicIds: [w.clinic['clinic-0002'], UNKNOWN_CLINIC], protocolId: mn, price: eur(5000) },
    });
    expect(unknown.offeringsBulkSet.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'clinicIds', '1'] }),
    ]);
    const both = await w.admin.OfferingsBulkSet({
      input: { clinicIds: [w.clinic['clinic-0002']], allClinics: true, protocolId: mn, price: eur(5000) },
    });
    expect(both.offeringsBulkSet.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'allClinics'] })]);
    const neither = await w.admin.OfferingsBulkSet({ input: { protocolId: mn, price: eur(5000) } });
    expect(neither.offeringsBulkSet.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'clinicIds'] })]);
    const empty = await w.admin.OfferingsBulkSet({ input: { clinicIds: [], allClinics: false, protocolId: mn, price: eur(5000) } });
    expect(empty.offeringsBulkSet.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'clinicIds'] })]);
  });
  const offered = await catalog(w.org.slug);
  expect(offered['clinic-0001'].microneedling.price.amount).toBe(11000);
  expect(offered['clinic-0002'].microneedling.price.amount).toBe(10000);
});

test('a clinic manager overrides their own clinic, not others, and never the default', async () => {
  const w = await world(3);
  const mn = w.protocol.microneedling;
  const { api: manager } = await app.as({ role: Role.CLINIC_MANAGER, organization: w.org.slug, clinics: ['clinic-0001'] });
  const own = await manager.OfferingSet({ input: { clinicId: w.clinic['clinic-0001'], protocolId: mn, price: eur(9000) } });
  expect(own.offeringSet.userErrors).toEqual([]);
  expect(own.offeringSet.offering).toMatchObject({ clinic: { slug: 'clinic-0001' }, price: { amount: 9000 }, overridden: true });

  await writesNothing(w.org.id, async () => {
    const other = await manager.OfferingSet({ input: { clinicId: w.clinic['clinic-0002'], protocolId: mn, price: eur(1) } });
    expect(other.offeringSet).toEqual({
      offering: null,
      userErrors: [expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'clinicId'] })],
    });
    const mixed = await manager.OfferingsBulkSet({
      input: { clinicIds: [w.clinic['clinic-0001'], w.clinic['clinic-0002']], protocolId: mn, price: eur(7000) },
    });
    expect(mixed.offeringsBulkSet).toEqual({
      offerings: [],
      userErrors: [expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'clinicIds', '1'] })],
    });
    const errors = await graphQLErrors(
      manager.OfferingDefaultSet({
        input: { protocolId: mn, enabled: false, price: eur(1), durationMinutes: 10, bookableOnline: false },
      }),
    );
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  // allClinics means the clinics they manage.
  const all = await manager.OfferingsBulkSet({ input: { allClinics: true, protocolId: mn, price: eur(7000) } });
  expect(all.offeringsBulkSet.userErrors).toEqual([]);
  expect(all.offeringsBulkSet.offerings.map((o) => [o.clinic.slug, o.price.amount])).toEqual([['clinic-0001', 7000]]);
  const offered = await catalog(w.org.slug);
  expect([1, 2, 3].map((i) => offered[`clinic-000${i}`].microneedling.price.amount)).toEqual([7000, 10000, 10000]);
  const events = await audits(w.org.id);
  expect(events).toHaveLength(2);
  expect(events.every((e) => e.actor_subject.endsWith('|clinic_manager|clinic-0001'))).toBe(true);
});

test('currency mismatch, negative price and zero duration are userErrors with field paths, and write nothing', async () => {
  const w = await world(2);
  const mn = w.protocol.microneedling;
  const c1 = w.clinic['clinic-0001'];
  await writesNothing(w.org.id, async () => {
    const { offeringDefaultSet } = await w.admin.OfferingDefaultSet({
      input: { protocolId: mn, enabled: true, price: { amount: -1, currency: 'USD' }, durationMinutes: 0, bookableOnline: true },
    });
    expect(offeringDefaultSet.offeringDefault).toBeNull();
    expect(offeringDefaultSet.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID', field: ['input', 'price', 'amount'] }),
        expect.objectContaining({ code: 'CURRENCY_MISMATCH', field: ['input', 'price', 'currency'] }),
        expect.objectContaining({ code: 'INVALID', field: ['input', 'durationMinutes'] }),
      ]),
    );
    expect(offeringDefaultSet.userErrors).toHaveLength(3);

    const cases: Array<[Parameters<Api['OfferingSet']>[0]['input'], string, string[]]> = [
      [{ clinicId: c1, protocolId: mn, price: { amount: 1000, currency: 'USD' } }, 'CURRENCY_MISMATCH', ['input', 'price', 'currency']],
      [{ clinicId: c1, protocolId: mn, price: { amount: 1000, currency: 'euro' } }, 'INVALID', ['input', 'price', 'currency']],
      [{ clinicId: c1, protocolId: mn, price: eur(-5) }, 'INVALID', ['input', 'price', 'amount']],
      [{ clinicId: c1, protocolId: mn, durationMinutes: 0 }, 'INVALID', ['input', 'durationMinutes']],
      [{ clinicId: c1, protocolId: mn, durationMinutes: 30, clear: ['DURATION_MINUTES'] }, 'INVALID', ['input', 'clear', '0']],
    ];
    for (const [input, code, field] of cases) {
      const { offeringSet } = await w.admin.OfferingSet({ input });
      expect(offeringSet).toEqual({ offering: null, userErrors: [expect.objectContaining({ code, field })] });
    }
    const bulk = await w.admin.OfferingsBulkSet({
      input: { allClinics: true, protocolId: mn, durationMinutes: -10, price: { amount: 1, currency: 'GBP' } },
    });
    expect(bulk.offeringsBulkSet.userErrors).toEqual([
      expect.objectContaining({ code: 'CURRENCY_MISMATCH', field: ['input', 'price', 'currency'] }),
      expect.objectContaining({ code: 'INVALID', field: ['input', 'durationMinutes'] }),
    ]);
  });
  // A price of 0 is allowed.
  const free = await w.admin.OfferingSet({ input: { clinicId: c1, protocolId: mn, price: eur(0) } });
  expect(free.offeringSet).toMatchObject({ offering: { price: { amount: 0, currency: 'EUR' } }, userErrors: [] });
});

test('unknown and invisible clinic and protocol ids are NOT_FOUND, malformed ones and ids of another type INVALID, and write nothing', async () => {
  const w = await world(2);
  const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  // The organization's own protocol, and another organization's.
  for (const [orgId, slug] of [
    [w.org.id, 'own-signature-facial'],
    [other.id, 'their-signature-facial'],
  ]) {
    await app.sql.query(
      `INSERT INTO protocols (organization_id, slug, name, summary, kind, session_count_min, session_count_max, interval_min_days, interval_max_days)
       VALUES ($1, $2, 'Signature facial', 'House protocol.', 'SINGLE', 1, 3, 14, 42)`,
      [orgId, slug],
    );
  }
  const own = (await w.admin.OfferingAdminProtocol({ slug: 'own-signature-facial' })).protocol!.id;
  const theirs = (await otherAdmin.OfferingAdminProtocol({ slug: 'their-signature-facial' })).protocol!.id;
  const c1 = w.clinic['clinic-0001'];
  const fullDefault = { enabled: true, price: eur(5000), durationMinutes: 30, bookableOnline: true };

  // The organization's own protocol may be offered ...
  const ownDefault = await w.admin.OfferingDefaultSet({ input: { protocolId: own, ...fullDefault } });
  expect(ownDefault.offeringDefaultSet).toMatchObject({ offeringDefault: { protocol: { slug: 'own-signature-facial' } }, userErrors: [] });
  // ... until it is retired.
  await app.sql.query(`UPDATE protocols SET retired_at = now() WHERE slug = 'own-signature-facial'`);

  await writesNothing(w.org.id, async () => {
    for (const [protocolId, code] of [
      ['not-an-id', 'INVALID'],
      [UNKNOWN_PROTOCOL, 'NOT_FOUND'],
      [c1, 'INVALID'],
      [theirs, 'NOT_FOUND'],
      [own, 'NOT_FOUND'],
    ]) {
      const { offeringDefaultSet } = await w.admin.OfferingDefaultSet({ input: { protocolId, ...fullDefault } });
      expect(offeringDefaultSet).toEqual({
        offeringDefault: null,
        userErrors: [expect.objectContaining({ code, field: ['input', 'protocolId'] })],
      });
      const { offeringSet } = await w.admin.OfferingSet({ input: { clinicId: c1, protocolId, price: eur(1) } });
      expect(offeringSet).toEqual({ offering: null, userErrors: [expect.objectContaining({ code, field: ['input', 'protocolId'] })] });
    }
    for (const [clinicId, code] of [
      ['not-an-id', 'INVALID'],
      [UNKNOWN_CLINIC, 'NOT_FOUND'],
      [w.protocol.microneedling, 'INVALID'],
    ]) {
      const { offeringSet } = await w.admin.OfferingSet({ input: { clinicId, protocolId: w.protocol.microneedling, price: eur(1) } });
      expect(offeringSet).toEqual({ offering: null, userErrors: [expect.objectContaining({ code, field: ['input', 'clinicId'] })] });
    }
  });
});

test('an override of a protocol without a default must set every value', async () => {
  const w = await world(2, ['microneedling']);
  const prp = w.protocol['microneedling-prp'];
  const c1 = w.clinic['clinic-0001'];
  await writesNothing(w.org.id, async () => {
    const { offeringSet } = await w.admin.OfferingSet({ input: { clinicId: c1, protocolId: prp, price: eur(30000) } });
    expect(offeringSet.offering).toBeNull();
    expect(offeringSet.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NO_DEFAULT', ['input', 'enabled']],
      ['NO_DEFAULT', ['input', 'durationMinutes']],
      ['NO_DEFAULT', ['input', 'bookableOnline']],
    ]);
    expect(offeringSet.userErrors[0].message).toContain('no default');
  });

  const full = await w.admin.OfferingSet({
    input: { clinicId: c1, protocolId: prp, enabled: true, price: eur(30000), durationMinutes: 90, bookableOnline: false },
  });
  expect(full.offeringSet.userErrors).toEqual([]);
  expect(full.offeringSet.offering).toMatchObject({ price: { amount: 30000 }, durationMinutes: 90, overridden: true });
  let offered = await catalog(w.org.slug);
  expect(offered['clinic-0001']['microneedling-prp']).toMatchObject({ price: { amount: 30000 } });
  expect(offered['clinic-0002']['microneedling-prp']).toBeUndefined();

  await writesNothing(w.org.id, async () => {
    const partial = await w.admin.OfferingSet({ input: { clinicId: c1, protocolId: prp, clear: ['PRICE'] } });
    expect(partial.offeringSet.userErrors).toEqual([expect.objectContaining({ code: 'NO_DEFAULT', field: ['input', 'price'] })]);
    // In bulk, the clinic without an override fails, so the one with it is not changed either.
    const bulk = await w.admin.OfferingsBulkSet({ input: { allClinics: true, protocolId: prp, durationMinutes: 75 } });
    expect(bulk.offeringsBulkSet.userErrors.map((e) => e.field)).toEqual([
      ['input', 'enabled'],
      ['input', 'price'],
      ['input', 'bookableOnline'],
    ]);
    expect(bulk.offeringsBulkSet.userErrors[0].message).toContain('Clinic 0002');
  });

  const removed = await w.admin.OfferingSet({
    input: { clinicId: c1, protocolId: prp, clear: ['ENABLED', 'PRICE', 'DURATION_MINUTES', 'BOOKABLE_ONLINE'] },
  });
  expect(removed.offeringSet).toEqual({ offering: null, userErrors: [] });
  offered = await catalog(w.org.slug);
  expect(offered['clinic-0001']['microneedling-prp']).toBeUndefined();
  expect(offered['clinic-0001'].microneedling).toBeDefined();
});

test("another organization's admin gets NOT_FOUND for our clinics and changes nothing", async () => {
  const w = await world(2);
  const mn = w.protocol.microneedling;
  const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: ['microneedling'] });
  const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  await writesNothing(w.org.id, async () => {
    const single = await otherAdmin.OfferingSet({ input: { clinicId: w.clinic['clinic-0001'], protocolId: mn, price: eur(1) } });
    expect(single.offeringSet).toEqual({
      offering: null,
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'clinicId'] })],
    });
    const bulk = await otherAdmin.OfferingsBulkSet({ input: { clinicIds: [w.clinic['clinic-0002']], protocolId: mn, price: eur(1) } });
    expect(bulk.offeringsBulkSet).toEqual({
      offerings: [],
      userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'clinicIds', '0'] })],
    });
    // Their own default and allClinics change their organization only.
    const theirDefault = await otherAdmin.OfferingDefaultSet({
      input: { protocolId: mn, enabled: false, price: eur(1), durationMinutes: 5, bookableOnline: false },
    });
    expect(theirDefault.offeringDefaultSet.userErrors).toEqual([]);
    const all = await otherAdmin.OfferingsBulkSet({ input: { allClinics: true, protocolId: mn, price: eur(2) } });
    expect(all.offeringsBulkSet.offerings.map((o) => o.clinic.slug)).toEqual(['clinic-0001']);
    expect(all.offeringsBulkSet.offerings[0].clinic.id).not.toBe(w.clinic['clinic-0001']);
  });
  const offered = await catalog(w.org.slug);
  expect(offered['clinic-0001'].microneedling).toMatchObject({ enabled: true, price: { amount: 10000 }, durationMinutes: 60 });
});

test('anonymous requests are UNAUTHENTICATED and other roles FORBIDDEN', async () => {
  const w = await world(1);
  const mn = w.protocol.microneedling;
  const c1 = w.clinic['clinic-0001'];
  const calls = (api: Api) => [
    api.OfferingDefaultSet({ input: { protocolId: mn, enabled: true, price: eur(1), durationMinutes: 5, bookableOnline: true } }),
    api.OfferingSet({ input: { clinicId: c1, protocolId: mn, price: eur(1) } }),
    api.OfferingsBulkSet({ input: { allClinics: true, protocolId: mn, price: eur(1) } }),
  ];
  await writesNothing(w.org.id, async () => {
    for (const call of calls(app.api)) expect((await graphQLErrors(call))[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of [Role.PRACTITIONER, Role.FRONT_DESK, Role.ANALYST, Role.PATIENT]) {
      const { api } = await app.as({
        role,
        organization: w.org.slug,
        clinics: role === Role.ANALYST || role === Role.PATIENT ? [] : ['clinic-0001'],
      });
      for (const call of calls(api)) expect((await graphQLErrors(call))[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

test("an organization's admins read its offering defaults; others cannot", async () => {
  const admin = await app.asDemoAdmin();
  const { organization } = await admin.OrganizationOfferingDefaults({ slug: 'lumiere-skin' });
  // (Ordered by protocol name; how "+" sorts against letters depends on the database's collation.)
  expect(organization?.offeringDefaults!.map((d) => [d.protocol.slug, d.price.amount]).sort()).toEqual([
    ['microneedling', 35000],
    ['microneedling-alternating-glycolic-peel', 29500],
    ['microneedling-prp', 75000],
  ]);
  expect(organization?.offeringDefaults).toHaveLength(3);
  expect(organization?.offeringDefaults!.find((d) => d.protocol.slug === 'microneedling')).toMatchObject({
    enabled: true,
    price: { amount: 35000, currency: 'USD' },
    durationMinutes: 60,
    bookableOnline: true,
  });
  const { api: desk } = await app.as({ role: Role.FRONT_DESK, clinics: ['new-york-soho'] });
  expect((await graphQLErrors(desk.OrganizationOfferingDefaults({ slug: 'lumiere-skin' })))[0].extensions?.code).toBe('FORBIDDEN');
  expect((await graphQLErrors(app.api.OrganizationOfferingDefaults({ slug: 'lumiere-skin' })))[0].extensions?.code).toBe('UNAUTHENTICATED');
});
