/**
 * Protocols: what clinics offer and plan, a single treatment or a combination, with
 * ordered steps and a course template. The library has three; `protocols` filters
 * them by treatment, concern and kind.
 */
import { graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { ProtocolBySlugQuery, ProtocolFilter } from '../generated/graphql';

type ProtocolDetails = NonNullable<ProtocolBySlugQuery['protocol']>;

const SINGLE = 'microneedling';
const WITH_PRP = 'microneedling-prp';
const ALTERNATING = 'microneedling-alternating-glycolic-peel';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function protocol(slug: string): Promise<ProtocolDetails> {
  const { protocol: found } = await app.api.ProtocolBySlug({ slug });
  expect(found).not.toBeNull();
  return found!;
}

/** Slugs of the protocols matching `filter`, sorted (the API orders by name; collations differ on "+"). */
async function slugsFor(filter: ProtocolFilter): Promise<string[]> {
  const { protocols } = await app.api.Protocols({ filter, first: 100 });
  const slugs = protocols.edges.map((e) => e.node.slug);
  expect(protocols.totalCount).toBe(slugs.length);
  return [...slugs].sort();
}

async function treatmentId(slug: string): Promise<string> {
  const { treatment } = await app.api.TreatmentBySlug({ slug });
  expect(treatment).not.toBeNull();
  return treatment!.id;
}

describe('the three library protocols', () => {
  test('are listed with their names and kinds', async () => {
    // when
    const { protocols } = await app.api.Protocols({});
    // then
    expect(protocols.totalCount).toBe(3);
    const byName = Object.fromEntries(protocols.edges.map((e) => [e.node.name, [e.node.slug, e.node.kind]]));
    expect(byName).toEqual({
      Microneedling: [SINGLE, 'SINGLE'],
      'Microneedling + PRP': [WITH_PRP, 'SAME_VISIT'],
      'Microneedling alternating with glycolic peel': [ALTERNATING, 'ALTERNATING'],
    });
  });

  test('"Microneedling" is a single treatment: one step, no gaps between steps', async () => {
    const p = await protocol(SINGLE);
    expect(p.name).toBe('Microneedling');
    expect(p.kind).toBe('SINGLE');
    expect(p.steps).toHaveLength(1);
    expect(p.steps[0]).toMatchObject({
      position: 1,
      minDaysAfterPrevious: null,
      maxDaysAfterPrevious: null,
      treatment: { slug: 'microneedling', name: 'Microneedling' },
    });
  });

  test('"Microneedling + PRP" is done in the same visit: PRP is prepared first, then the needling', async () => {
    const p = await protocol(WITH_PRP);
    expect(p.name).toBe('Microneedling + PRP');
    expect(p.kind).toBe('SAME_VISIT');
    expect(p.steps.map((s) => [s.position, s.treatment.slug])).toEqual([
      [1, 'prp-therapy'],
      [2, 'microneedling'],
    ]);
    // steps of one visit have no gap between them
    expect(p.steps.every((s) => s.minDaysAfterPrevious === null && s.maxDaysAfterPrevious === null)).toBe(true);
    expect(p.steps[0].note).toMatch(/Blood draw/);
    expect(p.steps[1].note).toMatch(/PRP is applied over the micro-channels/);
  });

  test('"Microneedling alternating with glycolic peel" alternates visits, each 14 to 28 days after the previous one', async () => {
    const p = await protocol(ALTERNATING);
    expect(p.name).toBe('Microneedling alternating with glycolic peel');
    expect(p.kind).toBe('ALTERNATING');
    expect(p.steps.map((s) => [s.position, s.treatment.slug, s.minDaysAfterPrevious, s.maxDaysAfterPrevious])).toEqual([
      [1, 'microneedling', 14, 28],
      [2, 'chemical-peel-glycolic', 14, 28],
    ]);
    expect(p.concerns).toEqual(expect.arrayContaining(['ACNE_SCARS', 'HYPERPIGMENTATION']));
  });

  test('each step has its own id, distinct across protocols', async () => {
    const steps = [...(await protocol(SINGLE)).steps, ...(await protocol(WITH_PRP)).steps, ...(await protocol(ALTERNATING)).steps];
    expect(new Set(steps.map((s) => s.id)).size).toBe(5);
  });
});

describe('course templates', () => {
  test('microneedling: 3 to 6 sessions, 28 to 42 days apart, that is 4 to 6 weeks', async () => {
    const { courseTemplate } = await protocol(SINGLE);
    expect(courseTemplate.sessionCount).toEqual({ min: 3, max: 6 });
    expect(courseTemplate.intervalDays).toEqual({ min: 28, max: 42 });
    expect(courseTemplate.intervalWeeks).toEqual({ min: 4, max: 6 });
    expect(courseTemplate.note).toMatch(/skin concern/);
  });

  test('microneedling + PRP: the same 3 to 6 sessions, 4 to 6 weeks apart', async () => {
    const { courseTemplate } = await protocol(WITH_PRP);
    expect(courseTemplate).toMatchObject({
      sessionCount: { min: 3, max: 6 },
      intervalDays: { min: 28, max: 42 },
      intervalWeeks: { min: 4, max: 6 },
    });
  });

  test('alternating with a glycolic peel: six visits (three cycles), 2 to 4 weeks apart', async () => {
    const { courseTemplate } = await protocol(ALTERNATING);
    expect(courseTemplate).toMatchObject({
      sessionCount: { min: 6, max: 6 },
      intervalDays: { min: 14, max: 28 },
      intervalWeeks: { min: 2, max: 4 },
    });
    expect(courseTemplate.note).toMatch(/Three cycles/);
  });
});

describe('filters', () => {
  test('by treatment slug: every protocol with microneedling, only the combination with PRP, only the alternation with the peel', async () => {
    expect(await slugsFor({ treatmentSlug: 'microneedling' })).toEqual([SINGLE, ALTERNATING, WITH_PRP].sort());
    expect(await slugsFor({ treatmentSlug: 'prp-therapy' })).toEqual([WITH_PRP]);
    expect(await slugsFor({ treatmentSlug: 'chemical-peel-glycolic' })).toEqual([ALTERNATING]);
  });

  test('by treatment slug: a treatment no protocol includes, or an unknown slug, gives an empty list', async () => {
    expect(await slugsFor({ treatmentSlug: 'chemical-peel-tca' })).toEqual([]);
    expect(await slugsFor({ treatmentSlug: 'no-such-treatment' })).toEqual([]);
  });

  test('by treatment id: the same answers as by slug', async () => {
    expect(await slugsFor({ treatmentId: await treatmentId('prp-therapy') })).toEqual([WITH_PRP]);
    expect(await slugsFor({ treatmentId: await treatmentId('chemical-peel-glycolic') })).toEqual([ALTERNATING]);
    expect(await slugsFor({ treatmentId: await treatmentId('microneedling') })).toEqual([SINGLE, ALTERNATING, WITH_PRP].sort());
    expect(await slugsFor({ treatmentId: await treatmentId('rf-microneedling') })).toEqual([]);
  });

  test("by treatment id: an id that is not a treatment's is rejected as bad input", async () => {
    // given: a protocol's id where a treatment's is expected
    const protocolId = (await protocol(SINGLE)).id;
    // when
    const errors = await graphQLErrors(app.api.Protocols({ filter: { treatmentId: protocolId } }));
    // then
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'treatmentId'] });
    const malformed = await graphQLErrors(app.api.Protocols({ filter: { treatmentId: 'not-an-id' } }));
    expect(malformed[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'treatmentId'] });
  });

  test('by concern', async () => {
    expect(await slugsFor({ concern: 'ACNE_SCARS' })).toEqual([SINGLE, ALTERNATING, WITH_PRP].sort());
    expect(await slugsFor({ concern: 'HYPERPIGMENTATION' })).toEqual([ALTERNATING]);
    expect(await slugsFor({ concern: 'SKIN_TEXTURE' })).toEqual([WITH_PRP]);
    expect(await slugsFor({ concern: 'STRETCH_MARKS' })).toEqual([SINGLE]);
    expect(await slugsFor({ concern: 'HAIR_THINNING' })).toEqual([]);
  });

  test('by kind', async () => {
    expect(await slugsFor({ kind: 'SINGLE' })).toEqual([SINGLE]);
    expect(await slugsFor({ kind: 'SAME_VISIT' })).toEqual([WITH_PRP]);
    expect(await slugsFor({ kind: 'ALTERNATING' })).toEqual([ALTERNATING]);
  });

  test('combined: all conditions must hold', async () => {
    expect(await slugsFor({ treatmentSlug: 'microneedling', kind: 'ALTERNATING' })).toEqual([ALTERNATING]);
    expect(await slugsFor({ treatmentSlug: 'microneedling', concern: 'SKIN_TEXTURE' })).toEqual([WITH_PRP]);
    expect(await slugsFor({ treatmentSlug: 'prp-therapy', kind: 'SINGLE' })).toEqual([]);
    expect(await slugsFor({ treatmentId: await treatmentId('microneedling'), concern: 'ACNE_SCARS', kind: 'SAME_VISIT' })).toEqual([
      WITH_PRP,
    ]);
  });
});

describe('order and paging', () => {
  test('the list is ordered by name ("Microneedling" first) and pages continue where they stopped', async () => {
    // given
    const { protocols: all } = await app.api.ProtocolsPage({});
    const names = all.edges.map((e) => e.node.name);
    // when
    const first = await app.api.ProtocolsPage({ first: 2 });
    const rest = await app.api.ProtocolsPage({ first: 2, after: first.protocols.pageInfo.endCursor });
    // then
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('Microneedling');
    expect(first.protocols.pageInfo.hasNextPage).toBe(true);
    expect(first.protocols.pageInfo.endCursor).toBe(first.protocols.edges[1].cursor);
    expect(rest.protocols.pageInfo.hasNextPage).toBe(false);
    expect([...first.protocols.edges, ...rest.protocols.edges].map((e) => e.node.name)).toEqual(names);
    expect(rest.protocols.totalCount).toBe(3);
  });

  test('a filtered list is paged within the filter', async () => {
    const first = await app.api.ProtocolsPage({ filter: { treatmentSlug: 'microneedling' }, first: 1 });
    const second = await app.api.ProtocolsPage({
      filter: { treatmentSlug: 'microneedling' },
      first: 1,
      after: first.protocols.pageInfo.endCursor,
    });
    const third = await app.api.ProtocolsPage({
      filter: { treatmentSlug: 'microneedling' },
      first: 1,
      after: second.protocols.pageInfo.endCursor,
    });
    const walked = [first, second, third].flatMap((page) => page.protocols.edges.map((e) => e.node.slug));
    expect([...walked].sort()).toEqual([SINGLE, ALTERNATING, WITH_PRP].sort());
    expect(third.protocols.pageInfo.hasNextPage).toBe(false);
  });
});

describe('protocol(slug:)', () => {
  test('an unknown slug gives null, not an error', async () => {
    const { protocol: unknown } = await app.api.ProtocolBySlug({ slug: 'no-such-protocol' });
    expect(unknown).toBeNull();
  });

  test("a treatment's slug is not a protocol's, unless a protocol has the same slug", async () => {
    expect((await app.api.ProtocolBySlug({ slug: 'prp-therapy' })).protocol).toBeNull();
    expect((await app.api.ProtocolBySlug({ slug: 'microneedling' })).protocol?.kind).toBe('SINGLE');
  });

  test('the protocol found by slug is the one found by its id', async () => {
    const bySlug = await protocol(WITH_PRP);
    const { protocol: byId } = await app.api.ProtocolById({ id: bySlug.id });
    expect(byId).toEqual({ id: bySlug.id, slug: WITH_PRP });
  });
});
