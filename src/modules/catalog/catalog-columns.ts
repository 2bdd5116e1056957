/**
 * Input -> columns of the catalog tables, pure: which columns a create or an update
 * writes, with the JSON documents in their stored shape (the shape catalog.entity.ts
 * reads back). A top-level input field that is null or omitted is not given and its
 * column is left out (it stays as it is); a null inside a given object (a duration's
 * note) is written.
 */
import { CourseTemplateInput } from './catalog-admin.inputs';
import type { ProtocolFields, TreatmentFields } from './catalog.rules';

/** Column name -> value to write. */
export type Columns = Record<string, unknown>;

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Applies `fn` to a given value; undefined when not given. */
function given<T, R>(value: T | null | undefined, fn: (value: T) => R): R | undefined {
  return value == null ? undefined : fn(value);
}

/** The columns to write, leaving out those not given (undefined). */
export function definedOnly(columns: Columns): Columns {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** A course template as the typical_course document stores it. */
export function courseDocument(c: CourseTemplateInput): {
  sessionCount: { min: number; max: number };
  intervalDays: { min: number; max: number };
  note: string | null;
} {
  return {
    sessionCount: { min: c.sessionCount.min, max: c.sessionCount.max },
    intervalDays: { min: c.intervalDays.min, max: c.intervalDays.max },
    note: c.note ?? null,
  };
}

/** Column values for the treatment fields given, in the documents' stored shape. */
export function treatmentColumns(input: TreatmentFields): Columns {
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
    benefits: given(input.benefits, (list) =>
      json(list.map((b) => ({ concern: b.concern, description: b.description, note: b.note ?? null }))),
    ),
    procedure_steps: given(input.procedureSteps, (list) =>
      json(list.map((s, i) => ({ position: i + 1, name: s.name, description: s.description }))),
    ),
    recovery: given(input.recovery, (r) =>
      json({
        summary: r.summary,
        effects: (r.effects ?? []).map((e) => ({ effect: e.effect, days: { min: e.days.min, max: e.days.max } })),
        normalActivitiesWithinDays: { min: r.normalActivitiesWithinDays.min, max: r.normalActivitiesWithinDays.max },
        fullRecoveryWithinDays: r.fullRecoveryWithinDays,
      }),
    ),
    comfort: given(input.comfort, (c) => json({ discomfort: c.discomfort, painRelief: c.painRelief ?? null, note: c.note })),
    skin_types: given(input.skinTypes, (list) =>
      json(list.map((s) => ({ skinType: s.skinType, suitability: s.suitability, note: s.note ?? null }))),
    ),
    safety_note: input.safetyNote,
    contraindications: given(input.contraindications, (list) =>
      json(list.map((c) => ({ condition: c.condition, severity: c.severity, advice: c.advice }))),
    ),
    typical_course: input.typicalCourse === null ? null : given(input.typicalCourse, (c) => json(courseDocument(c))),
    aftercare: given(input.aftercare, (list) =>
      json(list.map((a) => ({ instruction: a.instruction, hours: { min: a.hours.min, max: a.hours.max }, note: a.note ?? null }))),
    ),
    faq: given(input.faq, (list) => json(list.map((f) => ({ question: f.question, answer: f.answer })))),
    medically_reviewed_by: input.medicallyReviewedBy,
    last_reviewed_on: input.lastReviewedOn,
  });
}

/** What a new treatment has where the input gives nothing. */
export const TREATMENT_DEFAULTS: Readonly<Columns> = {
  aliases: [],
  concerns: [],
  mechanisms: '[]',
  benefits: '[]',
  procedure_steps: '[]',
  skin_types: '[]',
  safety_note: null,
  contraindications: '[]',
  typical_course: null,
  aftercare: '[]',
  faq: '[]',
  medically_reviewed_by: null,
  last_reviewed_on: null,
};

/** Column values for the protocol fields given (its steps are rows of their own: see catalog.store.ts). */
export function protocolColumns(input: ProtocolFields): Columns {
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

/** What a new protocol has where the input gives nothing. */
export const PROTOCOL_DEFAULTS: Readonly<Columns> = { concerns: [] };
