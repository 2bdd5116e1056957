/**
 * Browsing the treatment library: `treatments` filtered by concern, Fitzpatrick skin
 * type, family and text, alone and combined, in a stable order; `treatment(slug:)`;
 * and the library's entries with their aftercare windows.
 */
import { graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { TreatmentFilter, TreatmentLibraryQuery } from '../generated/graphql';

type LibraryEntry = TreatmentLibraryQuery['treatments']['edges'][number]['node'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function slugsFor(filter: TreatmentFilter): Promise<string[]> {
  const { treatments } = await app.api.Treatments({ filter, first: 100 });
  const slugs = treatments.edges.map((e) => e.node.slug);
  expect(treatments.totalCount).toBe(slugs.length);
  return slugs;
}

async function libraryEntry(slug: string): Promise<LibraryEntry> {
  const { treatments } = await app.api.TreatmentLibrary({});
  const entry = treatments.edges.map((e) => e.node).find((t) => t.slug === slug);
  expect(entry).toBeDefined();
  return entry!;
}

describe('filter by concern', () => {
  test('acne scars: microneedling is among the treatments, the salicylic peel (for active acne) is not', async () => {
    // when
    const slugs = await slugsFor({ concern: 'ACNE_SCARS' });
    // then
    expect(slugs).toContain('microneedling');
    expect(slugs).toEqual(['chemical-peel-glycolic', 'microneedling', 'prp-therapy', 'rf-microneedling', 'chemical-peel-tca']);
    expect(slugs).not.toContain('chemical-peel-salicylic');
  });

  test('hair thinning: PRP therapy only', async () => {
    expect(await slugsFor({ concern: 'HAIR_THINNING' })).toEqual(['prp-therapy']);
  });

  test('a concern no library treatment addresses gives an empty page, not an error', async () => {
    const { treatments } = await app.api.Treatments({ filter: { concern: 'MELASMA' } });
    expect(treatments.totalCount).toBe(0);
    expect(treatments.edges).toEqual([]);
    expect(treatments.pageInfo.hasNextPage).toBe(false);
  });
});

describe('filter by Fitzpatrick skin type', () => {
  test('type V excludes the TCA peel, which is not recommended for it', async () => {
    // given: the TCA peel's own assessment of type V
    const { treatment: tca } = await app.api.TreatmentBySlug({ slug: 'chemical-peel-tca' });
    expect(tca!.skinTypes.find((s) => s.skinType === 'V')?.suitability).toBe('NOT_RECOMMENDED');
    // when
    const slugs = await slugsFor({ fitzpatrickType: 'V' });
    // then
    expect(slugs).not.toContain('chemical-peel-tca');
    expect(slugs).toEqual(['chemical-peel-glycolic', 'microneedling', 'prp-therapy', 'rf-microneedling', 'chemical-peel-salicylic']);
  });

  test('type V includes the glycolic peel with a caution whose note explains the pigmentation risk', async () => {
    // when
    const { treatments } = await app.api.Treatments({ filter: { fitzpatrickType: 'V' } });
    // then
    const glycolic = treatments.edges.map((e) => e.node).find((t) => t.slug === 'chemical-peel-glycolic');
    expect(glycolic).toBeDefined();
    const typeV = glycolic!.skinTypes.find((s) => s.skinType === 'V');
    expect(typeV?.suitability).toBe('CAUTION');
    expect(typeV?.note).toMatch(/post-inflammatory hyperpigmentation/);
  });

  test('type I, suitable for every library treatment, excludes nothing', async () => {
    expect(await slugsFor({ fitzpatrickType: 'I' })).toHaveLength(6);
  });
});

describe('filter by category', () => {
  test('CHEMICAL_PEEL: exactly the glycolic, salicylic and TCA peels', async () => {
    // when
    const { treatments } = await app.api.Treatments({ filter: { category: 'CHEMICAL_PEEL' } });
    // then
    expect(treatments.totalCount).toBe(3);
    expect(treatments.edges.map((e) => e.node.slug)).toEqual(['chemical-peel-glycolic', 'chemical-peel-salicylic', 'chemical-peel-tca']);
    expect(treatments.edges.every((e) => e.node.category === 'CHEMICAL_PEEL')).toBe(true);
  });

  test('RADIOFREQUENCY_MICRONEEDLING is its own family, apart from plain microneedling', async () => {
    expect(await slugsFor({ category: 'RADIOFREQUENCY_MICRONEEDLING' })).toEqual(['rf-microneedling']);
    expect(await slugsFor({ category: 'MICRONEEDLING' })).toEqual(['microneedling']);
  });
});

describe('text search', () => {
  test('"collagen induction" finds microneedling, also known as collagen induction therapy', async () => {
    expect(await slugsFor({ search: 'collagen induction' })).toEqual(['microneedling']);
  });

  test('a name used only as an alias ("vampire facial") finds its treatment', async () => {
    expect(await slugsFor({ search: 'vampire facial' })).toEqual(['prp-therapy']);
  });

  test('"peel" finds the peels and nothing else', async () => {
    expect(await slugsFor({ search: 'peel' })).toEqual(['chemical-peel-glycolic', 'chemical-peel-salicylic', 'chemical-peel-tca']);
  });

  test('a partial name ("microneed") finds microneedling and RF microneedling', async () => {
    expect(await slugsFor({ search: 'microneed' })).toEqual(['microneedling', 'rf-microneedling']);
  });

  test('search ignores case and surrounding spaces', async () => {
    expect(await slugsFor({ search: '  MICRONEED ' })).toEqual(['microneedling', 'rf-microneedling']);
  });

  test('LIKE wildcards are searched for literally, not as patterns', async () => {
    expect(await slugsFor({ search: '%' })).toEqual([]);
    expect(await slugsFor({ search: 'micro_eedling' })).toEqual([]);
  });

  test('a blank search is rejected as bad input naming the argument', async () => {
    const errors = await graphQLErrors(app.api.Treatments({ filter: { search: '   ' } }));
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'search'] });
  });

  test('a search longer than 200 characters is rejected', async () => {
    const errors = await graphQLErrors(app.api.Treatments({ filter: { search: 'a'.repeat(201) } }));
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: ['filter', 'search'] });
    // 200 characters are still accepted
    expect(await slugsFor({ search: 'a'.repeat(200) })).toEqual([]);
  });
});

describe('combined filters: every condition must hold', () => {
  test('acne scars for skin type V: the TCA peel drops out', async () => {
    expect(await slugsFor({ concern: 'ACNE_SCARS', fitzpatrickType: 'V' })).toEqual([
      'chemical-peel-glycolic',
      'microneedling',
      'prp-therapy',
      'rf-microneedling',
    ]);
  });

  test('peels for skin type V: glycolic and salicylic, both with a caution', async () => {
    const { treatments } = await app.api.Treatments({ filter: { category: 'CHEMICAL_PEEL', fitzpatrickType: 'V' } });
    expect(treatments.edges.map((e) => e.node.slug)).toEqual(['chemical-peel-glycolic', 'chemical-peel-salicylic']);
    for (const { node } of treatments.edges) {
      expect(node.skinTypes.find((s) => s.skinType === 'V')?.suitability).toBe('CAUTION');
    }
  });

  test('concern, category and text together', async () => {
    expect(await slugsFor({ concern: 'ACNE_SCARS', category: 'CHEMICAL_PEEL', search: 'peel' })).toEqual([
      'chemical-peel-glycolic',
      'chemical-peel-tca',
    ]);
    expect(await slugsFor({ concern: 'HAIR_THINNING', category: 'CHEMICAL_PEEL' })).toEqual([]);
  });
});

describe('order', () => {
  test('the whole library, by name', async () => {
    // when
    const { treatments } = await app.api.Treatments({});
    // then
    expect(treatments.totalCount).toBe(6);
    expect(treatments.edges.map((e) => e.node.name)).toEqual([
      'Glycolic acid peel',
      'Microneedling',
      'PRP therapy',
      'RF microneedling',
      'Salicylic acid peel',
      'TCA peel',
    ]);
  });

  test('paging two at a time walks the same order without gaps or repeats', async () => {
    // given
    const { treatments: all } = await app.api.Treatments({});
    const expected = all.edges.map((e) => e.node.slug);
    // when
    const walked: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 10; page++) {
      const { treatments } = await app.api.Treatments({ first: 2, after });
      expect(treatments.totalCount).toBe(6);
      expect(treatments.edges.length).toBeLessThanOrEqual(2);
      walked.push(...treatments.edges.map((e) => e.node.slug));
      if (!treatments.pageInfo.hasNextPage) break;
      after = treatments.pageInfo.endCursor;
    }
    // then
    expect(walked).toEqual(expected);
  });

  test('a filtered list is paged in the same order', async () => {
    const first = await app.api.Treatments({ filter: { concern: 'ACNE_SCARS' }, first: 3 });
    expect(first.treatments.totalCount).toBe(5);
    expect(first.treatments.pageInfo.hasNextPage).toBe(true);
    const rest = await app.api.Treatments({ filter: { concern: 'ACNE_SCARS' }, first: 3, after: first.treatments.pageInfo.endCursor });
    expect([...first.treatments.edges, ...rest.treatments.edges].map((e) => e.node.slug)).toEqual([
      'chemical-peel-glycolic',
      'microneedling',
      'prp-therapy',
      'rf-microneedling',
      'chemical-peel-tca',
    ]);
    expect(rest.treatments.pageInfo.hasNextPage).toBe(false);
  });
});

describe('treatment(slug:)', () => {
  test('an unknown slug gives null, not an error', async () => {
    const { treatment } = await app.api.TreatmentBySlug({ slug: 'no-such-treatment' });
    expect(treatment).toBeNull();
  });

  test('a slug must match exactly: a partial slug is not found', async () => {
    const { treatment } = await app.api.TreatmentBySlug({ slug: 'microneed' });
    expect(treatment).toBeNull();
  });
});

describe('the library', () => {
  test('holds microneedling, PRP therapy, the three peels and RF microneedling, all shared library entries', async () => {
    const { treatments } = await app.api.TreatmentLibrary({});
    const entries = treatments.edges.map((e) => e.node);
    expect(entries.map((t) => [t.slug, t.category])).toEqual([
      ['chemical-peel-glycolic', 'CHEMICAL_PEEL'],
      ['microneedling', 'MICRONEEDLING'],
      ['prp-therapy', 'PLATELET_RICH_PLASMA'],
      ['rf-microneedling', 'RADIOFREQUENCY_MICRONEEDLING'],
      ['chemical-peel-salicylic', 'CHEMICAL_PEEL'],
      ['chemical-peel-tca', 'CHEMICAL_PEEL'],
    ]);
    expect(entries.every((t) => t.isLibrary)).toBe(true);
  });

  test('microneedling aftercare: no makeup for 24 hours', async () => {
    const mn = await libraryEntry('microneedling');
    expect(mn.aftercare).toContainEqual({ instruction: 'No makeup', hours: { min: 24, max: 24 }, note: null });
  });

  test('PRP therapy, also called platelet-rich plasma: no exercise, alcohol or smoking for 48 hours', async () => {
    const prp = await libraryEntry('prp-therapy');
    expect(prp.name).toBe('PRP therapy');
    expect(prp.aliases).toContain('Platelet-rich plasma');
    expect(prp.aftercare).toContainEqual({ instruction: 'No exercise, alcohol or smoking', hours: { min: 48, max: 48 }, note: null });
  });

  test('glycolic peel: flaking on days 2 to 7 is expected, and the aftercare says so', async () => {
    const glycolic = await libraryEntry('chemical-peel-glycolic');
    expect(glycolic.recovery.effects).toContainEqual({ effect: 'Flaking', days: { min: 2, max: 7 } });
    const sun = glycolic.aftercare.find((a) => a.instruction === 'Avoid sun and other treatments');
    expect(sun?.hours).toEqual({ min: 336, max: 336 });
    expect(sun?.note).toMatch(/Flaking on days 2-7 is expected/);
  });

  test('salicylic and TCA peels: no exfoliants for days afterwards, the TCA peel for a full week', async () => {
    const salicylic = await libraryEntry('chemical-peel-salicylic');
    expect(salicylic.aliases).toContain('BHA peel');
    expect(salicylic.aftercare).toContainEqual({ instruction: 'No exfoliants', hours: { min: 120, max: 168 }, note: null });
    const tca = await libraryEntry('chemical-peel-tca');
    expect(tca.aftercare).toContainEqual({ instruction: 'No exfoliants', hours: { min: 168, max: 168 }, note: null });
    expect(tca.recovery.effects).toContainEqual({ effect: 'Peeling', days: { min: 5, max: 7 } });
  });

  test('RF microneedling: no makeup for 24 hours, no direct sun for a week', async () => {
    const rf = await libraryEntry('rf-microneedling');
    expect(rf.aliases).toEqual(['Radiofrequency microneedling']);
    expect(rf.aftercare).toEqual([
      { instruction: 'No makeup', hours: { min: 24, max: 24 }, note: null },
      { instruction: 'Avoid direct sun', hours: { min: 168, max: 168 }, note: null },
    ]);
  });
});
