/**
 * The demo organization "lumiere-skin" as a booking app and its staff see it: three
 * clinics in three time zones with addresses and opening hours, each clinic's offerings
 * at its own prices, and the practitioners with their (possibly expired) qualifications.
 * Clinics and offerings are public; practitioners are visible to the organization's staff.
 */
import { graphQLErrors, Api, startTestApp, TestApp } from '../support/harness';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { ClinicsQuery, PractitionersQuery } from '../generated/graphql';

type ClinicNode = ClinicsQuery['clinics']['edges'][number]['node'];
type PractitionerNode = PractitionersQuery['practitioners']['edges'][number]['node'];

const ORG = 'lumiere-skin';
const SOHO = 'new-york-soho';
const RIVER_NORTH = 'chicago-river-north';
const WEST_HOLLYWOOD = 'los-angeles-west-hollywood';

let app: TestApp;
/** The demo organization's ORG_ADMIN: practitioners are shown to staff only. */
let staff: Api;
let organizationId: string;
let clinics: Record<string, ClinicNode>;

beforeAll(async () => {
  app = await startTestApp();
  staff = await app.asDemoAdmin();
  const { organization } = await app.api.OrganizationBySlug({ slug: ORG });
  expect(organization).not.toBeNull();
  organizationId = organization!.id;
  const { clinics: list } = await app.api.Clinics({ filter: { organizationSlug: ORG } });
  clinics = Object.fromEntries(list.edges.map((e) => [e.node.slug, e.node]));
});
afterAll(() => app.close());

async function clinicSlugs(filter: Parameters<Api['Clinics']>[0]): Promise<string[]> {
  const { clinics: list } = await app.api.Clinics(filter);
  const slugs = list.edges.map((e) => e.node.slug);
  expect(list.totalCount).toBe(slugs.length);
  return slugs;
}

async function treatmentId(slug: string): Promise<string> {
  const { treatment } = await app.api.TreatmentBySlug({ slug });
  return treatment!.id;
}

describe('the clinics of lumiere-skin', () => {
  test('three clinics, by name, each in its own IANA time zone', async () => {
    // when
    const { clinics: list } = await app.api.Clinics({ filter: { organizationSlug: ORG } });
    // then
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => [e.node.name, e.node.timeZone])).toEqual([
      ['Lumière River North', 'America/Chicago'],
      ['Lumière SoHo', 'America/New_York'],
      ['Lumière West Hollywood', 'America/Los_Angeles'],
    ]);
    expect(list.edges.every((e) => e.node.organization.slug === ORG && e.node.active)).toBe(true);
  });

  test('each with its postal address and contact details', () => {
    expect(clinics[SOHO].address).toEqual({
      streetAddress: '120 Prince Street',
      locality: 'New York',
      region: 'NY',
      postalCode: '10012',
      countryCode: 'US',
    });
    expect(clinics[SOHO].phone).toBe('+12125550134');
    expect(clinics[SOHO].email).toBe('soho@lumiere-skin.example');
    expect(clinics[RIVER_NORTH].address).toMatchObject({ streetAddress: '445 North Wells Street', locality: 'Chicago', region: 'IL' });
    expect(clinics[WEST_HOLLYWOOD].address).toMatchObject({
      streetAddress: '8560 Sunset Boulevard',
      locality: 'Los Angeles',
      postalCode: '90069',
    });
  });

  test('West Hollywood closes for lunch on weekdays, is closed on Saturday and open on Sunday morning', () => {
    const hours = clinics[WEST_HOLLYWOOD].openingHours;
    expect(hours.filter((h) => h.dayOfWeek === 'MONDAY')).toEqual([
      { dayOfWeek: 'MONDAY', opens: '08:00:00', closes: '12:00:00' },
      { dayOfWeek: 'MONDAY', opens: '13:00:00', closes: '18:00:00' },
    ]);
    // a closed day has no entry at all
    expect(hours.filter((h) => h.dayOfWeek === 'SATURDAY')).toEqual([]);
    expect(hours.filter((h) => h.dayOfWeek === 'SUNDAY')).toEqual([{ dayOfWeek: 'SUNDAY', opens: '10:00:00', closes: '14:00:00' }]);
    expect(hours).toHaveLength(11);
  });

  test('opening hours are listed Monday first, in time order within a day', () => {
    const days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    for (const clinic of Object.values(clinics)) {
      const keys = clinic.openingHours.map((h) => `${days.indexOf(h.dayOfWeek)} ${h.opens}`);
      expect(keys).toEqual([...keys].sort());
    }
  });

  test('River North is closed on Sunday and Monday; SoHo opens six days a week', () => {
    const riverNorthDays = clinics[RIVER_NORTH].openingHours.map((h) => h.dayOfWeek);
    expect(riverNorthDays).toEqual(['TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
    expect(clinics[RIVER_NORTH].openingHours.find((h) => h.dayOfWeek === 'SATURDAY')).toEqual({
      dayOfWeek: 'SATURDAY',
      opens: '09:00:00',
      closes: '15:00:00',
    });
    expect(clinics[SOHO].openingHours.map((h) => h.dayOfWeek)).toEqual([
      'MONDAY',
      'TUESDAY',
      'WEDNESDAY',
      'THURSDAY',
      'FRIDAY',
      'SATURDAY',
    ]);
  });

  test('clinic(id:) finds a listed clinic again', async () => {
    const { clinic } = await app.api.ClinicById({ id: clinics[SOHO].id });
    expect(clinic).toEqual({ id: clinics[SOHO].id, slug: SOHO });
  });
});

describe('filters and order', () => {
  let other: OrganizationFixture;
  beforeAll(async () => {
    // given: another organization with clinics of its own, two of them in New York
    other = await createOrganization(app.sql, {
      clinics: 4,
      practitionersPerClinic: 0,
      protocols: [],
      cities: ['New York', 'Boston'],
    });
  });

  test('by city, compared case-insensitively', async () => {
    expect(await clinicSlugs({ filter: { organizationSlug: ORG, city: 'new york' } })).toEqual([SOHO]);
    expect(await clinicSlugs({ filter: { organizationSlug: ORG, city: 'CHICAGO' } })).toEqual([RIVER_NORTH]);
    expect(await clinicSlugs({ filter: { organizationSlug: ORG, city: 'Los Angeles' } })).toEqual([WEST_HOLLYWOOD]);
  });

  test('by city: the whole name, not a part of it; no clinic in that city gives an empty list', async () => {
    expect(await clinicSlugs({ filter: { organizationSlug: ORG, city: 'New' } })).toEqual([]);
    expect(await clinicSlugs({ filter: { organizationSlug: ORG, city: 'Boston' } })).toEqual([]);
  });

  test("by organization slug: only that organization's clinics, even in the same city", async () => {
    expect(await clinicSlugs({ filter: { organizationSlug: ORG } })).toEqual([RIVER_NORTH, SOHO, WEST_HOLLYWOOD]);
    expect(await clinicSlugs({ filter: { organizationSlug: other.slug } })).toEqual(other.clinics.map((c) => c.slug));
    const newYork = await clinicSlugs({ filter: { organizationSlug: other.slug, city: 'NEW YORK' } });
    expect(newYork).toHaveLength(2);
    expect(newYork).not.toContain(SOHO);
  });

  test('by organization slug: an unknown organization has no clinics', async () => {
    expect(await clinicSlugs({ filter: { organizationSlug: 'no-such-organization' } })).toEqual([]);
  });

  test('by organization id: the same clinics as by slug', async () => {
    expect(await clinicSlugs({ filter: { organizationId } })).toEqual([RIVER_NORTH, SOHO, WEST_HOLLYWOOD]);
    const { organization } = await app.api.OrganizationBySlug({ slug: other.slug });
    expect(await clinicSlugs({ filter: { organizationId: organization!.id } })).toEqual(other.clinics.map((c) => c.slug));
  });

  test("by organization id: an id that is not an organization's is rejected as bad input", async () => {
    const errors = await graphQLErrors(app.api.Clinics({ filter: { organizationId: clinics[SOHO].id } }));
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'organizationId'] });
  });

  test('ordered by city, descending: New York, Los Angeles, Chicago', async () => {
    // when
    const { clinics: list } = await app.api.Clinics({ filter: { organizationSlug: ORG }, orderBy: { field: 'CITY', direction: 'DESC' } });
    // then
    expect(list.edges.map((e) => e.node.address.locality)).toEqual(['New York', 'Los Angeles', 'Chicago']);
  });

  test('ordered by city, ascending by default direction', async () => {
    expect(await clinicSlugs({ filter: { organizationSlug: ORG }, orderBy: { field: 'CITY' } })).toEqual([
      RIVER_NORTH,
      WEST_HOLLYWOOD,
      SOHO,
    ]);
  });

  test('ordered by city descending, page by page: clinics of the same city are neither repeated nor skipped', async () => {
    // when: the other organization's four clinics (two per city), one per page
    const walked: ClinicNode[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { clinics: list } = await app.api.Clinics({
        filter: { organizationSlug: other.slug },
        orderBy: { field: 'CITY', direction: 'DESC' },
        first: 1,
        after,
      });
      expect(list.totalCount).toBe(4);
      walked.push(...list.edges.map((e) => e.node));
      if (!list.pageInfo.hasNextPage) break;
      after = list.pageInfo.endCursor;
    }
    // then
    expect(walked.map((c) => c.address.locality)).toEqual(['New York', 'New York', 'Boston', 'Boston']);
    expect(new Set(walked.map((c) => c.id)).size).toBe(4);
  });
});

describe("offerings, at each clinic's own prices", () => {
  async function offeringsOf(clinicSlug: string, filter?: { enabled?: boolean; bookableOnline?: boolean }) {
    const { clinic } = await app.api.ClinicOfferings({ id: clinics[clinicSlug].id, filter });
    expect(clinic).not.toBeNull();
    const offerings = clinic!.offerings.edges.map((e) => e.node);
    expect(clinic!.offerings.totalCount).toBe(offerings.length);
    return offerings;
  }
  const byProtocol = <T extends { protocol: { slug: string } }>(list: T[], slug: string): T => {
    const found = list.find((o) => o.protocol.slug === slug);
    expect(found).toBeDefined();
    return found!;
  };

  test("SoHo charges its own price for microneedling: $420.00, overriding the organization's default", async () => {
    // when
    const offerings = await offeringsOf(SOHO);
    // then
    const mn = byProtocol(offerings, 'microneedling');
    expect(mn.price).toEqual({ amount: 42000, currency: 'USD', formatted: '$420.00' });
    expect(mn.overridden).toBe(true);
    expect(mn).toMatchObject({ enabled: true, durationMinutes: 60, bookableOnline: true, clinic: { slug: SOHO } });
  });

  test("River North charges the organization's default for microneedling: $350.00, not overridden", async () => {
    const mn = byProtocol(await offeringsOf(RIVER_NORTH), 'microneedling');
    expect(mn.price).toEqual({ amount: 35000, currency: 'USD', formatted: '$350.00' });
    expect(mn.overridden).toBe(false);
    expect(mn.clinic.slug).toBe(RIVER_NORTH);
  });

  test('each clinic lists every protocol of the organization, by protocol name, with the default where it sets nothing', async () => {
    const soho = await offeringsOf(SOHO);
    expect(soho.map((o) => o.protocol.name)).toEqual([
      'Microneedling',
      'Microneedling + PRP',
      'Microneedling alternating with glycolic peel',
    ]);
    expect(byProtocol(soho, 'microneedling-prp')).toMatchObject({
      price: { amount: 85000, formatted: '$850.00' },
      durationMinutes: 90,
      bookableOnline: false,
      overridden: true,
    });
    expect(byProtocol(soho, 'microneedling-alternating-glycolic-peel')).toMatchObject({
      price: { amount: 29500, currency: 'USD', formatted: '$295.00' },
      enabled: true,
      overridden: false,
    });
  });

  test("an override changes only the values it sets: West Hollywood's longer, dearer microneedling stays bookable online", async () => {
    const mn = byProtocol(await offeringsOf(WEST_HOLLYWOOD), 'microneedling');
    expect(mn).toMatchObject({
      price: { amount: 39000, formatted: '$390.00' },
      durationMinutes: 75,
      bookableOnline: true,
      enabled: true,
      overridden: true,
    });
  });

  test('River North has disabled the alternating glycolic-peel protocol; it is still listed, as disabled', async () => {
    const offerings = await offeringsOf(RIVER_NORTH);
    expect(offerings).toHaveLength(3);
    const alternating = byProtocol(offerings, 'microneedling-alternating-glycolic-peel');
    expect(alternating.enabled).toBe(false);
    expect(alternating.overridden).toBe(true);
    // the price comes from the default, as the override sets only `enabled`
    expect(alternating.price.amount).toBe(29500);
  });

  test('filter by enabled', async () => {
    const enabled = await offeringsOf(RIVER_NORTH, { enabled: true });
    expect(enabled.map((o) => o.protocol.slug)).toEqual(['microneedling', 'microneedling-prp']);
    expect(enabled.every((o) => o.enabled)).toBe(true);
    const disabled = await offeringsOf(RIVER_NORTH, { enabled: false });
    expect(disabled.map((o) => o.protocol.slug)).toEqual(['microneedling-alternating-glycolic-peel']);
    expect(await offeringsOf(SOHO, { enabled: false })).toEqual([]);
  });

  test('filter by online booking', async () => {
    expect((await offeringsOf(SOHO, { bookableOnline: false })).map((o) => o.protocol.slug)).toEqual(['microneedling-prp']);
    expect((await offeringsOf(RIVER_NORTH, { enabled: true, bookableOnline: true })).map((o) => o.protocol.slug)).toEqual([
      'microneedling',
    ]);
  });

  test('offerings of different clinics are different objects with their own ids', async () => {
    const ids = [...(await offeringsOf(SOHO)), ...(await offeringsOf(RIVER_NORTH)), ...(await offeringsOf(WEST_HOLLYWOOD))].map(
      (o) => o.id,
    );
    expect(new Set(ids).size).toBe(9);
  });
});

describe("practitioners (seen by the organization's staff)", () => {
  let practitioners: Record<string, PractitionerNode>;
  beforeAll(async () => {
    const { practitioners: list } = await staff.Practitioners({ filter: { organizationId } });
    practitioners = Object.fromEntries(list.edges.map((e) => [e.node.slug, e.node]));
  });

  async function practitionerSlugs(filter: Parameters<Api['Practitioners']>[0]): Promise<string[]> {
    const { practitioners: list } = await staff.Practitioners(filter);
    const slugs = list.edges.map((e) => e.node.slug);
    expect(list.totalCount).toBe(slugs.length);
    return slugs;
  }

  test('four practitioners, ordered by family name', async () => {
    const { practitioners: list } = await staff.Practitioners({ filter: { organizationId } });
    expect(list.edges.map((e) => e.node.displayName)).toEqual(['Sofia Alvarez', 'Marcus Chen', 'Dr. Amelia Hart', 'Priya Nair']);
    expect(list.edges.every((e) => e.node.organization.slug === ORG && e.node.active)).toBe(true);
  });

  test('Dr. Amelia Hart: dermatologist, MD FAAD, at SoHo and River North, with five standing qualifications', () => {
    const hart = practitioners['amelia-hart'];
    expect(hart).toMatchObject({
      title: 'Dr.',
      givenName: 'Amelia',
      familyName: 'Hart',
      profession: 'Dermatologist',
      credentials: ['MD', 'FAAD'],
    });
    expect(hart.clinics.map((c) => c.slug)).toEqual([RIVER_NORTH, SOHO]);
    expect(hart.qualifications).toHaveLength(5);
    expect(hart.qualifications.every((q) => q.isValid && q.expiresOn === null && q.practitioner.slug === 'amelia-hart')).toBe(true);
    expect(hart.qualifications.map((q) => q.treatment.slug)).toEqual(
      expect.arrayContaining(['microneedling', 'prp-therapy', 'rf-microneedling']),
    );
  });

  test('a practitioner without a title is shown by name only', () => {
    const chen = practitioners['marcus-chen'];
    expect(chen.title).toBeNull();
    expect(chen.displayName).toBe('Marcus Chen');
    expect(chen.credentials).toEqual(['LE']);
    expect(practitioners['priya-nair'].clinics.map((c) => c.slug)).toEqual([RIVER_NORTH, WEST_HOLLYWOOD]);
  });

  test("Marcus Chen's microneedling qualification expired on 2025-01-31; his peel qualifications run until 2036", () => {
    const qualifications = practitioners['marcus-chen'].qualifications;
    expect(qualifications.map((q) => [q.treatment.slug, q.expiresOn, q.isValid])).toEqual([
      ['chemical-peel-glycolic', '2036-08-31', true],
      ['microneedling', '2025-01-31', false],
      ['chemical-peel-salicylic', '2036-08-31', true],
    ]);
    expect(qualifications.find((q) => q.treatment.slug === 'microneedling')?.grantedOn).toBe('2022-02-01');
  });

  test('only Dr. Hart may perform microneedling at SoHo: Marcus Chen works there, but his qualification expired', async () => {
    // given: both work at SoHo
    const { clinic } = await staff.ClinicPractitioners({ id: clinics[SOHO].id });
    expect(clinic!.practitioners!.edges.map((e) => e.node.slug)).toEqual(['marcus-chen', 'amelia-hart']);
    // when
    const { treatment } = await staff.TreatmentQualifiedPractitioners({ slug: 'microneedling', clinicId: clinics[SOHO].id });
    // then
    const qualified = treatment!.qualifiedPractitioners!.edges.map((e) => e.node);
    expect(qualified).toEqual([{ slug: 'amelia-hart', displayName: 'Dr. Amelia Hart' }]);
    expect(treatment!.qualifiedPractitioners!.totalCount).toBe(1);
  });

  test('qualified for microneedling at each clinic, and anywhere in the organization', async () => {
    const at = async (clinicId?: string) => {
      const { treatment } = await staff.TreatmentQualifiedPractitioners({ slug: 'microneedling', clinicId });
      return treatment!.qualifiedPractitioners!.edges.map((e) => e.node.slug);
    };
    expect(await at(clinics[RIVER_NORTH].id)).toEqual(['amelia-hart', 'priya-nair']);
    expect(await at(clinics[WEST_HOLLYWOOD].id)).toEqual(['sofia-alvarez', 'priya-nair']);
    expect(await at()).toEqual(['sofia-alvarez', 'amelia-hart', 'priya-nair']);
  });

  test('Marcus Chen is qualified for the salicylic peel: the only one who is', async () => {
    const { treatment } = await staff.TreatmentQualifiedPractitioners({ slug: 'chemical-peel-salicylic', clinicId: clinics[SOHO].id });
    expect(treatment!.qualifiedPractitioners!.edges.map((e) => e.node.slug)).toEqual(['marcus-chen']);
  });

  test('filter by clinic', async () => {
    expect(await practitionerSlugs({ filter: { clinicId: clinics[SOHO].id } })).toEqual(['marcus-chen', 'amelia-hart']);
    expect(await practitionerSlugs({ filter: { clinicId: clinics[RIVER_NORTH].id } })).toEqual(['amelia-hart', 'priya-nair']);
    expect(await practitionerSlugs({ filter: { clinicId: clinics[WEST_HOLLYWOOD].id } })).toEqual(['sofia-alvarez', 'priya-nair']);
  });

  test('filter by qualification: only valid qualifications count', async () => {
    expect(await practitionerSlugs({ filter: { qualifiedForTreatmentId: await treatmentId('microneedling') } })).toEqual([
      'sofia-alvarez',
      'amelia-hart',
      'priya-nair',
    ]);
    expect(await practitionerSlugs({ filter: { qualifiedForTreatmentId: await treatmentId('chemical-peel-salicylic') } })).toEqual([
      'marcus-chen',
    ]);
    expect(await practitionerSlugs({ filter: { qualifiedForTreatmentId: await treatmentId('rf-microneedling') } })).toEqual([
      'amelia-hart',
      'priya-nair',
    ]);
  });

  test('filter by clinic and qualification together', async () => {
    const microneedling = await treatmentId('microneedling');
    expect(await practitionerSlugs({ filter: { clinicId: clinics[SOHO].id, qualifiedForTreatmentId: microneedling } })).toEqual([
      'amelia-hart',
    ]);
    expect(
      await practitionerSlugs({
        filter: { clinicId: clinics[WEST_HOLLYWOOD].id, qualifiedForTreatmentId: await treatmentId('chemical-peel-tca') },
      }),
    ).toEqual([]);
  });

  test("filter by qualification: a clinic's id is not a treatment's", async () => {
    const errors = await graphQLErrors(staff.Practitioners({ filter: { qualifiedForTreatmentId: clinics[SOHO].id } }));
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'qualifiedForTreatmentId'] });
  });

  test('clinic.practitioners: who works where', async () => {
    const at = async (slug: string) => {
      const { clinic } = await staff.ClinicPractitioners({ id: clinics[slug].id });
      expect(clinic!.practitioners!.totalCount).toBe(clinic!.practitioners!.edges.length);
      return clinic!.practitioners!.edges.map((e) => e.node.slug);
    };
    expect(await at(SOHO)).toEqual(['marcus-chen', 'amelia-hart']);
    expect(await at(RIVER_NORTH)).toEqual(['amelia-hart', 'priya-nair']);
    expect(await at(WEST_HOLLYWOOD)).toEqual(['sofia-alvarez', 'priya-nair']);
  });
});
