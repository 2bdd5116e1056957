/**
 * Unique-constraint clashes answer with a generic userError: no constraint names, no
 * values of rows the viewer cannot see, and exactly one of racing creations wins.
 */
import { Role } from '../../src/auth/roles';
import { startTestApp, TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const clinic = (slug: string) => ({
  slug,
  name: 'Race Clinic',
  timeZone: 'America/New_York',
  address: { streetAddress: '1 Main Street', locality: 'Boston', countryCode: 'US' },
});

test('racing creations of one slug: one wins, the others are TAKEN with a generic message', async () => {
  const admin = await app.asDemoAdmin();
  const results = await Promise.all(Array.from({ length: 6 }, () => admin.ClinicCreate({ input: clinic('race-clinic') })));
  const winners = results.filter((r) => r.clinicCreate.userErrors.length === 0);
  const losers = results.filter((r) => r.clinicCreate.userErrors.length > 0);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(5);
  for (const loser of losers) {
    expect(loser.clinicCreate.clinic).toBeNull();
    expect(loser.clinicCreate.userErrors[0].code).toBe('TAKEN');
    expect(JSON.stringify(loser)).not.toMatch(/constraint|duplicate key|clinics_|organization_id|Key \(/i);
  }
  const [{ count }] = await app.sql.query(`SELECT count(*)::int AS count FROM clinics WHERE slug = 'race-clinic'`);
  expect(count).toBe(1);
});

test('a slug taken in another organization is free here, and nothing about it is revealed', async () => {
  const glow = (await app.as({ role: Role.ORG_ADMIN, organization: 'glow-london' })).api;
  const { clinicCreate } = await glow.ClinicCreate({ input: clinic('new-york-soho') });
  expect(clinicCreate.userErrors).toEqual([]);
  const { organizationCreate } = await (
    await app.as({ role: Role.PLATFORM_ADMIN })
  ).api.OrganizationCreate({
    input: { slug: 'glow-london', name: 'x', currency: 'GBP', defaultTimeZone: 'Europe/London', firstAdminSubject: 'x' },
  });
  expect(organizationCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
  expect(JSON.stringify(organizationCreate)).not.toMatch(/Glow Aesthetics|constraint/);
});
