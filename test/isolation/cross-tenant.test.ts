/**
 * A member of organization B given organization A's ids of staff data gets exactly
 * what a nonexistent id gives (A's public catalog reads as it does for anyone), and a shared pool never carries one organization's setting
 * into another's request.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { createOrganization, OrganizationFixture } from '../support/factories';

let app: TestApp;
let orgB: OrganizationFixture;
let adminA: Api;
let adminB: Api;

beforeAll(async () => {
  // One pooled connection: every request reuses the connection of the one before.
  app = await startTestApp({ poolSize: 1 });
  orgB = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 2, protocols: ['microneedling'] });
  adminA = await app.asDemoAdmin();
  adminB = (await app.as({ role: Role.ORG_ADMIN, organization: orgB.slug })).api;
});
afterAll(() => app.close());

/** Ids of organization A's objects, as A's admin sees them. */
async function idsOfOrganizationA(): Promise<Record<string, string[]>> {
  const { organization } = await adminA.OrganizationBySlug({ slug: 'lumiere-skin' });
  const { clinics } = await adminA.Clinics({});
  const { practitioners } = await adminA.Practitioners({});
  const offerings = await adminA.ClinicOfferings({ id: clinics.edges[0].node.id });
  return {
    Organization: [organization!.id],
    Clinic: clinics.edges.map((e) => e.node.id),
    Practitioner: practitioners.edges.map((e) => e.node.id),
    Qualification: practitioners.edges.flatMap((e) => e.node.qualifications.map((q) => q.id)),
    Offering: offerings.clinic!.offerings.edges.map((e) => e.node.id),
  };
}

/** Public catalog data (organization, clinics, offerings) reads the same for every viewer; staff data stays inside. */
const PUBLIC_TYPES = ['Organization', 'Clinic', 'Offering'];

test("node(id:) of another organization's staff objects is null, as for ids that do not exist; its public catalog reads as for anyone", async () => {
  const ids = await idsOfOrganizationA();
  for (const [typename, list] of Object.entries(ids)) {
    expect(list.length).toBeGreaterThan(0);
    for (const id of list) {
      expect((await adminA.Node({ id })).node?.id).toBe(id);
      const seenByB = (await adminB.Node({ id })).node;
      if (PUBLIC_TYPES.includes(typename)) expect(seenByB).toEqual((await app.api.Node({ id })).node);
      else expect(seenByB).toBeNull();
    }
    const keys = typename === 'Offering' ? `${randomUUID()}:${randomUUID()}` : randomUUID();
    expect(await adminB.Node({ id: toGlobalId(typename, keys) })).toEqual({ node: null });
  }
});

test("typed queries by id answer null for another organization's staff objects, and its public catalog as for anyone", async () => {
  const ids = await idsOfOrganizationA();
  expect(await adminB.PractitionerById({ id: ids.Practitioner[0] })).toEqual({ practitioner: null });
  expect(await adminB.OrganizationById({ id: ids.Organization[0] })).toEqual(await app.api.OrganizationById({ id: ids.Organization[0] }));
  expect(await adminB.OrganizationBySlug({ slug: 'lumiere-skin' })).toEqual(await app.api.OrganizationBySlug({ slug: 'lumiere-skin' }));
  expect(await adminB.ClinicById({ id: ids.Clinic[0] })).toEqual(await app.api.ClinicById({ id: ids.Clinic[0] }));
  expect(await adminB.ClinicOfferings({ id: ids.Clinic[0] })).toEqual(await app.api.ClinicOfferings({ id: ids.Clinic[0] }));
  // Staff below a public object stay inside their organization.
  expect(await adminB.ClinicPractitioners({ id: ids.Clinic[0] })).toEqual({ clinic: { practitioners: { totalCount: 0, edges: [] } } });
});

test("lists never mix organizations' staff, also with filters naming the other organization; its clinics list as for anyone", async () => {
  const ids = await idsOfOrganizationA();
  const { clinics } = await adminB.Clinics({ filter: { organizationId: ids.Organization[0] } });
  expect(clinics).toEqual((await app.api.Clinics({ filter: { organizationId: ids.Organization[0] } })).clinics);
  expect(clinics.totalCount).toBe(3);
  const own = await adminB.Clinics({});
  expect(own.clinics.totalCount).toBe(orgB.clinics.length);
  const { practitioners } = await adminB.Practitioners({ filter: { clinicId: ids.Clinic[0] } });
  expect(practitioners.totalCount).toBe(0);
  const all = await adminB.Practitioners({});
  expect(all.practitioners.edges.every((e) => e.node.organization.slug === orgB.slug)).toBe(true);
});

test("the audit trail and memberships show only the viewer's organization", async () => {
  const [{ id: orgBId }] = await app.sql.query('SELECT id FROM organizations WHERE slug = $1', [orgB.slug]);
  const [{ count: ownEvents }] = await app.sql.query('SELECT count(*)::int AS count FROM audit_events WHERE organization_id = $1', [
    orgBId,
  ]);
  const [{ count: allEvents }] = await app.sql.query('SELECT count(*)::int AS count FROM audit_events');
  expect(allEvents).toBeGreaterThan(ownEvents);
  const { auditEvents } = await adminB.AuditEvents({ first: 100 });
  expect(auditEvents.totalCount).toBe(ownEvents);
  const { memberships } = await adminB.Memberships({ first: 100 });
  expect(memberships.edges.every((e) => e.node.organization.slug === orgB.slug)).toBe(true);
  expect(memberships.totalCount).toBeGreaterThan(0);
});

test('with one pooled connection, alternating organizations and failing requests never leak', async () => {
  const expectOwn = async (api: Api, slug: string) => {
    const { practitioners } = await api.Practitioners({ first: 50 });
    expect(practitioners.totalCount).toBeGreaterThan(0);
    for (const edge of practitioners.edges) expect(edge.node.organization.slug).toBe(slug);
    const { viewer } = await api.Viewer();
    expect(viewer.organization?.slug).toBe(slug);
  };
  const failMidRequest = async (api: Api) => {
    // The transaction is open (identity statements ran) when the cursor is rejected.
    const errors = await graphQLErrors(api.Practitioners({ after: 'bm90LWEtY3Vyc29y' }));
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  };
  const rounds = [];
  for (let i = 0; i < 10; i++) {
    rounds.push(expectOwn(adminA, 'lumiere-skin'), failMidRequest(adminB), expectOwn(adminB, orgB.slug), failMidRequest(adminA));
    rounds.push(
      app.api.Clinics({ filter: { organizationSlug: orgB.slug } }).then(({ clinics }) => {
        expect(clinics.totalCount).toBe(2);
      }),
    );
  }
  await Promise.all(rounds);
  // Sequentially too, so each request surely borrows the previous one's connection.
  for (let i = 0; i < 5; i++) {
    await expectOwn(adminA, 'lumiere-skin');
    await failMidRequest(adminA);
    await expectOwn(adminB, orgB.slug);
  }
  // The one pooled connection carries no organization between requests.
  const [{ organization }] = await app.appSql.query(`SELECT current_setting('app.organization_id', true) AS organization`);
  expect(organization ?? '').toBe('');
});
