/**
 * An organization's own catalog (ORG_ADMIN): creating, changing and retiring its own
 * treatments and protocols, audited. The shared library (organization_id NULL) is
 * read-only: changing or retiring a library entry is NOT_ALLOWED, and row-level
 * security refuses it again in PostgreSQL. Retiring keeps the row (and its slug) so
 * that what was planned with it stays readable by id.
 */
import { RequestContext } from '../../context';
import { requireMember } from '../../auth/viewer';
import { tryUuidFromGlobalId } from '../../common/relay/global-id';
import { Checks, failWith, referenceOf } from '../../common/user-errors';
import { isPastOrToday, isSlug, quote } from '../../common/validation';
import { SqlParams } from '../../db/sql';
import { recordAudit } from '../audit/audit.service';
import {
  CatalogErrorCode, CourseTemplateInput, IntRangeInput, ProtocolCreateInput, ProtocolRetireInput, ProtocolStepInput,
  ProtocolUpdateInput, TreatmentCreateInput, TreatmentRetireInput, TreatmentUpdateInput,
} from './catalog-admin.inputs';
import { Protocol, Treatment } from './catalog.entity';
import { ProtocolKind, SkinTypeSuitability } from './catalog.enums';

const { NOT_FOUND, INVALID, TAKEN, NOT_ALLOWED, RETIRED, IN_USE, INVALID_STEPS } = CatalogErrorCode;

type Row = Record<string, any>;
type Field = Array<string | number>;

const MAX_SESSION_MINUTES = 24 * 60;

const at = (...path: Field): string[] => ['input', ...path.map(String)];

interface CatalogTable {
  table: 'treatments' | 'protocols';
  typename: 'Treatment' | 'Protocol';
  label: string;
}
const TREATMENTS: CatalogTable = { table: 'treatments', typename: 'Treatment', label: 'treatment' };
const PROTOCOLS: CatalogTable = { table: 'protocols', typename: 'Protocol', label: 'protocol' };

// ---------------------------------------------------------------------------------------
// Validation (pure)

/** Texts must not be blank; their length limits are declared on the input fields. */
function checkText(checks: Checks, value: string | null | undefined, field: string[], what: string): void {
  checks.notBlank(value, field, what);
}

/** Reports every entry whose key appeared earlier in the list. */
function checkUnique<T>(checks: Checks, list: T[] | null | undefined, key: (item: T) => string, field: (i: number) => string[], what: string): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const k = key(item);
    checks.check(!seen.has(k), INVALID, field(i), `${what} ${quote(k)} is listed more than once.`);
    seen.add(k);
  });
}

function checkRange(checks: Checks, range: IntRangeInput, field: string[], lowest: number, unit: string): void {
  checks.check(range.min >= lowest, INVALID, [...field, 'min'], `The lower bound must be at least ${lowest} ${unit}.`);
  checks.check(range.max >= range.min, INVALID, [...field, 'max'], 'The upper bound must not be below the lower bound.');
}

function checkCourse(checks: Checks, course: CourseTemplateInput, field: string[]): void {
  checkRange(checks, course.sessionCount, [...field, 'sessionCount'], 1, 'session(s)');
  checkRange(checks, course.intervalDays, [...field, 'intervalDays'], 1, 'day(s)');
  checkText(checks, course.note, [...field, 'note'], 'a note');
}

/** Treatment fields shared by create and update; null or omitted means not given. */
type TreatmentFields = Omit<TreatmentUpdateInput, 'id'>;

function checkTreatment(checks: Checks, input: TreatmentFields): void {
  if (input.slug != null) checks.check(isSlug(input.slug), INVALID, at('slug'), 'Use lowercase letters, digits and single dashes (at most 80).');
  checkText(checks, input.name, at('name'), 'a name');
  input.aliases?.forEach((alias, i) => checkText(checks, alias, at('aliases', i), 'each alias as a name'));
  checkUnique(checks, input.aliases, (a) => a.trim().toLowerCase(), (i) => at('aliases', i), 'The alias');
  checkText(checks, input.summary, at('summary'), 'a summary');
  checkText(checks, input.description, at('description'), 'a description');
  checkUnique(checks, input.concerns, (c) => c, () => at('concerns'), 'The concern');
  const d = input.duration;
  if (d != null) {
    checks.check(d.minMinutes >= 1, INVALID, at('duration', 'minMinutes'), 'A session lasts at least 1 minute.');
    checks.check(d.maxMinutes >= d.minMinutes && d.maxMinutes <= MAX_SESSION_MINUTES, INVALID, at('duration', 'maxMinutes'),
      `The longest duration must lie between the shortest and ${MAX_SESSION_MINUTES} minutes.`);
    checkText(checks, d.note, at('duration', 'note'), 'a note');
  }
  input.mechanisms?.forEach((m, i) => {
    checkText(checks, m.name, at('mechanisms', i, 'name'), 'a name');
    checkText(checks, m.description, at('mechanisms', i, 'description'), 'a description');
  });
  input.benefits?.forEach((b, i) => {
    checkText(checks, b.description, at('benefits', i, 'description'), 'a description');
    checkText(checks, b.note, at('benefits', i, 'note'), 'a note');
  });
  input.procedureSteps?.forEach((s, i) => {
    checkText(checks, s.name, at('procedureSteps', i, 'name'), 'a name');
    checkText(checks, s.description, at('procedureSteps', i, 'description'), 'a description');
  });
  const r = input.recovery;
  if (r != null) {
    checkText(checks, r.summary, at('recovery', 'summary'), 'a summary');
    r.effects?.forEach((e, i) => {
      checkText(checks, e.effect, at('recovery', 'effects', i, 'effect'), 'an effect');
      checkRange(checks, e.days, at('recovery', 'effects', i, 'days'), 0, 'days');
    });
    checkRange(checks, r.normalActivitiesWithinDays, at('recovery', 'normalActivitiesWithinDays'), 0, 'days');
    checks.check(r.fullRecoveryWithinDays >= Math.max(0, r.normalActivitiesWithinDays.min), INVALID, at('recovery', 'fullRecoveryWithinDays'),
      'Full recovery cannot come before patients resume normal activities.');
  }
  const c = input.comfort;
  if (c != null) {
    checkText(checks, c.painRelief, at('comfort', 'painRelief'), 'the pain relief');
    checkText(checks, c.note, at('comfort', 'note'), 'a note');
  }
  input.skinTypes?.forEach((s, i) => {
    if (s.suitability !== SkinTypeSuitability.SUITABLE) {
      checks.check(s.note != null, INVALID, at('skinTypes', i, 'note'), `Give the reason why skin type ${s.skinType} is ${s.suitability}.`);
    }
    checkText(checks, s.note, at('skinTypes', i, 'note'), 'a note');
  });
  checkUnique(checks, input.skinTypes, (s) => s.skinType, (i) => at('skinTypes', i, 'skinType'), 'The skin type');
  checkText(checks, input.safetyNote, at('safetyNote'), 'a safety note');
  input.contraindications?.forEach((ci, i) => checkText(checks, ci.advice, at('contraindications', i, 'advice'), 'advice'));
  checkUnique(checks, input.contraindications, (ci) => ci.condition, (i) => at('contraindications', i, 'condition'), 'The condition');
  if (input.typicalCourse != null) checkCourse(checks, input.typicalCourse, at('typicalCourse'));
  input.aftercare?.forEach((a, i) => {
    checkText(checks, a.instruction, at('aftercare', i, 'instruction'), 'an instruction');
    checkRange(checks, a.hours, at('aftercare', i, 'hours'), 1, 'hour(s)');
    checkText(checks, a.note, at('aftercare', i, 'note'), 'a note');
  });
  input.faq?.forEach((f, i) => {
    checkText(checks, f.question, at('faq', i, 'question'), 'a question');
    checkText(checks, f.answer, at('faq', i, 'answer'), 'an answer');
  });
  checkText(checks, input.medicallyReviewedBy, at('medicallyReviewedBy'), 'the reviewer\'s name');
  if (input.lastReviewedOn != null) {
    checks.check(isPastOrToday(input.lastReviewedOn), INVALID, at('lastReviewedOn'),
      'Give the day of the last review as "YYYY-MM-DD", not in the future.');
  }
}

type ProtocolFields = Omit<ProtocolUpdateInput, 'id'>;
type StepGaps = { minDaysAfterPrevious?: number | null; maxDaysAfterPrevious?: number | null };

function checkProtocol(checks: Checks, input: ProtocolFields): void {
  if (input.slug != null) checks.check(isSlug(input.slug), INVALID, at('slug'), 'Use lowercase letters, digits and single dashes (at most 80).');
  checkText(checks, input.name, at('name'), 'a name');
  checkText(checks, input.summary, at('summary'), 'a summary');
  checkUnique(checks, input.concerns, (c) => c, () => at('concerns'), 'The concern');
  if (input.courseTemplate != null) checkCourse(checks, input.courseTemplate, at('courseTemplate'));
  input.steps?.forEach((s, i) => checkText(checks, s.note, at('steps', i, 'note'), 'a note'));
}

/** SINGLE: one step; SAME_VISIT: two or more without gaps; ALTERNATING: two or more, each with its gap range. */
function checkStepsFitKind(checks: Checks, kind: ProtocolKind, steps: StepGaps[]): void {
  if (kind === ProtocolKind.SINGLE) checks.check(steps.length === 1, INVALID_STEPS, at('steps'), 'A SINGLE protocol has exactly one step.');
  else checks.check(steps.length >= 2, INVALID_STEPS, at('steps'), `A ${kind} protocol combines at least two steps.`);
  steps.forEach((s, i) => {
    const min = s.minDaysAfterPrevious ?? null;
    const max = s.maxDaysAfterPrevious ?? null;
    if (kind === ProtocolKind.ALTERNATING) {
      checks.check(min != null && min >= 1, INVALID_STEPS, at('steps', i, 'minDaysAfterPrevious'),
        'Each step of an ALTERNATING protocol needs its minimum gap after the previous step, at least 1 day.');
      checks.check(max != null && max >= (min ?? 1), INVALID_STEPS, at('steps', i, 'maxDaysAfterPrevious'),
        'Each step of an ALTERNATING protocol needs its maximum gap, not below the minimum.');
    } else {
      checks.check(min == null && max == null, INVALID_STEPS, at('steps', i, min != null ? 'minDaysAfterPrevious' : 'maxDaysAfterPrevious'),
        `Steps of a ${kind} protocol have no gaps between them: omit minDaysAfterPrevious and maxDaysAfterPrevious.`);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Rows

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Applies `fn` to a given value; undefined when not given. */
function given<T, R>(value: T | null | undefined, fn: (value: T) => R): R | undefined {
  return value == null ? undefined : fn(value);
}

/**
 * The columns to write, leaving out those not given (undefined). A top-level input field
 * that is null or omitted is not given (it stays as it is); a null inside a given object
 * (a duration's note) is written.
 */
function definedOnly(columns: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** Leaves out generated columns that say nothing to a reader of the audit trail. */
function auditable(row: Row): Row {
  const { search_vector: _searchVector, owner_id: _ownerId, ...rest } = row;
  return rest;
}

const courseDocument = (c: CourseTemplateInput) => ({
  sessionCount: { min: c.sessionCount.min, max: c.sessionCount.max },
  intervalDays: { min: c.intervalDays.min, max: c.intervalDays.max },
  note: c.note ?? null,
});

/** Column values for the treatment fields given, in the documents' stored shape. */
function treatmentColumns(input: TreatmentFields): Row {
  return definedOnly({
    slug: input.slug ?? undefined,
    name: input.name ?? undefined,
    category: input.category ?? undefined,
    aliases: input.aliases ?? undefined,
    invasiveness: input.invasiveness ?? undefined,
    summary: input.summary ?? undefined,
    description: input.description ?? undefined,
    concerns: input.concerns ?? undefined,
    duration_min_minutes: input.duration?.minMinutes,
    duration_max_minutes: input.duration?.maxMinutes,
    duration_note: given(input.duration, (d) => d.note ?? null),
    mechanisms: given(input.mechanisms, (list) => json(list.map((m) => ({ name: m.name, description: m.description })))),
    benefits: given(input.benefits, (list) => json(list.map((b) => ({ concern: b.concern, description: b.description, note: b.note ?? null })))),
    procedure_steps: given(input.procedureSteps, (list) =>
      json(list.map((s, i) => ({ position: i + 1, name: s.name, description: s.description })))),
    recovery: given(input.recovery, (r) => json({
      summary: r.summary,
      effects: (r.effects ?? []).map((e) => ({ effect: e.effect, days: { min: e.days.min, max: e.days.max } })),
      normalActivitiesWithinDays: { min: r.normalActivitiesWithinDays.min, max: r.normalActivitiesWithinDays.max },
      fullRecoveryWithinDays: r.fullRecoveryWithinDays,
    })),
    comfort: given(input.comfort, (c) => json({ discomfort: c.discomfort, painRelief: c.painRelief ?? null, note: c.note })),
    skin_types: given(input.skinTypes, (list) => json(list.map((s) => ({ skinType: s.skinType, suitability: s.suitability, note: s.note ?? null })))),
    safety_note: input.safetyNote,
    contraindications: given(input.contraindications, (list) =>
      json(list.map((c) => ({ condition: c.condition, severity: c.severity, advice: c.advice })))),
    typical_course: input.typicalCourse === null ? null : given(input.typicalCourse, (c) => json(courseDocument(c))),
    aftercare: given(input.aftercare, (list) =>
      json(list.map((a) => ({ instruction: a.instruction, hours: { min: a.hours.min, max: a.hours.max }, note: a.note ?? null })))),
    faq: given(input.faq, (list) => json(list.map((f) => ({ question: f.question, answer: f.answer })))),
    medically_reviewed_by: input.medicallyReviewedBy,
    last_reviewed_on: input.lastReviewedOn,
  });
}

/** What a new treatment has where the input gives nothing. */
const TREATMENT_DEFAULTS: Row = {
  aliases: [], concerns: [], mechanisms: '[]', benefits: '[]', procedure_steps: '[]', skin_types: '[]', safety_note: null,
  contraindications: '[]', typical_course: null, aftercare: '[]', faq: '[]', medically_reviewed_by: null, last_reviewed_on: null,
};

function protocolColumns(input: ProtocolFields): Row {
  return definedOnly({
    slug: input.slug ?? undefined,
    name: input.name ?? undefined,
    summary: input.summary ?? undefined,
    kind: input.kind ?? undefined,
    concerns: input.concerns ?? undefined,
    session_count_min: input.courseTemplate?.sessionCount.min,
    session_count_max: input.courseTemplate?.sessionCount.max,
    interval_min_days: input.courseTemplate?.intervalDays.min,
    interval_max_days: input.courseTemplate?.intervalDays.max,
    course_note: given(input.courseTemplate, (c) => c.note ?? null),
  });
}

async function insertRow(ctx: RequestContext, table: string, values: Row): Promise<Row> {
  const q = new SqlParams();
  const columns = Object.keys(values);
  const [row] = await ctx.db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => q.param(values[c])).join(', ')}) RETURNING *`, q.values);
  return row;
}

async function updateRow(ctx: RequestContext, table: string, id: string, changes: Row): Promise<Row> {
  const q = new SqlParams();
  const sets = Object.entries(changes).map(([column, value]) => `${column} = ${q.param(value)}`);
  const [row] = await ctx.db.query(
    `UPDATE ${table} SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = ${q.param(id)} RETURNING *`, q.values);
  return row;
}

/**
 * The organization's own entry behind an input id, locked for the change. A library
 * entry is NOT_ALLOWED (read-only); an unknown, malformed or invisible id is NOT_FOUND;
 * a retired entry is RETIRED.
 */
async function lockOwn(ctx: RequestContext, { table, typename, label }: CatalogTable, id: string): Promise<Row> {
  const uuid = referenceOf(tryUuidFromGlobalId, id, typename, ['input', 'id']);
  const q = new SqlParams();
  const [row] = await ctx.db.query(
    `SELECT c.* FROM ${table} c WHERE c.id = ${q.param(uuid)}::uuid AND ${ctx.scope.catalogRows('c', q)} AND c.organization_id IS NOT NULL
      FOR UPDATE`, q.values);
  if (!row) {
    const [library] = await ctx.db.query(`SELECT 1 FROM ${table} c WHERE c.id = $1 AND c.organization_id IS NULL`, [uuid]);
    if (library) {
      failWith(NOT_ALLOWED, ['input', 'id'],
        `This ${label} belongs to the shared library, which is read-only. Create a ${label} of your own instead (it may use the same slug).`);
    }
    failWith(NOT_FOUND, ['input', 'id'], `No ${typename} with this id.`);
  }
  if (row.retired_at != null) failWith(RETIRED, ['input', 'id'], `This ${label} is retired and can no longer be changed.`);
  return row;
}

/** TAKEN when another entry of the organization (retired ones included) has `slug`. */
async function checkSlugFree(ctx: RequestContext, { table, label }: CatalogTable, slug: string, exceptId: string | null): Promise<void> {
  const q = new SqlParams();
  const [taken] = await ctx.db.query(
    `SELECT 1 FROM ${table} c WHERE c.slug = ${q.param(slug)} AND c.id IS DISTINCT FROM ${q.param(exceptId)}::uuid
        AND ${ctx.scope.catalogRows('c', q)} AND c.organization_id IS NOT NULL`, q.values);
  if (taken) failWith(TAKEN, ['input', 'slug'], `Another ${label} of your organization (perhaps a retired one) has this slug.`);
}

// ---------------------------------------------------------------------------------------
// Treatments

export async function createTreatment(ctx: RequestContext, input: TreatmentCreateInput): Promise<Treatment> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks();
  checkTreatment(checks, input);
  checks.throwIfAny();
  await checkSlugFree(ctx, TREATMENTS, input.slug, null);
  const row = await insertRow(ctx, 'treatments', { ...TREATMENT_DEFAULTS, ...treatmentColumns(input), organization_id: organizationId });
  await recordAudit(ctx, { action: 'treatment.create', targetType: 'Treatment', targetId: row.id, after: auditable(row) });
  return ctx.db.hydrate(Treatment, row);
}

export async function updateTreatment(ctx: RequestContext, input: TreatmentUpdateInput): Promise<Treatment> {
  const before = await lockOwn(ctx, TREATMENTS, input.id);
  const { id: _id, ...fields } = input;
  const checks = new Checks();
  checkTreatment(checks, fields);
  checks.throwIfAny();
  if (fields.slug != null) await checkSlugFree(ctx, TREATMENTS, fields.slug, before.id);
  const row = await updateRow(ctx, 'treatments', before.id, treatmentColumns(fields));
  await recordAudit(ctx, { action: 'treatment.update', targetType: 'Treatment', targetId: row.id, before: auditable(before), after: auditable(row) });
  return ctx.db.hydrate(Treatment, row);
}

export async function retireTreatment(ctx: RequestContext, input: TreatmentRetireInput): Promise<Treatment> {
  const before = await lockOwn(ctx, TREATMENTS, input.id);
  const q = new SqlParams();
  const users: Array<{ slug: string }> = await ctx.db.query(
    `SELECT p.slug FROM protocols p
      WHERE p.retired_at IS NULL AND ${ctx.scope.catalogRows('p', q)}
        AND EXISTS (SELECT 1 FROM protocol_steps s WHERE s.protocol_id = p.id AND s.treatment_id = ${q.param(before.id)}::uuid)
      ORDER BY p.slug`, q.values);
  if (users.length) {
    failWith(IN_USE, ['input', 'id'], `Protocols use this treatment (${users.map((u) => u.slug).join(', ')}): retire or change them first.`);
  }
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>('UPDATE treatments SET retired_at = now(), updated_at = now() WHERE id = $1 RETURNING *', [before.id]);
  await recordAudit(ctx, { action: 'treatment.retire', targetType: 'Treatment', targetId: row.id, before: { retiredAt: null }, after: { retiredAt: row.retired_at } });
  return ctx.db.hydrate(Treatment, row);
}

// ---------------------------------------------------------------------------------------
// Protocols

/**
 * The treatments of the steps, which must be visible (the library or the organization's
 * own) and not retired. The organization's own are locked against a concurrent retire.
 */
async function stepTreatmentIds(ctx: RequestContext, steps: ProtocolStepInput[]): Promise<string[]> {
  const ids = steps.map((s, i) => referenceOf(tryUuidFromGlobalId, s.treatmentId, 'Treatment', at('steps', i, 'treatmentId')));
  const q = new SqlParams();
  const visible: Row[] = await ctx.db.query(
    `SELECT t.id, t.organization_id, t.retired_at FROM treatments t WHERE t.id = ANY(${q.param(ids)}::uuid[]) AND ${ctx.scope.catalogRows('t', q)}`,
    q.values);
  // Row-level security lets FOR SHARE lock only the organization's own rows; the library's never change.
  const own = visible.filter((t) => t.organization_id != null).map((t) => t.id);
  const locked: Row[] = own.length
    ? await ctx.db.query('SELECT id, organization_id, retired_at FROM treatments WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE', [own])
    : [];
  const found = new Map([...visible, ...locked].map((t) => [t.id as string, t]));
  const checks = new Checks();
  ids.forEach((id, i) => {
    const treatment = found.get(id);
    if (!treatment) checks.fail(NOT_FOUND, at('steps', i, 'treatmentId'), 'No Treatment with this id.');
    else checks.check(treatment.retired_at == null, RETIRED, at('steps', i, 'treatmentId'), 'This treatment is retired; choose another.');
  });
  checks.throwIfAny();
  return ids;
}

async function stepsOf(ctx: RequestContext, protocolId: string): Promise<Row[]> {
  return ctx.db.query(
    `SELECT position, treatment_id, min_days_after_previous, max_days_after_previous, note
       FROM protocol_steps WHERE protocol_id = $1 ORDER BY position`, [protocolId]);
}

async function insertSteps(ctx: RequestContext, protocol: Row, steps: ProtocolStepInput[], treatmentIds: string[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    // The treatment's owner comes from the treatment itself (the library or the organization).
    await ctx.db.query(
      `INSERT INTO protocol_steps (organization_id, protocol_id, position, treatment_owner_id, treatment_id, min_days_after_previous, max_days_after_previous, note)
       SELECT $1, $2, $3, t.owner_id, t.id, $5, $6, $7 FROM treatments t WHERE t.id = $4`,
      [protocol.organization_id, protocol.id, index + 1, treatmentIds[index], step.minDaysAfterPrevious ?? null,
        step.maxDaysAfterPrevious ?? null, step.note ?? null],
    );
  }
}

export async function createProtocol(ctx: RequestContext, input: ProtocolCreateInput): Promise<Protocol> {
  const { organizationId } = requireMember(ctx.viewer);
  const checks = new Checks();
  checkProtocol(checks, input);
  checkStepsFitKind(checks, input.kind, input.steps);
  checks.throwIfAny();
  await checkSlugFree(ctx, PROTOCOLS, input.slug, null);
  const treatmentIds = await stepTreatmentIds(ctx, input.steps);
  const row = await insertRow(ctx, 'protocols', { concerns: [], ...protocolColumns(input), organization_id: organizationId });
  await insertSteps(ctx, row, input.steps, treatmentIds);
  await recordAudit(ctx, {
    action: 'protocol.create', targetType: 'Protocol', targetId: row.id, after: { ...auditable(row), steps: await stepsOf(ctx, row.id) },
  });
  return ctx.db.hydrate(Protocol, row);
}

export async function updateProtocol(ctx: RequestContext, input: ProtocolUpdateInput): Promise<Protocol> {
  const before = await lockOwn(ctx, PROTOCOLS, input.id);
  const stepsBefore = await stepsOf(ctx, before.id);
  const { id: _id, ...fields } = input;
  const checks = new Checks();
  checkProtocol(checks, fields);
  const kind: ProtocolKind = fields.kind ?? before.kind;
  if (fields.steps != null) {
    checkStepsFitKind(checks, kind, fields.steps);
  } else if (fields.kind != null) {
    const current = new Checks();
    checkStepsFitKind(current, kind, stepsBefore.map((s) => ({ minDaysAfterPrevious: s.min_days_after_previous, maxDaysAfterPrevious: s.max_days_after_previous })));
    checks.check(!current.failed, INVALID_STEPS, at('kind'), `The current steps do not fit the kind ${kind}: give new steps with it.`);
  }
  checks.throwIfAny();
  if (fields.slug != null) await checkSlugFree(ctx, PROTOCOLS, fields.slug, before.id);
  const treatmentIds = fields.steps != null ? await stepTreatmentIds(ctx, fields.steps) : null;
  const row = await updateRow(ctx, 'protocols', before.id, protocolColumns(fields));
  if (fields.steps != null && treatmentIds != null) {
    await ctx.db.query('DELETE FROM protocol_steps WHERE protocol_id = $1', [row.id]);
    await insertSteps(ctx, row, fields.steps, treatmentIds);
  }
  await recordAudit(ctx, {
    action: 'protocol.update', targetType: 'Protocol', targetId: row.id,
    before: { ...auditable(before), steps: stepsBefore }, after: { ...auditable(row), steps: await stepsOf(ctx, row.id) },
  });
  return ctx.db.hydrate(Protocol, row);
}

export async function retireProtocol(ctx: RequestContext, input: ProtocolRetireInput): Promise<Protocol> {
  const before = await lockOwn(ctx, PROTOCOLS, input.id);
  const [row] = await ctx.db.query<{ id: string } & Record<string, unknown>>('UPDATE protocols SET retired_at = now(), updated_at = now() WHERE id = $1 RETURNING *', [before.id]);
  await recordAudit(ctx, { action: 'protocol.retire', targetType: 'Protocol', targetId: row.id, before: { retiredAt: null }, after: { retiredAt: row.retired_at } });
  return ctx.db.hydrate(Protocol, row);
}
