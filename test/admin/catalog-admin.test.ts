/**
 * Franchise admins keep their organization's own catalog: treatments with their content
 * and protocols built from library treatments and their own. Their entries are private to
 * the organization, the shared library stays read-only, failures write nothing, and every
 * change is audited.
 */
import { Role } from '../../src/auth/roles';
import { Api, graphQLErrors, startTestApp, TestApp } from '../support/harness';
import { AuditRow } from '../support/audit';
import { createOrganization, OrganizationFixture } from '../support/factories';
import { ProtocolCreateInput, TreatmentCreateInput } from '../generated/graphql';

let app: TestApp;
let admin: Api;
let analyst: Api;
let other: OrganizationFixture;
let otherAdmin: Api;
let lumiereId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.asDemoAdmin();
  analyst = (await app.as({ role: Role.ANALYST })).api;
  other = await createOrganization(app.sql, { clinics: 1, practitionersPerClinic: 0, protocols: [] });
  otherAdmin = (await app.as({ role: Role.ORG_ADMIN, organization: other.slug })).api;
  [{ id: lumiereId }] = await app.sql.query(`SELECT id FROM organizations WHERE slug = 'lumiere-skin'`);
});
afterAll(() => app.close());

const UNKNOWN_TREATMENT = Buffer.from('Treatment:00000000-0000-4000-8000-000000000000').toString('base64url');
const UNKNOWN_PROTOCOL = Buffer.from('Protocol:00000000-0000-4000-8000-000000000000').toString('base64url');

/** A treatment with every piece of content. */
const newTreatment = (slug: string): TreatmentCreateInput => ({
  slug,
  name: 'Lumière Glow Peel',
  category: 'CHEMICAL_PEEL',
  aliases: ['Signature glow peel', 'Lactic glow'],
  invasiveness: 'NON_INVASIVE',
  summary: 'A gentle lactic and mandelic acid peel for dull skin.',
  description: 'Our house peel combines lactic and mandelic acids to brighten the skin with minimal downtime.',
  concerns: ['DULLNESS', 'UNEVEN_SKIN_TONE'],
  duration: { minMinutes: 20, maxMinutes: 40, note: 'Longer when the neck is included.' },
  mechanisms: [{ name: 'Exfoliation', description: 'Acids loosen the bonds between dead skin cells.' }],
  benefits: [{ concern: 'DULLNESS', description: 'Brighter skin after one session.', note: 'Best in a course of three.' }],
  procedureSteps: [
    { name: 'Cleansing', description: 'The skin is cleansed and degreased.' },
    { name: 'Peel', description: 'The acid is applied and neutralised after a few minutes.' },
  ],
  recovery: {
    summary: 'Mild flaking for a few days.',
    effects: [{ effect: 'Flaking', days: { min: 2, max: 5 } }],
    normalActivitiesWithinDays: { min: 0, max: 1 },
    fullRecoveryWithinDays: 7,
  },
  comfort: { discomfort: 'MILD', painRelief: null, note: 'A tingling sensation while the acid works.' },
  skinTypes: [
    { skinType: 'I', suitability: 'SUITABLE' },
    { skinType: 'V', suitability: 'CAUTION', note: 'Higher risk of post-inflammatory hyperpigmentation.' },
  ],
  safetyNote: 'Not during pregnancy.',
  contraindications: [{ condition: 'RECENT_RETINOIDS', severity: 'RELATIVE', advice: 'Stop retinoids 7 days before.' }],
  typicalCourse: { sessionCount: { min: 3, max: 4 }, intervalDays: { min: 14, max: 28 }, note: 'Every two to four weeks.' },
  aftercare: [{ instruction: 'Avoid direct sun', hours: { min: 168, max: 336 }, note: null }],
  faq: [{ question: 'Will I peel?', answer: 'Lightly, on days 2 to 5.' }],
  medicallyReviewedBy: 'Dr. Ada Lovelace',
  lastReviewedOn: '2025-01-15',
});

/** Only what a treatment needs. */
const minimalTreatment = (slug: string): TreatmentCreateInput => ({
  slug,
  name: `Minimal ${slug}`,
  category: 'MICRONEEDLING',
  invasiveness: 'MINIMALLY_INVASIVE',
  summary: 'A house variant of microneedling.',
  description: "Microneedling with the clinic's own serum.",
  duration: { minMinutes: 30, maxMinutes: 45 },
  recovery: { summary: 'Redness for a day.', normalActivitiesWithinDays: { min: 1, max: 1 }, fullRecoveryWithinDays: 3 },
  comfort: { discomfort: 'MILD', note: 'Numbing cream is applied.' },
});

async function createTreatment(api: Api, input: TreatmentCreateInput): Promise<string> {
  const { treatmentCreate } = await api.TreatmentCreate({ input });
  expect(treatmentCreate.userErrors).toEqual([]);
  return treatmentCreate.treatment!.id;
}

async function createProtocol(api: Api, input: ProtocolCreateInput): Promise<string> {
  const { protocolCreate } = await api.ProtocolCreate({ input });
  expect(protocolCreate.userErrors).toEqual([]);
  return protocolCreate.protocol!.id;
}

async function libraryTreatmentId(slug: string): Promise<string> {
  const { treatment } = await app.api.TreatmentBySlug({ slug });
  expect(treatment?.isLibrary).toBe(true);
  return treatment!.id;
}

async function libraryProtocolId(slug: string): Promise<string> {
  const { protocol } = await app.api.ProtocolBySlug({ slug });
  return protocol!.id;
}

const alternating = (slug: string, first: string, second: string): ProtocolCreateInput => ({
  slug,
  name: 'Glow alternating with microneedling',
  summary: 'Microneedling and the house peel on alternating visits.',
  kind: 'ALTERNATING',
  concerns: ['DULLNESS', 'ACNE_SCARS'],
  courseTemplate: { sessionCount: { min: 4, max: 6 }, intervalDays: { min: 14, max: 21 }, note: 'Two or three cycles.' },
  steps: [
    { treatmentId: first, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21, note: 'After the peel of the previous cycle.' },
    { treatmentId: second, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 28 },
  ],
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [{ count: n }] = await app.sql.query(`SELECT count(*)::int AS count FROM ${sql}`, params);
  return n;
}

/** Rows of the catalog and audit tables, to prove a failed mutation wrote nothing. */
async function footprint(): Promise<Record<string, number>> {
  return {
    treatments: await count('treatments'),
    protocols: await count('protocols'),
    steps: await count('protocol_steps'),
    audits: await count(`audit_events WHERE action LIKE 'treatment.%' OR action LIKE 'protocol.%'`),
    retired: (await count('treatments WHERE retired_at IS NOT NULL')) + (await count('protocols WHERE retired_at IS NOT NULL')),
    updated: (await count(`treatments WHERE updated_at > created_at`)) + (await count(`protocols WHERE updated_at > created_at`)),
  };
}

async function lastAudit(action: string, targetId?: string): Promise<Omit<AuditRow, 'action'>> {
  const [event] = await app.sql.query(
    `SELECT organization_id, actor_subject, target_type, target_id, before, after FROM audit_events
      WHERE action = $1 ${targetId ? 'AND target_id = $2' : ''} ORDER BY occurred_at DESC LIMIT 1`,
    targetId ? [action, targetId] : [action],
  );
  return event;
}

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

async function slugsSeenBy(api: Api): Promise<{ treatments: string[]; protocols: string[] }> {
  const { treatments, protocols } = await api.AdminCatalogSlugs();
  return { treatments: treatments.edges.map((e) => e.node.slug), protocols: protocols.edges.map((e) => e.node.slug) };
}

describe('treatments of the organization', () => {
  test('an ORG_ADMIN creates a treatment with all its content; it is audited', async () => {
    const before = await count(`audit_events WHERE action = 'treatment.create'`);
    const input = newTreatment('glow-peel');
    const { treatmentCreate } = await admin.TreatmentCreate({ input });
    expect(treatmentCreate.userErrors).toEqual([]);
    const t = treatmentCreate.treatment!;
    expect(t).toMatchObject({
      slug: 'glow-peel',
      name: 'Lumière Glow Peel',
      category: 'CHEMICAL_PEEL',
      aliases: ['Signature glow peel', 'Lactic glow'],
      concerns: ['DULLNESS', 'UNEVEN_SKIN_TONE'],
      isLibrary: false,
      duration: { minMinutes: 20, maxMinutes: 40, note: 'Longer when the neck is included.' },
      procedureSteps: [
        { position: 1, name: 'Cleansing' },
        { position: 2, name: 'Peel' },
      ],
      recovery: {
        effects: [{ effect: 'Flaking', days: { min: 2, max: 5 } }],
        normalActivitiesWithinDays: { min: 0, max: 1 },
        fullRecoveryWithinDays: 7,
      },
      comfort: { discomfort: 'MILD', painRelief: null },
      skinTypes: [
        { skinType: 'I', suitability: 'SUITABLE', note: null },
        { skinType: 'V', suitability: 'CAUTION' },
      ],
      contraindications: [{ condition: 'RECENT_RETINOIDS', severity: 'RELATIVE' }],
      typicalCourse: { sessionCount: { min: 3, max: 4 }, intervalDays: { min: 14, max: 28 } },
      aftercare: [{ instruction: 'Avoid direct sun', hours: { min: 168, max: 336 }, note: null }],
      faq: [{ question: 'Will I peel?', answer: 'Lightly, on days 2 to 5.' }],
      medicallyReviewedBy: 'Dr. Ada Lovelace',
      lastReviewedOn: '2025-01-15',
    });
    expect(await count(`audit_events WHERE action = 'treatment.create'`)).toBe(before + 1);
    const event = await lastAudit('treatment.create', uuidOf(t.id));
    expect(event).toMatchObject({
      organization_id: lumiereId,
      actor_subject: 'dev|lumiere-skin|org_admin',
      target_type: 'Treatment',
      before: null,
    });
    expect(event.after).toMatchObject({ slug: 'glow-peel', organization_id: lumiereId, duration_min_minutes: 20 });
  });

  test('omitted content is empty, not invented', async () => {
    const { treatmentCreate } = await admin.TreatmentCreate({ input: minimalTreatment('house-needling') });
    expect(treatmentCreate.userErrors).toEqual([]);
    expect(treatmentCreate.treatment).toMatchObject({
      aliases: [],
      concerns: [],
      mechanisms: [],
      benefits: [],
      procedureSteps: [],
      skinTypes: [],
      contraindications: [],
      aftercare: [],
      faq: [],
      safetyNote: null,
      typicalCourse: null,
      medicallyReviewedBy: null,
      lastReviewedOn: null,
      duration: { minMinutes: 30, maxMinutes: 45, note: null },
      recovery: { effects: [] },
    });
  });

  test('members of the organization see its treatments; anonymous clients and other organizations do not', async () => {
    const id = await createTreatment(admin, newTreatment('private-peel'));
    for (const member of [admin, analyst]) {
      expect((await slugsSeenBy(member)).treatments).toContain('private-peel');
      expect((await member.TreatmentBySlug({ slug: 'private-peel' })).treatment).toMatchObject({ id, isLibrary: false });
      expect((await member.AdminTreatmentById({ id })).treatment?.slug).toBe('private-peel');
    }
    for (const outsider of [app.api, otherAdmin]) {
      const seen = await slugsSeenBy(outsider);
      expect(seen.treatments).toContain('microneedling');
      expect(seen.treatments).not.toContain('private-peel');
      expect((await outsider.TreatmentBySlug({ slug: 'private-peel' })).treatment).toBeNull();
      expect((await outsider.AdminTreatmentById({ id })).treatment).toBeNull();
    }
  });

  test("an own treatment may share a library slug: members get their own, everyone else the library's", async () => {
    const id = await createTreatment(admin, { ...newTreatment('chemical-peel-tca'), name: 'Our TCA peel' });
    expect((await analyst.TreatmentBySlug({ slug: 'chemical-peel-tca' })).treatment).toMatchObject({
      id,
      name: 'Our TCA peel',
      isLibrary: false,
    });
    expect((await app.api.TreatmentBySlug({ slug: 'chemical-peel-tca' })).treatment).toMatchObject({ isLibrary: true });
    expect((await otherAdmin.TreatmentBySlug({ slug: 'chemical-peel-tca' })).treatment).toMatchObject({ isLibrary: true });
    const { treatmentRetire } = await admin.TreatmentRetire({ input: { id } });
    expect(treatmentRetire.userErrors).toEqual([]);
    expect((await analyst.TreatmentBySlug({ slug: 'chemical-peel-tca' })).treatment).toMatchObject({ isLibrary: true });
  });

  test('bad input gives userErrors with codes and field paths, and writes nothing', async () => {
    const before = await footprint();
    const input = newTreatment('Not A Slug');
    const { treatmentCreate } = await admin.TreatmentCreate({
      input: {
        ...input,
        name: '   ',
        aliases: ['Glow', 'glow'],
        concerns: ['DULLNESS', 'DULLNESS'],
        duration: { minMinutes: 0, maxMinutes: 30 },
        recovery: { ...input.recovery, effects: [{ effect: 'Flaking', days: { min: 5, max: 2 } }], fullRecoveryWithinDays: -1 },
        skinTypes: [
          { skinType: 'IV', suitability: 'CAUTION' },
          { skinType: 'IV', suitability: 'SUITABLE' },
        ],
        contraindications: [
          { condition: 'SEPSIS', severity: 'ABSOLUTE', advice: 'Never.' },
          { condition: 'SEPSIS', severity: 'RELATIVE', advice: 'Maybe.' },
        ],
        typicalCourse: { sessionCount: { min: 0, max: 3 }, intervalDays: { min: 30, max: 20 } },
        aftercare: [{ instruction: 'No makeup', hours: { min: 0, max: 24 } }],
        faq: [{ question: '', answer: 'An answer.' }],
        lastReviewedOn: '2025-02-30',
      },
    });
    expect(treatmentCreate.treatment).toBeNull();
    const errors = treatmentCreate.userErrors.map((e) => [e.code, e.field!.join('.')]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['INVALID', 'input.slug'],
        ['INVALID', 'input.name'],
        ['INVALID', 'input.aliases.1'],
        ['INVALID', 'input.concerns'],
        ['INVALID', 'input.duration.minMinutes'],
        ['INVALID', 'input.recovery.effects.0.days.max'],
        ['INVALID', 'input.recovery.fullRecoveryWithinDays'],
        ['INVALID', 'input.skinTypes.0.note'],
        ['INVALID', 'input.skinTypes.1.skinType'],
        ['INVALID', 'input.contraindications.1.condition'],
        ['INVALID', 'input.typicalCourse.sessionCount.min'],
        ['INVALID', 'input.typicalCourse.intervalDays.max'],
        ['INVALID', 'input.aftercare.0.hours.min'],
        ['INVALID', 'input.faq.0.question'],
        ['INVALID', 'input.lastReviewedOn'],
      ]),
    );
    expect(errors).toHaveLength(15);
    expect(await footprint()).toEqual(before);
  });

  test('a duration whose longest is below its shortest, and a review date in the future, are INVALID', async () => {
    const { treatmentCreate } = await admin.TreatmentCreate({
      input: { ...minimalTreatment('backwards'), duration: { minMinutes: 60, maxMinutes: 30 }, lastReviewedOn: '2999-01-01' },
    });
    expect(treatmentCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', ['input', 'duration', 'maxMinutes']],
      ['INVALID', ['input', 'lastReviewedOn']],
    ]);
  });

  test('a slug already used in the organization is TAKEN, even by a retired treatment; another organization may use it', async () => {
    await createTreatment(admin, minimalTreatment('taken-slug'));
    const before = await footprint();
    const { treatmentCreate } = await admin.TreatmentCreate({ input: minimalTreatment('taken-slug') });
    expect(treatmentCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
    expect(await footprint()).toEqual(before);

    const retiredId = await createTreatment(admin, minimalTreatment('retired-slug'));
    expect((await admin.TreatmentRetire({ input: { id: retiredId } })).treatmentRetire.userErrors).toEqual([]);
    const again = await admin.TreatmentCreate({ input: minimalTreatment('retired-slug') });
    expect(again.treatmentCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);

    await createTreatment(otherAdmin, minimalTreatment('taken-slug'));
  });

  test('update changes what is given, replaces lists, keeps the rest, and is audited with before and after', async () => {
    const id = await createTreatment(admin, newTreatment('to-update'));
    const { treatmentUpdate } = await admin.TreatmentUpdate({
      input: {
        id,
        slug: 'updated',
        name: 'Renamed peel',
        duration: { minMinutes: 25, maxMinutes: 35 },
        faq: [],
        aliases: ['New alias'],
        lastReviewedOn: '2025-06-01',
        medicallyReviewedBy: 'Dr. Grace Hopper',
      },
    });
    expect(treatmentUpdate.userErrors).toEqual([]);
    expect(treatmentUpdate.treatment).toMatchObject({
      id,
      slug: 'updated',
      name: 'Renamed peel',
      duration: { minMinutes: 25, maxMinutes: 35, note: null },
      faq: [],
      aliases: ['New alias'],
      lastReviewedOn: '2025-06-01',
      medicallyReviewedBy: 'Dr. Grace Hopper',
      summary: 'A gentle lactic and mandelic acid peel for dull skin.',
      mechanisms: [{ name: 'Exfoliation' }],
      safetyNote: 'Not during pregnancy.',
    });
    expect((await analyst.TreatmentBySlug({ slug: 'updated' })).treatment?.id).toBe(id);
    expect((await analyst.TreatmentBySlug({ slug: 'to-update' })).treatment).toBeNull();
    const event = await lastAudit('treatment.update', uuidOf(id));
    expect(event.before).toMatchObject({ slug: 'to-update', name: 'Lumière Glow Peel', duration_min_minutes: 20 });
    expect(event.after).toMatchObject({ slug: 'updated', name: 'Renamed peel', duration_min_minutes: 25 });
    expect(event.after!.search_vector).toBeUndefined();
  });

  test('null clears optional content; null for a required field leaves it', async () => {
    const id = await createTreatment(admin, newTreatment('to-clear'));
    const { treatmentUpdate } = await admin.TreatmentUpdate({ input: { id, safetyNote: null, medicallyReviewedBy: null, name: null } });
    expect(treatmentUpdate.userErrors).toEqual([]);
    expect(treatmentUpdate.treatment).toMatchObject({ safetyNote: null, medicallyReviewedBy: null, name: 'Lumière Glow Peel' });
  });

  test('a failed update changes nothing', async () => {
    const id = await createTreatment(admin, newTreatment('update-fails'));
    await createTreatment(admin, minimalTreatment('occupied'));
    const before = await footprint();
    const bad = await admin.TreatmentUpdate({ input: { id, name: 'Should not stick', comfort: { discomfort: 'NONE', note: '' } } });
    expect(bad.treatmentUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'comfort', 'note'] })]);
    const taken = await admin.TreatmentUpdate({ input: { id, name: 'Should not stick', slug: 'occupied' } });
    expect(taken.treatmentUpdate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
    expect(await footprint()).toEqual(before);
    expect((await admin.TreatmentBySlug({ slug: 'update-fails' })).treatment?.name).toBe('Lumière Glow Peel');
  });

  test('a retired treatment leaves the lists and slug lookups, stays readable by id, and cannot be changed', async () => {
    const id = await createTreatment(admin, newTreatment('to-retire'));
    expect((await slugsSeenBy(analyst)).treatments).toContain('to-retire');
    const { treatmentRetire } = await admin.TreatmentRetire({ input: { id } });
    expect(treatmentRetire).toEqual({ treatment: { id, slug: 'to-retire' }, userErrors: [] });
    expect((await slugsSeenBy(analyst)).treatments).not.toContain('to-retire');
    expect((await analyst.TreatmentBySlug({ slug: 'to-retire' })).treatment).toBeNull();
    expect((await analyst.AdminTreatmentById({ id })).treatment?.slug).toBe('to-retire');
    const event = await lastAudit('treatment.retire', uuidOf(id));
    expect(event.before).toEqual({ retiredAt: null });
    expect(event.after!.retiredAt).toEqual(expect.any(String));

    const before = await footprint();
    const again = await admin.TreatmentRetire({ input: { id } });
    expect(again.treatmentRetire.userErrors).toEqual([expect.objectContaining({ code: 'RETIRED', field: ['input', 'id'] })]);
    const update = await admin.TreatmentUpdate({ input: { id, name: 'Back from retirement' } });
    expect(update.treatmentUpdate.userErrors).toEqual([expect.objectContaining({ code: 'RETIRED', field: ['input', 'id'] })]);
    expect(await footprint()).toEqual(before);
  });
});

describe('protocols of the organization', () => {
  let ownTreatment: string;
  let microneedling: string;
  beforeAll(async () => {
    ownTreatment = await createTreatment(admin, newTreatment('protocol-peel'));
    microneedling = await libraryTreatmentId('microneedling');
  });

  test('an ORG_ADMIN creates an alternating protocol from a library treatment and its own; it is audited', async () => {
    const { protocolCreate } = await admin.ProtocolCreate({ input: alternating('glow-alternating', microneedling, ownTreatment) });
    expect(protocolCreate.userErrors).toEqual([]);
    const p = protocolCreate.protocol!;
    expect(p).toMatchObject({
      slug: 'glow-alternating',
      kind: 'ALTERNATING',
      isLibrary: false,
      concerns: ['DULLNESS', 'ACNE_SCARS'],
      courseTemplate: { sessionCount: { min: 4, max: 6 }, intervalDays: { min: 14, max: 21 }, note: 'Two or three cycles.' },
      steps: [
        {
          position: 1,
          minDaysAfterPrevious: 14,
          maxDaysAfterPrevious: 21,
          note: 'After the peel of the previous cycle.',
          treatment: { slug: 'microneedling', isLibrary: true },
        },
        {
          position: 2,
          minDaysAfterPrevious: 14,
          maxDaysAfterPrevious: 28,
          note: null,
          treatment: { id: ownTreatment, slug: 'protocol-peel', isLibrary: false },
        },
      ],
    });
    const event = await lastAudit('protocol.create', uuidOf(p.id));
    expect(event.actor_subject).toBe('dev|lumiere-skin|org_admin');
    expect(event.after).toMatchObject({ slug: 'glow-alternating', kind: 'ALTERNATING' });
    expect(event.after).toMatchObject({ steps: [{ position: 1 }, { position: 2 }] });
  });

  test("members see the organization's protocols; anonymous clients and other organizations do not", async () => {
    const id = await createProtocol(admin, alternating('private-alternating', microneedling, ownTreatment));
    for (const member of [admin, analyst]) {
      expect((await slugsSeenBy(member)).protocols).toContain('private-alternating');
      expect((await member.ProtocolBySlug({ slug: 'private-alternating' })).protocol?.id).toBe(id);
      const { protocols } = await member.Protocols({ filter: { treatmentSlug: 'protocol-peel' }, first: 100 });
      expect(protocols.edges.map((e) => e.node.slug)).toContain('private-alternating');
    }
    for (const outsider of [app.api, otherAdmin]) {
      const seen = await slugsSeenBy(outsider);
      expect(seen.protocols).toContain('microneedling-prp');
      expect(seen.protocols).not.toContain('private-alternating');
      expect((await outsider.ProtocolBySlug({ slug: 'private-alternating' })).protocol).toBeNull();
      expect((await outsider.AdminProtocolById({ id })).protocol).toBeNull();
      const { protocols } = await outsider.Protocols({ filter: { treatmentSlug: 'microneedling' }, first: 100 });
      expect(protocols.edges.map((e) => e.node.slug)).not.toContain('private-alternating');
    }
  });

  test('steps must fit the kind, ranges must hold; nothing is written', async () => {
    const before = await footprint();
    const cases: Array<[ProtocolCreateInput, Array<[string, string]>]> = [
      [
        { ...alternating('single-two', microneedling, ownTreatment), kind: 'SINGLE' },
        [
          ['INVALID_STEPS', 'input.steps'],
          ['INVALID_STEPS', 'input.steps.0.minDaysAfterPrevious'],
          ['INVALID_STEPS', 'input.steps.1.minDaysAfterPrevious'],
        ],
      ],
      [
        {
          ...alternating('alternating-no-gaps', microneedling, ownTreatment),
          steps: [{ treatmentId: microneedling, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21 }, { treatmentId: ownTreatment }],
        },
        [
          ['INVALID_STEPS', 'input.steps.1.minDaysAfterPrevious'],
          ['INVALID_STEPS', 'input.steps.1.maxDaysAfterPrevious'],
        ],
      ],
      [
        {
          ...alternating('alternating-backwards', microneedling, ownTreatment),
          steps: [
            { treatmentId: microneedling, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 7 },
            { treatmentId: ownTreatment, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21 },
          ],
        },
        [['INVALID_STEPS', 'input.steps.0.maxDaysAfterPrevious']],
      ],
      [
        {
          ...alternating('alternating-one', microneedling, ownTreatment),
          steps: [{ treatmentId: microneedling, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21 }],
        },
        [['INVALID_STEPS', 'input.steps']],
      ],
      [
        { ...alternating('same-visit-gaps', microneedling, ownTreatment), kind: 'SAME_VISIT' },
        [
          ['INVALID_STEPS', 'input.steps.0.minDaysAfterPrevious'],
          ['INVALID_STEPS', 'input.steps.1.minDaysAfterPrevious'],
        ],
      ],
      [
        {
          ...alternating('Bad Course', microneedling, ownTreatment),
          name: '',
          concerns: ['ACNE_SCARS', 'ACNE_SCARS'],
          courseTemplate: { sessionCount: { min: 0, max: 2 }, intervalDays: { min: 28, max: 14 } },
        },
        [
          ['INVALID', 'input.slug'],
          ['INVALID', 'input.name'],
          ['INVALID', 'input.concerns'],
          ['INVALID', 'input.courseTemplate.sessionCount.min'],
          ['INVALID', 'input.courseTemplate.intervalDays.max'],
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const { protocolCreate } = await admin.ProtocolCreate({ input });
      expect(protocolCreate.protocol).toBeNull();
      expect(protocolCreate.userErrors.map((e) => [e.code, e.field!.join('.')])).toEqual(expected);
    }
    expect(await footprint()).toEqual(before);
  });

  test("a step's treatment that is unknown, malformed, retired or another organization's is reported at its path; nothing is written", async () => {
    const retired = await createTreatment(admin, minimalTreatment('retired-for-steps'));
    expect((await admin.TreatmentRetire({ input: { id: retired } })).treatmentRetire.userErrors).toEqual([]);
    const theirs = await createTreatment(otherAdmin, minimalTreatment('their-treatment'));
    const protocolId = await libraryProtocolId('microneedling');
    const before = await footprint();
    const cases: Array<[string, string]> = [
      [retired, 'RETIRED'],
      [UNKNOWN_TREATMENT, 'NOT_FOUND'],
      ['not-an-id', 'INVALID'],
      [protocolId, 'INVALID'],
      [theirs, 'NOT_FOUND'],
    ];
    for (const [treatmentId, code] of cases) {
      const input = alternating('bad-step', microneedling, treatmentId);
      const { protocolCreate } = await admin.ProtocolCreate({ input });
      expect(protocolCreate.userErrors).toEqual([expect.objectContaining({ code, field: ['input', 'steps', '1', 'treatmentId'] })]);
    }
    expect(await footprint()).toEqual(before);
  });

  test('SINGLE and SAME_VISIT protocols', async () => {
    const prp = await libraryTreatmentId('prp-therapy');
    const single = await admin.ProtocolCreate({
      input: { ...alternating('house-single', ownTreatment, ownTreatment), kind: 'SINGLE', steps: [{ treatmentId: ownTreatment }] },
    });
    expect(single.protocolCreate.userErrors).toEqual([]);
    expect(single.protocolCreate.protocol!.steps).toEqual([
      expect.objectContaining({ position: 1, minDaysAfterPrevious: null, treatment: expect.objectContaining({ id: ownTreatment }) }),
    ]);
    const sameVisit = await admin.ProtocolCreate({
      input: {
        ...alternating('house-same-visit', prp, ownTreatment),
        kind: 'SAME_VISIT',
        steps: [{ treatmentId: prp, note: 'Blood draw first.' }, { treatmentId: ownTreatment }],
      },
    });
    expect(sameVisit.protocolCreate.userErrors).toEqual([]);
    expect(sameVisit.protocolCreate.protocol!.steps.map((s) => s.treatment.slug)).toEqual(['prp-therapy', 'protocol-peel']);
  });

  test('a duplicate slug is TAKEN; a library slug is allowed and wins for members', async () => {
    await createProtocol(admin, alternating('dup-protocol', microneedling, ownTreatment));
    const dup = await admin.ProtocolCreate({ input: alternating('dup-protocol', microneedling, ownTreatment) });
    expect(dup.protocolCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'slug'] })]);
    const shadow = await createProtocol(admin, alternating('microneedling-alternating-glycolic-peel', microneedling, ownTreatment));
    expect((await analyst.ProtocolBySlug({ slug: 'microneedling-alternating-glycolic-peel' })).protocol?.id).toBe(shadow);
    expect((await app.api.ProtocolBySlug({ slug: 'microneedling-alternating-glycolic-peel' })).protocol?.id).not.toBe(shadow);
    expect((await admin.ProtocolRetire({ input: { id: shadow } })).protocolRetire.userErrors).toEqual([]);
  });

  test('update replaces the steps, keeps what is not given, and is audited with before and after', async () => {
    const id = await createProtocol(admin, alternating('to-change', microneedling, ownTreatment));
    const [{ id: firstStepBefore }] = await app.sql.query('SELECT id FROM protocol_steps WHERE protocol_id = $1 AND position = 1', [
      uuidOf(id),
    ]);
    const peel = await libraryTreatmentId('chemical-peel-glycolic');
    const { protocolUpdate } = await admin.ProtocolUpdate({
      input: {
        id,
        name: 'Three-way',
        steps: [
          { treatmentId: microneedling, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 28 },
          { treatmentId: peel, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 28 },
          { treatmentId: ownTreatment, minDaysAfterPrevious: 7, maxDaysAfterPrevious: 14, note: 'A gentle finish.' },
        ],
      },
    });
    expect(protocolUpdate.userErrors).toEqual([]);
    expect(protocolUpdate.protocol).toMatchObject({
      name: 'Three-way',
      slug: 'to-change',
      kind: 'ALTERNATING',
      summary: 'Microneedling and the house peel on alternating visits.',
      courseTemplate: { sessionCount: { min: 4, max: 6 } },
    });
    expect(protocolUpdate.protocol!.steps.map((s) => [s.position, s.treatment.slug])).toEqual([
      [1, 'microneedling'],
      [2, 'chemical-peel-glycolic'],
      [3, 'protocol-peel'],
    ]);
    expect(await count('protocol_steps WHERE protocol_id = $1', [uuidOf(id)])).toBe(3);
    expect(await count('protocol_steps WHERE id = $1', [firstStepBefore])).toBe(0);
    const event = await lastAudit('protocol.update', uuidOf(id));
    expect(event.before!.name).toBe('Glow alternating with microneedling');
    expect(event.before!.steps).toHaveLength(2);
    expect(event.after!.name).toBe('Three-way');
    expect(event.after!.steps).toHaveLength(3);

    const renamed = await admin.ProtocolUpdate({ input: { id, summary: 'Only the summary.' } });
    expect(renamed.protocolUpdate.protocol!.steps).toHaveLength(3);
  });

  test('changing the kind alone must fit the current steps; a failed update changes nothing', async () => {
    const id = await createProtocol(admin, alternating('kind-change', microneedling, ownTreatment));
    const before = await footprint();
    const toSingle = await admin.ProtocolUpdate({ input: { id, kind: 'SINGLE', name: 'Nope' } });
    expect(toSingle.protocolUpdate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STEPS', field: ['input', 'kind'] })]);
    const badSteps = await admin.ProtocolUpdate({
      input: {
        id,
        name: 'Nope',
        steps: [
          { treatmentId: microneedling, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21 },
          { treatmentId: UNKNOWN_TREATMENT, minDaysAfterPrevious: 14, maxDaysAfterPrevious: 21 },
        ],
      },
    });
    expect(badSteps.protocolUpdate.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'steps', '1', 'treatmentId'] }),
    ]);
    expect(await footprint()).toEqual(before);
    const { protocol } = await admin.ProtocolBySlug({ slug: 'kind-change' });
    expect(protocol).toMatchObject({ name: 'Glow alternating with microneedling', kind: 'ALTERNATING' });
    expect(protocol!.steps).toHaveLength(2);

    const toSameVisit = await admin.ProtocolUpdate({
      input: { id, kind: 'SAME_VISIT', steps: [{ treatmentId: microneedling }, { treatmentId: ownTreatment }] },
    });
    expect(toSameVisit.protocolUpdate.userErrors).toEqual([]);
    expect(toSameVisit.protocolUpdate.protocol!.kind).toBe('SAME_VISIT');
  });

  test('a treatment in use by a protocol cannot be retired until the protocol is; a retired protocol leaves the lists', async () => {
    const treatment = await createTreatment(admin, minimalTreatment('in-use'));
    const protocol = await createProtocol(admin, alternating('uses-in-use', microneedling, treatment));
    const before = await footprint();
    const blocked = await admin.TreatmentRetire({ input: { id: treatment } });
    expect(blocked.treatmentRetire.userErrors).toEqual([expect.objectContaining({ code: 'IN_USE', field: ['input', 'id'] })]);
    expect(blocked.treatmentRetire.userErrors[0].message).toContain('uses-in-use');
    expect(await footprint()).toEqual(before);

    const { protocolRetire } = await admin.ProtocolRetire({ input: { id: protocol } });
    expect(protocolRetire).toEqual({ protocol: { id: protocol, slug: 'uses-in-use' }, userErrors: [] });
    const event = await lastAudit('protocol.retire', uuidOf(protocol));
    expect(event.before).toEqual({ retiredAt: null });
    expect((await slugsSeenBy(analyst)).protocols).not.toContain('uses-in-use');
    expect((await analyst.ProtocolBySlug({ slug: 'uses-in-use' })).protocol).toBeNull();
    expect((await analyst.AdminProtocolById({ id: protocol })).protocol?.slug).toBe('uses-in-use');
    const again = await admin.ProtocolRetire({ input: { id: protocol } });
    expect(again.protocolRetire.userErrors).toEqual([expect.objectContaining({ code: 'RETIRED', field: ['input', 'id'] })]);

    expect((await admin.TreatmentRetire({ input: { id: treatment } })).treatmentRetire.userErrors).toEqual([]);
  });
});

describe('what an ORG_ADMIN may not change', () => {
  test('the shared library is read-only: NOT_ALLOWED, and nothing changes', async () => {
    const treatment = await libraryTreatmentId('microneedling');
    const protocol = await libraryProtocolId('microneedling-prp');
    const before = await footprint();
    const results = [
      (await admin.TreatmentUpdate({ input: { id: treatment, name: 'Hijacked' } })).treatmentUpdate,
      (await admin.TreatmentRetire({ input: { id: treatment } })).treatmentRetire,
      (await admin.ProtocolUpdate({ input: { id: protocol, name: 'Hijacked' } })).protocolUpdate,
      (await admin.ProtocolRetire({ input: { id: protocol } })).protocolRetire,
    ];
    for (const result of results) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'id'] })]);
    }
    expect(await footprint()).toEqual(before);
    expect((await app.api.TreatmentBySlug({ slug: 'microneedling' })).treatment?.name).toBe('Microneedling');
    expect((await app.api.ProtocolBySlug({ slug: 'microneedling-prp' })).protocol?.name).toBe('Microneedling + PRP');
  });

  test('unknown ids are NOT_FOUND at input.id; malformed ids and ids of another type are INVALID', async () => {
    const protocolId = await libraryProtocolId('microneedling');
    for (const [id, code] of [
      ['not-an-id', 'INVALID'],
      [UNKNOWN_TREATMENT, 'NOT_FOUND'],
      [protocolId, 'INVALID'],
    ]) {
      expect((await admin.TreatmentUpdate({ input: { id, name: 'x' } })).treatmentUpdate.userErrors).toEqual([
        expect.objectContaining({ code, field: ['input', 'id'] }),
      ]);
      expect((await admin.TreatmentRetire({ input: { id } })).treatmentRetire.userErrors).toEqual([
        expect.objectContaining({ code, field: ['input', 'id'] }),
      ]);
    }
    for (const [id, code] of [
      ['not-an-id', 'INVALID'],
      [UNKNOWN_PROTOCOL, 'NOT_FOUND'],
      [await libraryTreatmentId('microneedling'), 'INVALID'],
    ]) {
      expect((await admin.ProtocolUpdate({ input: { id, name: 'x' } })).protocolUpdate.userErrors).toEqual([
        expect.objectContaining({ code, field: ['input', 'id'] }),
      ]);
      expect((await admin.ProtocolRetire({ input: { id } })).protocolRetire.userErrors).toEqual([
        expect.objectContaining({ code, field: ['input', 'id'] }),
      ]);
    }
  });

  test("another organization's admin gets NOT_FOUND for our treatments and protocols, and changes nothing", async () => {
    const treatment = await createTreatment(admin, newTreatment('ours-only'));
    const protocol = await createProtocol(admin, alternating('ours-only', await libraryTreatmentId('microneedling'), treatment));
    const before = await footprint();
    const results = [
      (await otherAdmin.TreatmentUpdate({ input: { id: treatment, name: 'Hijacked' } })).treatmentUpdate,
      (await otherAdmin.TreatmentRetire({ input: { id: treatment } })).treatmentRetire,
      (await otherAdmin.ProtocolUpdate({ input: { id: protocol, name: 'Hijacked' } })).protocolUpdate,
      (await otherAdmin.ProtocolRetire({ input: { id: protocol } })).protocolRetire,
    ];
    for (const result of results) {
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    }
    const borrow = await otherAdmin.ProtocolCreate({
      input: { ...alternating('borrowed', treatment, treatment), kind: 'SINGLE', steps: [{ treatmentId: treatment }] },
    });
    expect(borrow.protocolCreate.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'steps', '0', 'treatmentId'] }),
    ]);
    expect(await footprint()).toEqual(before);
    const [row] = await app.sql.query('SELECT name, retired_at FROM treatments WHERE id = $1', [uuidOf(treatment)]);
    expect(row).toEqual({ name: 'Lumière Glow Peel', retired_at: null });
    expect((await admin.ProtocolBySlug({ slug: 'ours-only' })).protocol?.name).toBe('Glow alternating with microneedling');
  });

  test('roles other than ORG_ADMIN are FORBIDDEN, anonymous UNAUTHENTICATED; nothing is written', async () => {
    const { api: manager } = await app.as({ role: Role.CLINIC_MANAGER, clinics: ['new-york-soho'] });
    const before = await footprint();
    for (const api of [manager, analyst]) {
      expect((await graphQLErrors(api.TreatmentCreate({ input: minimalTreatment('nope') })))[0].extensions?.code).toBe('FORBIDDEN');
      expect((await graphQLErrors(api.ProtocolRetire({ input: { id: UNKNOWN_PROTOCOL } })))[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await graphQLErrors(app.api.TreatmentCreate({ input: minimalTreatment('nope') })))[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graphQLErrors(app.api.ProtocolUpdate({ input: { id: UNKNOWN_PROTOCOL, name: 'x' } })))[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await footprint()).toEqual(before);
  });
});
