/**
 * Refetching by global id: `node(id:)` and `nodes(ids:)` resolve every Node type, give
 * null for ids that name nothing, and reject malformed ids as BAD_USER_INPUT naming the
 * argument; the typed queries by id behave the same way.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/relay/global-id';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { createOrganization, OrganizationFixture } from '../support/factories';

let app: TestApp;
let org: OrganizationFixture;
/** An ORG_ADMIN of `org`: practitioners and their qualifications are visible to staff only. */
let admin: Api;
/** One id of each Node type, as the API returned it, with the field that identifies the object. */
let ids: Record<string, { id: string; identity: Record<string, unknown> }>;

beforeAll(async () => {
  app = await startTestApp();
  // Given an organization with clinics, practitioners and an offered protocol
  org = await createOrganization(app.sql, { clinics: 2, practitionersPerClinic: 1, protocols: ['microneedling-prp'] });
  admin = (await app.as({ role: Role.ORG_ADMIN, organization: org.slug })).api;

  const { organization } = await app.api.OrganizationBySlug({ slug: org.slug });
  const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug } });
  const { practitioners } = await admin.Practitioners({});
  const { treatment } = await app.api.TreatmentBySlug({ slug: 'microneedling' });
  const { protocol } = await app.api.ProtocolBySlug({ slug: 'microneedling-prp' });
  const offerings = await app.api.ClinicOfferings({ id: clinics.edges[0].node.id });
  const practitioner = practitioners.edges[0].node;
  const qualification = practitioner.qualifications[0];
  const offering = offerings.clinic!.offerings.edges[0].node;
  ids = {
    Organization: { id: organization!.id, identity: { slug: org.slug } },
    Clinic: { id: clinics.edges[0].node.id, identity: { slug: clinics.edges[0].node.slug } },
    Practitioner: { id: practitioner.id, identity: { slug: practitioner.slug } },
    Qualification: { id: qualification.id, identity: { expiresOn: qualification.expiresOn } },
    Treatment: { id: treatment!.id, identity: { slug: 'microneedling' } },
    Protocol: { id: protocol!.id, identity: { slug: 'microneedling-prp' } },
    ProtocolStep: { id: protocol!.steps[1].id, identity: { position: protocol!.steps[1].position } },
    Offering: { id: offering.id, identity: { price: { amount: offering.price.amount } } },
  };
});
afterAll(() => app.close());

const NODE_TYPES = ['Organization', 'Clinic', 'Practitioner', 'Qualification', 'Treatment', 'Protocol', 'ProtocolStep', 'Offering'];
const PUBLIC_TYPES = ['Organization', 'Clinic', 'Treatment', 'Protocol', 'ProtocolStep', 'Offering'];
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** A well-formed id that names no row (clients never build ids; this test has to). */
const unknownId = (typename: string) => toGlobalId(typename, typename === 'Offering' ? `${randomUUID()}:${randomUUID()}` : randomUUID());

describe('node(id:)', () => {
  test('the ids obtained are distinct, one per type', () => {
    expect(Object.keys(ids)).toEqual(NODE_TYPES);
    expect(new Set(Object.values(ids).map((x) => x.id)).size).toBe(NODE_TYPES.length);
  });

  test.each(NODE_TYPES)('refetches a %s by the id a query returned', async (typename) => {
    // Given the id of an object, as a query returned it
    const { id, identity } = ids[typename];

    // When a member of its organization asks node(id:) for it
    const { node } = await admin.Node({ id });

    // Then the same object comes back, with its type and the same id
    expect(node).toEqual({ __typename: typename, id, ...identity });
  });

  test.each(PUBLIC_TYPES)('refetches a %s for an anonymous client too (it is public)', async (typename) => {
    const { id, identity } = ids[typename];

    const { node } = await app.api.Node({ id });

    expect(node).toEqual({ __typename: typename, id, ...identity });
  });

  test.each(['Practitioner', 'Qualification'])('gives null to an anonymous client for a %s (staff only)', async (typename) => {
    expect(await app.api.Node({ id: ids[typename].id })).toEqual({ node: null });
  });

  test.each(NODE_TYPES)('gives null for a well-formed %s id that names no row', async (typename) => {
    expect(await admin.Node({ id: unknownId(typename) })).toEqual({ node: null });
  });

  test('gives null for a well-formed id of a type that is not a Node', async () => {
    expect(await admin.Node({ id: toGlobalId('Widget', randomUUID()) })).toEqual({ node: null });
  });

  test.each([
    ['not-an-id', 'not-an-id'],
    ['an empty string', ''],
    ['base64 of "Clinic:123"', base64url('Clinic:123')],
  ])('rejects %s as BAD_USER_INPUT naming "id"', async (_case, id) => {
    const errors = await graphQLErrors(app.api.Node({ id }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"id"');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['id'] });
  });
});

describe('nodes(ids:)', () => {
  test('returns the objects in the order of the ids, with null where an id names nothing', async () => {
    // Given ids of several types, some naming nothing, one repeated
    const missingClinic = unknownId('Clinic');
    const request = [
      ids.Treatment.id,
      ids.Clinic.id,
      missingClinic,
      ids.ProtocolStep.id,
      toGlobalId('Widget', randomUUID()),
      ids.Organization.id,
      ids.Offering.id,
      ids.Clinic.id,
      ids.Practitioner.id,
    ];

    // When a client asks for all of them at once
    const { nodes } = await admin.Nodes({ ids: request });

    // Then each position holds the object its id names, or null
    expect(nodes).toEqual([
      { __typename: 'Treatment', id: ids.Treatment.id },
      { __typename: 'Clinic', id: ids.Clinic.id },
      null,
      { __typename: 'ProtocolStep', id: ids.ProtocolStep.id },
      null,
      { __typename: 'Organization', id: ids.Organization.id },
      { __typename: 'Offering', id: ids.Offering.id },
      { __typename: 'Clinic', id: ids.Clinic.id },
      { __typename: 'Practitioner', id: ids.Practitioner.id },
    ]);
  });

  test('an empty list gives an empty list', async () => {
    expect(await app.api.Nodes({ ids: [] })).toEqual({ nodes: [] });
  });

  test('accepts 100 ids', async () => {
    const request = [ids.Clinic.id, ...Array.from({ length: 99 }, () => unknownId('Clinic'))];

    const { nodes } = await app.api.Nodes({ ids: request });

    expect(nodes).toHaveLength(100);
    expect(nodes[0]).toEqual({ __typename: 'Clinic', id: ids.Clinic.id });
    expect(nodes.slice(1).every((n) => n === null)).toBe(true);
  });

  test('rejects more than 100 ids as BAD_USER_INPUT naming "ids"', async () => {
    const request = Array.from({ length: 101 }, () => ids.Clinic.id);

    const errors = await graphQLErrors(app.api.Nodes({ ids: request }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"ids"');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['ids'] });
  });

  test('rejects a malformed id among valid ones, naming its position', async () => {
    const errors = await graphQLErrors(app.api.Nodes({ ids: [ids.Clinic.id, ids.Treatment.id, 'not-an-id'] }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"ids.2"');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['ids', '2'] });
  });

  test('after a rejected list the server keeps answering, with nothing logged as unexpected', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const loggedBefore = app.loggedErrors.length;
    try {
      // Given several requests whose valid ids come before a malformed one
      for (let i = 0; i < 8; i++) {
        await graphQLErrors(app.api.Nodes({ ids: [ids.Clinic.id, ids.Organization.id, ids.Treatment.id, base64url('Clinic:123')] }));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));

      // Then the next request is answered as usual
      expect(await app.api.Node({ id: ids.Clinic.id })).toEqual({
        node: { __typename: 'Clinic', id: ids.Clinic.id, ...ids.Clinic.identity },
      });
      expect(unhandled).toEqual([]);
      expect(app.loggedErrors.slice(loggedBefore)).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('typed queries by id', () => {
  test('clinic, treatment, protocol and organization by id return the object the id names', async () => {
    expect((await app.api.ClinicById({ id: ids.Clinic.id })).clinic).toEqual({ id: ids.Clinic.id, ...ids.Clinic.identity });
    expect((await app.api.TreatmentById({ id: ids.Treatment.id })).treatment).toEqual({ id: ids.Treatment.id, slug: 'microneedling' });
    expect((await app.api.ProtocolById({ id: ids.Protocol.id })).protocol).toEqual({ id: ids.Protocol.id, slug: 'microneedling-prp' });
    expect((await app.api.OrganizationById({ id: ids.Organization.id })).organization).toEqual({ id: ids.Organization.id, slug: org.slug });
    expect((await admin.PractitionerById({ id: ids.Practitioner.id })).practitioner).toEqual({
      id: ids.Practitioner.id,
      ...ids.Practitioner.identity,
    });
  });

  test('a well-formed id that names no row gives null', async () => {
    expect(await app.api.ClinicById({ id: unknownId('Clinic') })).toEqual({ clinic: null });
    expect(await admin.PractitionerById({ id: unknownId('Practitioner') })).toEqual({ practitioner: null });
    expect(await app.api.TreatmentById({ id: unknownId('Treatment') })).toEqual({ treatment: null });
    expect(await app.api.ProtocolById({ id: unknownId('Protocol') })).toEqual({ protocol: null });
    expect(await app.api.OrganizationById({ id: unknownId('Organization') })).toEqual({ organization: null });
  });

  test.each([
    ['clinic', (id: string) => app.api.ClinicById({ id })],
    ['practitioner', (id: string) => admin.PractitionerById({ id })],
    ['treatment', (id: string) => app.api.TreatmentById({ id })],
    ['protocol', (id: string) => app.api.ProtocolById({ id })],
    ['organization', (id: string) => app.api.OrganizationById({ id })],
  ])('%s(id:) rejects malformed ids as BAD_USER_INPUT naming "id"', async (_query, request) => {
    for (const id of ['not-an-id', '', base64url('Clinic:123')]) {
      const errors = await graphQLErrors(request(id));

      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain('"id"');
      expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['id'] });
    }
  });

  test('a Clinic id given to practitioner(id:) is BAD_USER_INPUT saying a Practitioner id is expected', async () => {
    const errors = await graphQLErrors(admin.PractitionerById({ id: ids.Clinic.id }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('Practitioner');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['id'] });
  });

  test.each([
    ['clinic(id:) given a Practitioner id', () => app.api.ClinicById({ id: ids.Practitioner.id })],
    ['treatment(id:) given a Protocol id', () => app.api.TreatmentById({ id: ids.Protocol.id })],
    ['protocol(id:) given a ProtocolStep id', () => app.api.ProtocolById({ id: ids.ProtocolStep.id })],
    ['organization(id:) given a Clinic id', () => app.api.OrganizationById({ id: ids.Clinic.id })],
  ])('%s is BAD_USER_INPUT naming "id"', async (_case, request) => {
    const errors = await graphQLErrors(request());

    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['id'] });
  });
});
