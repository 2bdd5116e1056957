/** The platform admin onboards chains; their admins then run them, and see each other never. */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { signJwtFor } from '../support/tokens';

let app: TestApp;
let platform: Api;
beforeAll(async () => {
  app = await startTestApp();
  platform = (await app.as({ role: Role.PLATFORM_ADMIN })).api;
});
afterAll(() => app.close());

const newChain = (slug: string) => ({
  slug,
  name: 'Skin Studio Berlin',
  currency: 'EUR',
  defaultTimeZone: 'Europe/Berlin',
  clinicalSettings: { isotretinoinWashoutMonths: 3 },
  firstAdminSubject: `admin-of-${slug}`,
});

test('organizationCreate makes the chain, its settings and its first ORG_ADMIN, audited', async () => {
  const { organizationCreate } = await platform.OrganizationCreate({ input: newChain('skin-studio-berlin') });
  expect(organizationCreate.userErrors).toEqual([]);
  expect(organizationCreate.organization).toMatchObject({
    slug: 'skin-studio-berlin',
    currency: 'EUR',
    defaultTimeZone: 'Europe/Berlin',
    clinicalSettings: { isotretinoinWashoutMonths: 3, retinoidWashoutDays: 7, screeningValidDays: 180 },
  });
  const { organizations } = await platform.Organizations({ first: 100 });
  expect(organizations.edges.map((e) => e.node.slug)).toEqual(
    expect.arrayContaining(['lumiere-skin', 'glow-london', 'skin-studio-berlin']),
  );

  // The first admin can sign in and sees their organization, and nothing of the others.
  const [membership] = await app.sql.query(`SELECT subject, role FROM memberships WHERE subject = 'admin-of-skin-studio-berlin'`);
  expect(membership).toEqual({ subject: 'admin-of-skin-studio-berlin', role: 'ORG_ADMIN' });
  const admin = await signJwtFor(app, 'admin-of-skin-studio-berlin');
  const { viewer } = await admin.Viewer();
  expect(viewer).toMatchObject({ role: 'ORG_ADMIN', organization: { slug: 'skin-studio-berlin' }, clinics: [] });
  const { auditEvents } = await admin.AuditEvents({});
  expect(auditEvents.edges.map((e) => e.node.action).sort()).toEqual(['membership.create', 'organization.create']);
  expect((await admin.Practitioners({})).practitioners.totalCount).toBe(0);
});

test('bad input: each a userError with its field, and nothing written', async () => {
  const [{ count: before }] = await app.sql.query('SELECT count(*)::int AS count FROM organizations');
  const { organizationCreate } = await platform.OrganizationCreate({
    input: { ...newChain('Bad Slug'), currency: 'XY1', defaultTimeZone: 'Europe/Atlantis', clinicalSettings: { screeningValidDays: 0 } },
  });
  expect(organizationCreate.organization).toBeNull();
  expect(organizationCreate.userErrors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'slug'] }),
      expect.objectContaining({ code: 'INVALID_CURRENCY', field: ['input', 'currency'] }),
      expect.objectContaining({ code: 'INVALID_TIME_ZONE', field: ['input', 'defaultTimeZone'] }),
      expect.objectContaining({ code: 'INVALID', field: ['input', 'clinicalSettings', 'screeningValidDays'] }),
    ]),
  );
  const taken = await platform.OrganizationCreate({ input: newChain('glow-london') });
  expect(taken.organizationCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
  const [{ count: after }] = await app.sql.query('SELECT count(*)::int AS count FROM organizations');
  expect(after).toBe(before);
});

test('organizationUpdate: the platform admin any, an ORG_ADMIN only their own', async () => {
  const lumiere = (await (await app.asDemoAdmin()).OrganizationBySlug({ slug: 'lumiere-skin' })).organization!;
  const byPlatform = await platform.OrganizationUpdate({ input: { id: lumiere.id, clinicalSettings: { retinoidWashoutDays: 5 } } });
  expect(byPlatform.organizationUpdate.userErrors).toEqual([]);
  expect(byPlatform.organizationUpdate.organization?.clinicalSettings.retinoidWashoutDays).toBe(5);

  const ownAdmin = await app.asDemoAdmin();
  const byOwn = await ownAdmin.OrganizationUpdate({ input: { id: lumiere.id, name: 'Lumière Skin & Laser' } });
  expect(byOwn.organizationUpdate.organization?.name).toBe('Lumière Skin & Laser');

  const glowAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: 'glow-london' })).api;
  const byOther = await glowAdmin.OrganizationUpdate({ input: { id: lumiere.id, name: 'hijacked' } });
  expect(byOther.organizationUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
  const [{ name }] = await app.sql.query(`SELECT name FROM organizations WHERE slug = 'lumiere-skin'`);
  expect(name).toBe('Lumière Skin & Laser');
});

test('only the platform admin onboards organizations', async () => {
  const errors = await graphQLErrors((await app.asDemoAdmin()).OrganizationCreate({ input: newChain('sneaky') }));
  expect(errors[0].extensions?.code).toBe('FORBIDDEN');
  expect((await graphQLErrors(app.api.OrganizationCreate({ input: newChain('sneaky') })))[0].extensions?.code).toBe('UNAUTHENTICATED');
});
