/**
 * Which organization serves a request. A person may belong to several organizations;
 * without X-Organization a request is served as their earliest standing membership, so
 * a grant by another organization never changes how they are served (nor locks them
 * out): the new membership is used when a request names its organization.
 */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { signJwtFor } from '../support/tokens';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

test('a membership granted by another organization never changes how a member is served', async () => {
  // Given a practitioner of Lumière, served as such
  const lumiere = await app.as({ role: Role.PRACTITIONER, clinics: ['new-york-soho'] });
  const { viewer: before } = await lumiere.api.Viewer();
  expect(before).toMatchObject({ role: 'PRACTITIONER', organization: { slug: 'lumiere-skin' } });
  const lumiereAdmin = await app.asDemoAdmin();
  const glowManager = (await app.as({ role: Role.CLINIC_MANAGER, organization: 'glow-london', clinics: ['marylebone'] })).api;
  const [marylebone] = (await glowManager.Clinics({})).clinics.edges.map((e) => e.node);

  // When Glow London's CLINIC_MANAGER grants that person's subject a FRONT_DESK membership
  const { membershipCreate } = await glowManager.MembershipCreate({
    input: { subject: before.subject, role: Role.FRONT_DESK, clinicIds: [marylebone.id] },
  });
  expect(membershipCreate.userErrors).toEqual([]);

  // Then, without X-Organization, the person is still served as Lumière's practitioner
  const { viewer: after } = await lumiere.api.Viewer();
  expect(after).toEqual(before);
  const { practitioners } = await lumiere.api.Practitioners({});
  expect(practitioners.edges.map((e) => e.node.slug).sort()).toEqual(['amelia-hart', 'marcus-chen']);

  // And naming Glow London serves them as its FRONT_DESK, naming Lumière as before
  const asGlow: Api = await signJwtFor(app, before.subject, { 'x-organization': 'glow-london' });
  expect((await asGlow.Viewer()).viewer).toMatchObject({
    role: 'FRONT_DESK',
    organization: { slug: 'glow-london' },
    clinics: [{ slug: 'marylebone' }],
  });
  const asLumiere: Api = await signJwtFor(app, before.subject, { 'x-organization': 'lumiere-skin' });
  expect((await asLumiere.Viewer()).viewer).toEqual(before);

  // And Lumière's admin still sees its member, unchanged; Glow's grant is not Lumière's to see
  const { memberships } = await lumiereAdmin.Memberships({ filter: { role: Role.PRACTITIONER } });
  const own = memberships.edges.filter((e) => e.node.subject === before.subject);
  expect(own.map((e) => e.node.organization.slug)).toEqual(['lumiere-skin']);

  // When Lumière revokes its membership, the person's remaining membership (Glow's) serves them
  await lumiereAdmin.MembershipRevoke({ input: { id: own[0].node.id } });
  expect((await lumiere.api.Viewer()).viewer).toMatchObject({ role: 'FRONT_DESK', organization: { slug: 'glow-london' } });
  const [error] = await graphQLErrors(asLumiere.Viewer());
  expect(error.extensions?.code).toBe('UNAUTHENTICATED');
});

test('naming an organization the person does not belong to is UNAUTHENTICATED', async () => {
  const { viewer } = await (await app.as({ role: Role.ANALYST })).api.Viewer();
  const elsewhere = await signJwtFor(app, viewer.subject, { 'x-organization': 'glow-london' });
  const [error] = await graphQLErrors(elsewhere.Viewer());
  expect(error.extensions?.code).toBe('UNAUTHENTICATED');
});
