/**
 * Relay connections as a client pages through them: page size defaults and caps,
 * walking with `after: endCursor`, totals, ordering with ties, and rejected arguments.
 * Every test pages through an organization of its own, scoped by filter.
 */
import { ClinicOrder, ClinicsQuery, SortDirection } from '../generated/graphql';
import { graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { createOrganization, OrganizationFixture } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type ClinicPage = ClinicsQuery['clinics'];

function organizationWith(clinics: number, cities?: string[]): Promise<OrganizationFixture> {
  return createOrganization(app.sql, { clinics, practitionersPerClinic: 0, protocols: [], cities });
}

/** Follows `endCursor` until `hasNextPage` is false; returns every page, then the page after the last. */
async function walk<P extends { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>(
  fetchPage: (after: string | null) => Promise<P>,
): Promise<{ pages: P[]; afterLast: P }> {
  const pages: P[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBeTruthy();
    after = page.pageInfo.endCursor!;
    if (pages.length > 50) throw new Error('hasNextPage never became false');
  }
  const afterLast = await fetchPage(pages[pages.length - 1].pageInfo.endCursor ?? null);
  return { pages, afterLast };
}

const slugsOf = (page: { edges: Array<{ node: { slug: string } }> }) => page.edges.map((e) => e.node.slug);
const clinicSlugs = (count: number) => Array.from({ length: count }, (_, i) => `clinic-${String(i + 1).padStart(4, '0')}`);

describe('page size', () => {
  test('without `first` a page holds 20 clinics, and says more follow', async () => {
    // Given an organization with 25 clinics
    const org = await organizationWith(25);

    // When a client lists its clinics without `first`
    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug } });

    // Then it gets the first 20 by name, and learns there are 25 in all
    expect(slugsOf(clinics)).toEqual(clinicSlugs(20));
    expect(clinics.totalCount).toBe(25);
    expect(clinics.pageInfo.hasNextPage).toBe(true);
    expect(clinics.pageInfo.hasPreviousPage).toBe(false);
  });

  test('`first: 500` given as a variable returns at most 100 clinics', async () => {
    // Given an organization with 130 clinics
    const org = await organizationWith(130);

    // When a client asks for 500 at once
    const { clinics: first } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 500 });

    // Then it gets 100, and the remaining 30 on the next page
    expect(slugsOf(first)).toEqual(clinicSlugs(100));
    expect(first.totalCount).toBe(130);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const { clinics: second } = await app.api.Clinics({
      filter: { organizationSlug: org.slug },
      first: 500,
      after: first.pageInfo.endCursor,
    });
    expect(slugsOf(second)).toEqual(clinicSlugs(130).slice(100));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  test('`first: 500` written in the query itself is capped at 100 too', async () => {
    const org = await organizationWith(130);

    const { clinics } = await app.client.request<{ clinics: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      `{ clinics(first: 500, filter: { organizationSlug: "${org.slug}" }) { totalCount pageInfo { hasNextPage } edges { cursor } } }`,
    );

    expect(clinics.edges).toHaveLength(100);
    expect(clinics.totalCount).toBe(130);
    expect(clinics.pageInfo.hasNextPage).toBe(true);
  });

  test('the cap applies to nested connections as well', async () => {
    const org = await organizationWith(130);

    const { organization } = await app.api.PagedOrganizationClinics({ slug: org.slug, first: 500 });

    expect(organization!.clinics.edges).toHaveLength(100);
    expect(organization!.clinics.totalCount).toBe(130);
    expect(organization!.clinics.pageInfo.hasNextPage).toBe(true);
  });

  test('`first: 0` returns no clinics but still counts them', async () => {
    const org = await organizationWith(3);

    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 0 });

    expect(clinics.edges).toEqual([]);
    expect(clinics.totalCount).toBe(3);
    expect(clinics.pageInfo).toMatchObject({ hasNextPage: true, startCursor: null, endCursor: null });
  });

  test('a connection with nothing in it is an empty page with a total of 0', async () => {
    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: 'no-such-organization' } });

    expect(clinics).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
  });
});

describe('walking pages with `after: endCursor`', () => {
  test('visits every clinic exactly once, in name order, with the same total on every page', async () => {
    // Given an organization with 25 clinics
    const org = await organizationWith(25);

    // When a client walks its clinics 7 at a time
    const { pages, afterLast } = await walk((after) =>
      app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 7, after }).then((r) => r.clinics),
    );

    // Then it sees pages of 7, 7, 7 and 4 that together hold each clinic once, in order
    expect(pages.map((p) => p.edges.length)).toEqual([7, 7, 7, 4]);
    expect(pages.flatMap(slugsOf)).toEqual(clinicSlugs(25));
    expect(new Set(pages.flatMap((p) => p.edges.map((e) => e.node.id))).size).toBe(25);
    // And every page, even past the last one, reports the same total
    expect([...pages, afterLast].map((p) => p.totalCount)).toEqual([25, 25, 25, 25, 25]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
    // And the page after the last one is empty
    expect(afterLast.edges).toEqual([]);
    expect(afterLast.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  test('startCursor and endCursor are the cursors of the first and last edge, and an edge cursor continues after that edge', async () => {
    const org = await organizationWith(6);

    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 4 });
    const { clinics: fromSecond } = await app.api.Clinics({
      filter: { organizationSlug: org.slug },
      first: 2,
      after: clinics.edges[1].cursor,
    });

    expect(clinics.pageInfo.startCursor).toBe(clinics.edges[0].cursor);
    expect(clinics.pageInfo.endCursor).toBe(clinics.edges[3].cursor);
    expect(slugsOf(fromSecond)).toEqual(['clinic-0003', 'clinic-0004']);
  });

  test('walking the same list twice gives the same order and the same cursors', async () => {
    const org = await organizationWith(9, ['Berlin']);
    const fetchPage = (after: string | null) =>
      app.api
        .Clinics({
          filter: { organizationSlug: org.slug },
          orderBy: { field: 'CITY' },
          first: 4,
          after,
        })
        .then((r) => r.clinics);

    const first = await walk(fetchPage);
    const second = await walk(fetchPage);

    expect(second.pages.flatMap((p) => p.edges)).toEqual(first.pages.flatMap((p) => p.edges));
  });

  test('a clinic added before the cursor during a walk neither repeats nor shifts the later pages', async () => {
    // Given a client that has read the first page of 10 clinics
    const org = await organizationWith(10);
    const { clinics: page1 } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, first: 4 });

    // When a clinic that sorts first is added before it asks for the next page
    await app.sql.query(
      `INSERT INTO clinics (organization_id, slug, name, street_address, locality, country_code, time_zone)
       VALUES ($1, 'clinic-0000', 'Clinic 0000', 'Street 0', 'Berlin', 'DE', 'Europe/Berlin')`,
      [org.id],
    );
    const { pages } = await walk((after) =>
      app.api
        .Clinics({ filter: { organizationSlug: org.slug }, first: 4, after: after ?? page1.pageInfo.endCursor })
        .then((r) => r.clinics),
    );

    // Then the rest of the walk continues right after the clinics already seen
    expect(pages.flatMap(slugsOf)).toEqual(clinicSlugs(10).slice(4));
    expect(pages.map((p) => p.totalCount)).toEqual([11, 11]);
  });

  test('a nested connection (organization.clinics) walks the same way', async () => {
    // Given an organization with 10 clinics
    const org = await organizationWith(10);

    // When a client walks organization.clinics 4 at a time
    const { pages, afterLast } = await walk((after) =>
      app.api.PagedOrganizationClinics({ slug: org.slug, first: 4, after }).then((r) => r.organization!.clinics),
    );

    // Then it sees every clinic once, in order, with a stable total
    expect(pages.map((p) => p.edges.length)).toEqual([4, 4, 2]);
    expect(pages.flatMap(slugsOf)).toEqual(clinicSlugs(10));
    expect([...pages, afterLast].map((p) => p.totalCount)).toEqual([10, 10, 10, 10]);
    expect(afterLast.edges).toEqual([]);
    expect(afterLast.pageInfo.hasNextPage).toBe(false);
  });

  test('a nested connection (clinic.offerings) walks one offering at a time, by protocol name', async () => {
    // Given a clinic offering the three library protocols
    const org = await createOrganization(app.sql, {
      clinics: 2,
      practitionersPerClinic: 0,
      protocols: ['microneedling', 'microneedling-prp', 'microneedling-alternating-glycolic-peel'],
    });
    const { clinics } = await app.api.Clinics({ filter: { organizationSlug: org.slug } });
    const clinicId = clinics.edges[0].node.id;

    // When a client walks its offerings one at a time
    const { pages, afterLast } = await walk((after) =>
      app.api.PagedClinicOfferings({ id: clinicId, first: 1, after }).then((r) => r.clinic!.offerings),
    );

    // Then it sees each of the three once, ordered by protocol name, with a stable total
    const names = pages.flatMap((p) => p.edges.map((e) => e.node.protocol.name));
    expect(pages.map((p) => p.edges.length)).toEqual([1, 1, 1]);
    expect(names).toEqual([...names].sort());
    expect(pages.flatMap((p) => p.edges.map((e) => e.node.protocol.slug)).sort()).toEqual([
      'microneedling',
      'microneedling-alternating-glycolic-peel',
      'microneedling-prp',
    ]);
    expect([...pages, afterLast].map((p) => p.totalCount)).toEqual([3, 3, 3, 3]);
    expect(afterLast.edges).toEqual([]);
  });
});

describe('ordering', () => {
  test('orderBy CITY DESC is by city (ignoring case), ties broken by id, the same across pages', async () => {
    // Given 12 clinics in three cities (4 each), one city written in lower case
    const org = await organizationWith(12, ['Berlin', 'hamburg', 'Munich']);
    const cityOf = (index: number) => ['Berlin', 'hamburg', 'Munich'][index % 3];
    const expected = org.clinics
      .map((clinic, index) => ({ ...clinic, city: cityOf(index).toLowerCase() }))
      .sort((a, b) => (a.city === b.city ? (a.id < b.id ? 1 : -1) : a.city < b.city ? 1 : -1))
      .map((clinic) => clinic.slug);

    // When a client walks them by city, descending, 5 at a time
    const { pages } = await walk((after) =>
      app.api
        .Clinics({
          filter: { organizationSlug: org.slug },
          orderBy: { field: 'CITY', direction: 'DESC' },
          first: 5,
          after,
        })
        .then((r) => r.clinics),
    );
    // And also reads them in one page
    const { clinics: onePage } = await app.api.Clinics({
      filter: { organizationSlug: org.slug },
      orderBy: { field: 'CITY', direction: 'DESC' },
      first: 100,
    });

    // Then Munich comes first, then hamburg, then Berlin, each city's clinics in descending id order
    const walked = pages.flatMap((p: ClinicPage) => p.edges.map((e) => e.node));
    expect(walked.map((c) => c.address.locality)).toEqual([
      ...Array(4).fill('Munich'),
      ...Array(4).fill('hamburg'),
      ...Array(4).fill('Berlin'),
    ]);
    expect(walked.map((c) => c.slug)).toEqual(expected);
    // And paging does not change the order
    expect(slugsOf(onePage)).toEqual(expected);
  });

  test('orderBy CITY ascending is the exact reverse of descending', async () => {
    const org = await organizationWith(9, ['Berlin', 'Hamburg', 'Munich']);

    const ordered = (direction: SortDirection) =>
      walk((after) =>
        app.api
          .Clinics({
            filter: { organizationSlug: org.slug },
            orderBy: { field: 'CITY', direction },
            first: 2,
            after,
          })
          .then((r) => r.clinics),
      ).then(({ pages }) => pages.flatMap(slugsOf));

    const ascending = await ordered('ASC');
    const descending = await ordered('DESC');
    expect(ascending).toHaveLength(9);
    expect(descending).toEqual([...ascending].reverse());
  });

  test('a nested connection honours orderBy across pages too', async () => {
    const org = await organizationWith(8, ['Berlin', 'Munich']);
    const orderBy: ClinicOrder = { field: 'CITY', direction: 'DESC' };

    const { pages } = await walk((after) =>
      app.api.PagedOrganizationClinics({ slug: org.slug, first: 3, after, orderBy }).then((r) => r.organization!.clinics),
    );
    const { clinics: onePage } = await app.api.Clinics({ filter: { organizationSlug: org.slug }, orderBy, first: 100 });

    expect(pages.flatMap((p) => p.edges.map((e) => e.node.address.locality))).toEqual([
      ...Array(4).fill('Munich'),
      ...Array(4).fill('Berlin'),
    ]);
    expect(pages.flatMap(slugsOf)).toEqual(slugsOf(onePage));
  });
});

describe('rejected arguments', () => {
  test('`first: -1` is a BAD_USER_INPUT error naming "first"', async () => {
    const org = await organizationWith(2);

    const errors = await graphQLErrors(app.api.Clinics({ filter: { organizationSlug: org.slug }, first: -1 }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"first"');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['first'] });
    expect(errors[0].path).toEqual(['clinics']);
  });

  test('`first: -1` on a nested connection is rejected the same way', async () => {
    const org = await organizationWith(2);

    const errors = await graphQLErrors(app.api.PagedOrganizationClinics({ slug: org.slug, first: -1 }));

    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['first'] });
    expect(errors[0].path).toEqual(['organization', 'clinics']);
  });

  const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
  test.each([
    ['plain text', 'garbage'],
    ['an empty JSON array', base64url([])],
    ['a cursor-shaped value with a non-uuid id', base64url(['Clinic 0001', 'not-a-uuid'])],
    ['a cursor whose id has the length of a uuid but is not one', base64url(['Clinic 0001', '-'.repeat(36)])],
    ['a cursor whose sort value holds a NUL character', base64url(['Clinic\u00000001', '3f1c2a9e-7b4d-4c8e-9a21-5d6f7e8a9b0c'])],
    ['a cursor whose sort value is an object', base64url([{ name: 'x' }, '3f1c2a9e-7b4d-4c8e-9a21-5d6f7e8a9b0c'])],
  ])('`after` holding %s is a BAD_USER_INPUT error naming "after"', async (_case, after) => {
    const org = await organizationWith(2);

    const errors = await graphQLErrors(app.api.Clinics({ filter: { organizationSlug: org.slug }, after }));

    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('"after"');
    expect(errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: ['after'] });
  });
});
