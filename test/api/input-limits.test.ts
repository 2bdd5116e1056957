/**
 * Strict inputs, one way: every string input has a declared length limit (the schema
 * proves it), checked before anything else; values out of range, unknown codes and blank
 * names are refused with a clear message that never echoes a long value back.
 */
import { getNamedType, GraphQLInputField, GraphQLString, isInputObjectType, isObjectType } from 'graphql';
import { Role } from '../../src/auth/roles';
import { maxLengthOf } from '../../src/common/input-limits';
import { createSchema } from '../../src/schema';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';

describe('the schema', () => {
  test('every String input field and String argument has a declared length limit, stated in its description', async () => {
    const schema = await createSchema();
    const unlimited: string[] = [];
    const check = (where: string, field: Pick<GraphQLInputField, 'type' | 'extensions' | 'description'>) => {
      if (getNamedType(field.type) !== GraphQLString) return;
      const max = maxLengthOf(field);
      const stated =
        field.description?.includes(`At most ${max} characters.`) || field.description?.includes(`Each at most ${max} characters.`);
      if (max === undefined || !stated) unlimited.push(where);
    };
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field);
          checked++;
        }
      } else if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) {
            check(`${type.name}.${field.name}(${arg.name})`, arg);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(unlimited).toEqual([]);
  });
});

describe('through the API', () => {
  let app: TestApp;
  let admin: Api;
  let clinicId: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.asDemoAdmin();
    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin' }, first: 1 });
    clinicId = clinics.edges[0].node.id;
  });
  afterAll(() => app.close());

  const address = { streetAddress: '1 Main Street', locality: 'Miami', region: 'FL', postalCode: '33139', countryCode: 'US' };
  const newClinic = (slug: string) => ({ slug, name: 'Limits Clinic', address, timeZone: 'America/New_York' });
  const clinicCount = async () => (await app.sql.query('SELECT count(*)::int AS count FROM clinics'))[0].count as number;

  test.each(['postalCode', 'region'] as const)(
    'clinicCreate with a 100,000-character address.%s is INVALID at its path, and nothing is stored',
    async (field) => {
      const before = await clinicCount();
      const { clinicCreate } = await admin.ClinicCreate({
        input: { ...newClinic(`too-long-${field.toLowerCase()}`), address: { ...address, [field]: 'x'.repeat(100_000) } },
      });
      expect(clinicCreate.clinic).toBeNull();
      expect(clinicCreate.userErrors).toEqual([
        {
          code: 'INVALID',
          field: ['input', 'address', field],
          message: expect.stringMatching(/^Give at most \d+ characters \(this value has 100000\)\.$/),
        },
      ]);
      expect(await clinicCount()).toBe(before);
    },
  );

  test('clinicUpdate with a 100,000-character region changes nothing', async () => {
    const { clinicUpdate } = await admin.ClinicUpdate({ input: { id: clinicId, address: { ...address, region: 'r'.repeat(100_000) } } });
    expect(clinicUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'address', 'region'] })]);
    const [row] = await app.sql.query('SELECT length(region) AS length FROM clinics WHERE slug = $1', ['new-york-soho']);
    expect(row.length).toBeLessThan(100);
  });

  test('a too long value in a query argument is BAD_USER_INPUT naming the argument', async () => {
    const errors = await graphQLErrors(app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin', city: 'c'.repeat(5000) } }));
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: ['filter', 'city'] } })]);
  });

  test('length limits are checked after authorization: an anonymous mutation stays UNAUTHENTICATED', async () => {
    const [error] = await graphQLErrors(app.api.ClinicCreate({ input: { ...newClinic('anon'), name: 'n'.repeat(10_000) } }));
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a blank name is reported as blank', async () => {
    const { clinicCreate } = await admin.ClinicCreate({ input: { ...newClinic('blank-name'), name: '   ' } });
    expect(clinicCreate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'name'], message: expect.stringContaining('blank') }]);
  });

  test('an invalid time zone is quoted by its first 40 characters only', async () => {
    const zone = `Mars/${'Olympus_Mons_'.repeat(4)}`.slice(0, 60);
    const { clinicCreate } = await admin.ClinicCreate({ input: { ...newClinic('bad-zone'), timeZone: zone } });
    const [error] = clinicCreate.userErrors;
    expect(error).toMatchObject({ code: 'INVALID_TIME_ZONE', field: ['input', 'timeZone'] });
    expect(error.message).toContain(`"${zone.slice(0, 40)}…"`);
    expect(error.message).not.toContain(zone);
  });

  test.each(['ZZ', 'UK', 'EU', 'us'])('countryCode "%s" is not an ISO 3166-1 alpha-2 code', async (countryCode) => {
    const { clinicCreate } = await admin.ClinicCreate({
      input: { ...newClinic(`country-${countryCode.toLowerCase()}`), address: { ...address, countryCode } },
    });
    expect(clinicCreate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'address', 'countryCode'] })]);
  });

  test('offeringSet durationMinutes must lie between 5 and 600', async () => {
    const { protocol } = await app.api.ProtocolLookup({ slug: 'microneedling' });
    for (const durationMinutes of [4, 601, 100_000]) {
      const { offeringSet } = await admin.OfferingSet({ input: { clinicId, protocolId: protocol!.id, durationMinutes } });
      expect(offeringSet.userErrors).toEqual([
        { code: 'INVALID', field: ['input', 'durationMinutes'], message: 'Give a duration of 5 to 600 minutes.' },
      ]);
    }
  });

  test('qualificationGrant refuses a grantedOn in the future and keeps the current qualification', async () => {
    const { api: orgAdmin } = await app.as({ role: Role.ORG_ADMIN });
    const { treatment } = await app.api.TreatmentLookup({ slug: 'microneedling' });
    const { practitioners } = await orgAdmin.Practitioners({ first: 1 });
    const [{ count: before }] = await app.sql.query(
      'SELECT count(*)::int AS count FROM practitioner_qualifications WHERE revoked_at IS NULL',
    );
    const { qualificationGrant } = await orgAdmin.QualificationGrant({
      input: { practitionerId: practitioners.edges[0].node.id, treatmentId: treatment!.id, grantedOn: '2099-01-01' },
    });
    expect(qualificationGrant.qualification).toBeNull();
    expect(qualificationGrant.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'grantedOn'] })]);
    const [{ count: after }] = await app.sql.query(
      'SELECT count(*)::int AS count FROM practitioner_qualifications WHERE revoked_at IS NULL',
    );
    expect(after).toBe(before);
  });

  describe('lookups by slug or id take exactly one', () => {
    test.each([
      ['organization', (slug?: string, id?: string) => app.api.OrganizationLookup({ slug, id })],
      ['treatment', (slug?: string, id?: string) => app.api.TreatmentLookup({ slug, id })],
      ['protocol', (slug?: string, id?: string) => app.api.ProtocolLookup({ slug, id })],
    ] as const)('%s with neither or both is BAD_USER_INPUT', async (_name, lookup) => {
      const neither = await graphQLErrors(lookup());
      expect(neither).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: ['slug'] } })]);
      const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'lumiere-skin' }, first: 1 });
      const both = await graphQLErrors(lookup('lumiere-skin', clinics.edges[0].node.id));
      expect(both).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: ['id'] } })]);
    });

    test('organization(slug: "a", id: <another>) is refused rather than answering the id', async () => {
      const { organization } = await app.api.OrganizationLookup({ slug: 'lumiere-skin' });
      const errors = await graphQLErrors(app.api.OrganizationLookup({ slug: 'a', id: organization!.id }));
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
