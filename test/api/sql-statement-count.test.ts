/**
 * N+1 regression: the deep catalog query costs the same number of SQL statements
 * whether the organization has 1 clinic or 6, 1 offering or 3, 1 practitioner or 18.
 * DataLoaders batch every list level into one statement.
 */
import { Role } from '../../src/auth/roles';
import { Api, startTestApp, TestApp } from '../support/harness';
import { createOrganization } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The organization's admin: practitioners are visible to staff only. */
async function adminOf(slug: string): Promise<Api> {
  return (await app.as({ role: Role.ORG_ADMIN, organization: slug })).api;
}

async function statementsFor(slug: string): Promise<{ count: number; clinics: number; practitioners: number; offerings: number }> {
  const api = await adminOf(slug);
  const before = app.requests.length;
  const { organization } = await api.OrganizationCatalog({ slug });
  const served = app.requests.slice(before).filter((r) => r.operationName === 'OrganizationCatalog');
  expect(served).toHaveLength(1);
  const clinics = organization!.clinics.edges;
  return {
    count: served[0].statements.length,
    clinics: clinics.length,
    practitioners: clinics.reduce((n, c) => n + c.node.practitioners!.totalCount, 0),
    offerings: clinics.reduce((n, c) => n + c.node.offerings.totalCount, 0),
  };
}

test('the nested catalog query does not send more SQL when the organization grows', async () => {
  const small = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 1, protocols: ['microneedling'] });
  const large = await createOrganization(app.sql, {
    clinics: 6,
    practitionersPerClinic: 3,
    protocols: ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel'],
  });

  const smallRun = await statementsFor(small.slug);
  const largeRun = await statementsFor(large.slug);

  expect(smallRun).toMatchObject({ clinics: 1, practitioners: 1, offerings: 1 });
  expect(largeRun).toMatchObject({ clinics: 6, practitioners: 18, offerings: 18 });
  expect(largeRun.count).toBe(smallRun.count);
  // At most one statement per list level (organization, clinics, opening hours,
  // practitioners, qualifications, offerings, protocols, steps, treatments, qualified
  // practitioners, their clinics: 11; treatments are one loader wherever they are reached);
  // one count for each of the 4 connections whose totalCount is asked for; and 6 for the
  // request's transaction and identity (begin, settings, platform admin, membership,
  // organization, commit).
  expect(largeRun.count).toBeLessThanOrEqual(11 + 4 + 6);
});

test('qualified practitioners are those of the clinic the offering belongs to, with valid qualifications only', async () => {
  const org = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 2, protocols: ['microneedling-prp'] });
  const { organization } = await (await adminOf(org.slug)).OrganizationCatalog({ slug: org.slug });
  for (const { node: clinic } of organization!.clinics.edges) {
    for (const { node: offering } of clinic.offerings.edges) {
      for (const step of offering.protocol.steps) {
        const qualified = step.treatment.qualifiedPractitioners!.edges.map((e) => e.node);
        // Practitioner 1 of the clinic is qualified; practitioner 2's qualifications expired.
        const clinicNumber = Number(clinic.slug.replace('clinic-', ''));
        expect(qualified.map((p) => p.slug)).toEqual([`practitioner-${clinicNumber}-1`]);
        expect(qualified[0].clinics.map((c) => c.slug)).toEqual([clinic.slug]);
      }
    }
  }
});
