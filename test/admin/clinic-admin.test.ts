/** Franchise admins create, change and deactivate clinics; every change is audited. */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { createOrganization } from '../support/factories';

let app: TestApp;
let admin: Api;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.asDemoAdmin();
});
afterAll(() => app.close());

const newClinic = (slug: string) => ({
  slug,
  name: 'Lumière Miami Beach',
  address: { streetAddress: '1601 Collins Avenue', locality: 'Miami Beach', region: 'FL', postalCode: '33139', countryCode: 'US' },
  timeZone: 'America/New_York',
  phone: '+13055550100',
  email: 'miami@lumiere-skin.example',
  openingHours: [
    { dayOfWeek: 'MONDAY' as const, opens: '09:00', closes: '13:00' },
    { dayOfWeek: 'MONDAY' as const, opens: '14:00', closes: '18:00' },
  ],
});

async function auditCount(action: string): Promise<number> {
  const [{ count }] = await app.sql.query('SELECT count(*)::int AS count FROM audit_events WHERE action = $1', [action]);
  return count;
}

test('an ORG_ADMIN creates a clinic that the public catalog then lists, and the change is audited', async () => {
  const before = await auditCount('clinic.create');
  const { clinicCreate } = await admin.ClinicCreate({ input: newClinic('miami-beach') });
  expect(clinicCreate.userErrors).toEqual([]);
  expect(clinicCreate.clinic).toMatchObject({
    slug: 'miami-beach',
    timeZone: 'America/New_York',
    active: true,
    organization: { slug: 'lumiere-skin' },
    openingHours: [
      { dayOfWeek: 'MONDAY', opens: '09:00:00', closes: '13:00:00' },
      { dayOfWeek: 'MONDAY', opens: '14:00:00', closes: '18:00:00' },
    ],
  });
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin', city: 'miami beach' } });
  expect(clinics.edges.map((e) => e.node.slug)).toEqual(['miami-beach']);
  expect(await auditCount('clinic.create')).toBe(before + 1);
  const [event] = await app.sql.query(
    `SELECT actor_subject, after FROM audit_events WHERE action = 'clinic.create' ORDER BY occurred_at DESC LIMIT 1`,
  );
  expect(event.actor_subject).toBe('dev|lumiere-skin|org_admin');
  expect(event.after.slug).toBe('miami-beach');
});

test('bad input gives userErrors with codes and field paths, and writes nothing', async () => {
  const [{ count: clinicsBefore }] = await app.sql.query('SELECT count(*)::int AS count FROM clinics');
  const auditsBefore = await auditCount('clinic.create');
  const { clinicCreate } = await admin.ClinicCreate({
    input: {
      ...newClinic('Not A Slug'),
      timeZone: 'Mars/Olympus_Mons',
      phone: '555-0100',
      openingHours: [{ dayOfWeek: 'TUESDAY', opens: '18:00', closes: '09:00' }],
    },
  });
  expect(clinicCreate.clinic).toBeNull();
  expect(clinicCreate.userErrors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'slug'] }),
      expect.objectContaining({ code: 'INVALID_TIME_ZONE', field: ['input', 'timeZone'] }),
      expect.objectContaining({ code: 'INVALID', field: ['input', 'phone'] }),
      expect.objectContaining({ code: 'INVALID_OPENING_HOURS', field: ['input', 'openingHours', '0'] }),
    ]),
  );
  const [{ count: clinicsAfter }] = await app.sql.query('SELECT count(*)::int AS count FROM clinics');
  expect(clinicsAfter).toBe(clinicsBefore);
  expect(await auditCount('clinic.create')).toBe(auditsBefore);
});

test('a duplicate slug is TAKEN; the same slug in another organization is fine', async () => {
  const { clinicCreate } = await admin.ClinicCreate({ input: newClinic('new-york-soho') });
  expect(clinicCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
  const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  const created = await otherAdmin.ClinicCreate({ input: newClinic('new-york-soho') });
  expect(created.clinicCreate.userErrors).toEqual([]);
});

test('overlapping opening hours on one day are rejected', async () => {
  const { clinicCreate } = await admin.ClinicCreate({
    input: {
      ...newClinic('overlap'),
      openingHours: [
        { dayOfWeek: 'FRIDAY', opens: '09:00', closes: '13:00' },
        { dayOfWeek: 'FRIDAY', opens: '12:00', closes: '18:00' },
      ],
    },
  });
  expect(clinicCreate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_OPENING_HOURS', field: ['input', 'openingHours'] })]);
});

test('update changes what is given, replaces opening hours, and is audited with before and after', async () => {
  const { clinicCreate } = await admin.ClinicCreate({ input: newClinic('to-update') });
  const id = clinicCreate.clinic!.id;
  const { clinicUpdate } = await admin.ClinicUpdate({
    input: { id, name: 'Renamed', timeZone: 'America/Denver', openingHours: [{ dayOfWeek: 'SUNDAY', opens: '10:00', closes: '12:00' }] },
  });
  expect(clinicUpdate.userErrors).toEqual([]);
  expect(clinicUpdate.clinic).toMatchObject({
    name: 'Renamed',
    timeZone: 'America/Denver',
    address: { locality: 'Miami Beach' },
    openingHours: [{ dayOfWeek: 'SUNDAY', opens: '10:00:00', closes: '12:00:00' }],
  });
  const [event] = await app.sql.query(
    `SELECT before, after FROM audit_events WHERE action = 'clinic.update' ORDER BY occurred_at DESC LIMIT 1`,
  );
  expect(event.before.name).toBe('Lumière Miami Beach');
  expect(event.after.name).toBe('Renamed');
});

test('deactivate keeps the clinic with active false', async () => {
  const { clinicCreate } = await admin.ClinicCreate({ input: newClinic('to-close') });
  const { clinicDeactivate } = await admin.ClinicDeactivate({ input: { id: clinicCreate.clinic!.id } });
  expect(clinicDeactivate).toEqual({ clinic: { id: clinicCreate.clinic!.id, active: false }, userErrors: [] });
});

test('unknown ids are NOT_FOUND at input.id, malformed ones INVALID', async () => {
  for (const [id, code] of [
    ['not-an-id', 'INVALID'],
    [Buffer.from('Clinic:00000000-0000-4000-8000-000000000000').toString('base64url'), 'NOT_FOUND'],
  ]) {
    const { clinicUpdate } = await admin.ClinicUpdate({ input: { id, name: 'x' } });
    expect(clinicUpdate.userErrors).toEqual([expect.objectContaining({ code, field: ['input', 'id'] })]);
  }
});

test("another organization's admin gets NOT_FOUND for our clinics and changes nothing", async () => {
  const other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  const otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin', city: 'chicago' } });
  const target = clinics.edges[0].node;
  expect(target.slug).toBe('chicago-river-north');
  const update = await otherAdmin.ClinicUpdate({ input: { id: target.id, name: 'hijacked' } });
  expect(update.clinicUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
  const deactivate = await otherAdmin.ClinicDeactivate({ input: { id: target.id } });
  expect(deactivate.clinicDeactivate.userErrors[0].code).toBe('NOT_FOUND');
  const [row] = await app.sql.query(
    'SELECT name, active FROM clinics WHERE slug = $1 AND organization_id = (SELECT id FROM organizations WHERE slug = $2)',
    [target.slug, 'lumiere-skin'],
  );
  expect(row).toEqual({ name: target.name, active: true });
});

test('roles other than ORG_ADMIN are FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
  const { api: manager } = await app.as({ role: Role.CLINIC_MANAGER, clinics: ['new-york-soho'] });
  expect((await graphQLErrors(manager.ClinicCreate({ input: newClinic('nope') })))[0].extensions?.code).toBe('FORBIDDEN');
  expect((await graphQLErrors(app.api.ClinicCreate({ input: newClinic('nope') })))[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('update: null clears an optional field, omitted fields and null required ones stay', async () => {
  const { clinicCreate } = await admin.ClinicCreate({ input: newClinic('to-clear') });
  const id = clinicCreate.clinic!.id;
  const { clinicUpdate } = await admin.ClinicUpdate({ input: { id, phone: null, name: null } });
  expect(clinicUpdate.userErrors).toEqual([]);
  expect(clinicUpdate.clinic).toMatchObject({
    phone: null,
    email: 'miami@lumiere-skin.example',
    name: 'Lumière Miami Beach',
    timeZone: 'America/New_York',
  });
});
