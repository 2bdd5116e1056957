/**
 * The rules of an organization's own catalog, pure (no I/O, no request context): what a
 * treatment or a protocol must look like before it is written, and which steps fit which
 * protocol kind. Each rule reports into a `Checks`, so one mutation answers every fault
 * at once; the service decides when to throw.
 */
import { Checks } from '../../common/user-errors';
import { isPastOrToday, isSlug, quote } from '../../common/validation';
import { CatalogErrorCode, CourseTemplateInput, IntRangeInput, ProtocolUpdateInput, TreatmentUpdateInput } from './catalog-admin.inputs';
import { ProtocolKind, SkinTypeSuitability } from './catalog.enums';

const { NOT_FOUND, INVALID, RETIRED, INVALID_STEPS } = CatalogErrorCode;

/** The longest a treatment session may last, in minutes (one day). */
export const MAX_SESSION_MINUTES = 24 * 60;

/** The path of an input field in userErrors: `at('steps', 0, 'note')` is ["input", "steps", "0", "note"]. */
export const at = (...path: Array<string | number>): string[] => ['input', ...path.map(String)];

/** Treatment fields shared by create and update; null or omitted means not given. */
export type TreatmentFields = Omit<TreatmentUpdateInput, 'id'>;

/** Protocol fields shared by create and update; null or omitted means not given. */
export type ProtocolFields = Omit<ProtocolUpdateInput, 'id'>;

/** The gaps of a step after the previous one, as an input gives them or a stored step has them. */
export interface StepGaps {
  minDaysAfterPrevious?: number | null;
  maxDaysAfterPrevious?: number | null;
}

/** What the steps rule needs to know of a step's treatment. */
export interface StepTreatment {
  retired_at: Date | string | null;
}

/** Texts must not be blank; their length limits are declared on the input fields. */
export function checkText(checks: Checks, value: string | null | undefined, field: string[], what: string): void {
  checks.notBlank(value, field, what);
}

/** Reports every entry whose key appeared earlier in the list. */
export function checkUnique<T>(
  checks: Checks,
  list: T[] | null | undefined,
  key: (item: T) => string,
  field: (i: number) => string[],
  what: string,
): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const k = key(item);
    checks.check(!seen.has(k), INVALID, field(i), `${what} ${quote(k)} is listed more than once.`);
    seen.add(k);
  });
}

/** An inclusive range: `min` at least `lowest`, `max` not below `min`. */
export function checkRange(checks: Checks, range: IntRangeInput, field: string[], lowest: number, unit: string): void {
  checks.check(range.min >= lowest, INVALID, [...field, 'min'], `The lower bound must be at least ${lowest} ${unit}.`);
  checks.check(range.max >= range.min, INVALID, [...field, 'max'], 'The upper bound must not be below the lower bound.');
}

/** A course template: at least one session, at least one day between sessions. */
export function checkCourse(checks: Checks, course: CourseTemplateInput, field: string[]): void {
  checkRange(checks, course.sessionCount, [...field, 'sessionCount'], 1, 'session(s)');
  checkRange(checks, course.intervalDays, [...field, 'intervalDays'], 1, 'day(s)');
  checkText(checks, course.note, [...field, 'note'], 'a note');
}

/** The treatment fields given (create gives the required ones always). */
export function checkTreatment(checks: Checks, input: TreatmentFields): void {
  if (input.slug != null)
    checks.check(isSlug(input.slug), INVALID, at('slug'), 'Use lowercase letters, digits and single dashes (at most 80).');
  checkText(checks, input.name, at('name'), 'a name');
  input.aliases?.forEach((alias, i) => checkText(checks, alias, at('aliases', i), 'each alias as a name'));
  checkUnique(
    checks,
    input.aliases,
    (a) => a.trim().toLowerCase(),
    (i) => at('aliases', i),
    'The alias',
  );
  checkText(checks, input.summary, at('summary'), 'a summary');
  checkText(checks, input.description, at('description'), 'a description');
  checkUnique(
    checks,
    input.concerns,
    (c) => c,
    () => at('concerns'),
    'The concern',
  );
  const d = input.duration;
  if (d != null) {
    checks.check(d.minMinutes >= 1, INVALID, at('duration', 'minMinutes'), 'A session lasts at least 1 minute.');
    checks.check(
      d.maxMinutes >= d.minMinutes && d.maxMinutes <= MAX_SESSION_MINUTES,
      INVALID,
      at('duration', 'maxMinutes'),
      `The longest duration must lie between the shortest and ${MAX_SESSION_MINUTES} minutes.`,
    );
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
    checks.check(
      r.fullRecoveryWithinDays >= Math.max(0, r.normalActivitiesWithinDays.min),
      INVALID,
      at('recovery', 'fullRecoveryWithinDays'),
      'Full recovery cannot come before patients resume normal activities.',
    );
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
  checkUnique(
    checks,
    input.skinTypes,
    (s) => s.skinType,
    (i) => at('skinTypes', i, 'skinType'),
    'The skin type',
  );
  checkText(checks, input.safetyNote, at('safetyNote'), 'a safety note');
  input.contraindications?.forEach((ci, i) => checkText(checks, ci.advice, at('contraindications', i, 'advice'), 'advice'));
  checkUnique(
    checks,
    input.contraindications,
    (ci) => ci.condition,
    (i) => at('contraindications', i, 'condition'),
    'The condition',
  );
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
  checkText(checks, input.medicallyReviewedBy, at('medicallyReviewedBy'), "the reviewer's name");
  if (input.lastReviewedOn != null) {
    checks.check(
      isPastOrToday(input.lastReviewedOn),
      INVALID,
      at('lastReviewedOn'),
      'Give the day of the last review as "YYYY-MM-DD", not in the future.',
    );
  }
}

/** The protocol fields given, apart from how the steps fit the kind (checkStepsFitKind). */
export function checkProtocol(checks: Checks, input: ProtocolFields): void {
  if (input.slug != null)
    checks.check(isSlug(input.slug), INVALID, at('slug'), 'Use lowercase letters, digits and single dashes (at most 80).');
  checkText(checks, input.name, at('name'), 'a name');
  checkText(checks, input.summary, at('summary'), 'a summary');
  checkUnique(
    checks,
    input.concerns,
    (c) => c,
    () => at('concerns'),
    'The concern',
  );
  if (input.courseTemplate != null) checkCourse(checks, input.courseTemplate, at('courseTemplate'));
  input.steps?.forEach((s, i) => checkText(checks, s.note, at('steps', i, 'note'), 'a note'));
}

/** SINGLE: one step; SAME_VISIT: two or more without gaps; ALTERNATING: two or more, each with its gap range. */
export function checkStepsFitKind(checks: Checks, kind: ProtocolKind, steps: StepGaps[]): void {
  if (kind === ProtocolKind.SINGLE) checks.check(steps.length === 1, INVALID_STEPS, at('steps'), 'A SINGLE protocol has exactly one step.');
  else checks.check(steps.length >= 2, INVALID_STEPS, at('steps'), `A ${kind} protocol combines at least two steps.`);
  steps.forEach((s, i) => {
    const min = s.minDaysAfterPrevious ?? null;
    const max = s.maxDaysAfterPrevious ?? null;
    if (kind === ProtocolKind.ALTERNATING) {
      checks.check(
        min != null && min >= 1,
        INVALID_STEPS,
        at('steps', i, 'minDaysAfterPrevious'),
        'Each step of an ALTERNATING protocol needs its minimum gap after the previous step, at least 1 day.',
      );
      checks.check(
        max != null && max >= (min ?? 1),
        INVALID_STEPS,
        at('steps', i, 'maxDaysAfterPrevious'),
        'Each step of an ALTERNATING protocol needs its maximum gap, not below the minimum.',
      );
    } else {
      checks.check(
        min == null && max == null,
        INVALID_STEPS,
        at('steps', i, min != null ? 'minDaysAfterPrevious' : 'maxDaysAfterPrevious'),
        `Steps of a ${kind} protocol have no gaps between them: omit minDaysAfterPrevious and maxDaysAfterPrevious.`,
      );
    }
  });
}

/**
 * A new kind without new steps: the current steps must fit it, else one INVALID_STEPS at
 * `kind` asks for new steps with it.
 */
export function checkKindFitsCurrentSteps(checks: Checks, kind: ProtocolKind, current: StepGaps[]): void {
  const fit = new Checks();
  checkStepsFitKind(fit, kind, current);
  checks.check(!fit.failed, INVALID_STEPS, at('kind'), `The current steps do not fit the kind ${kind}: give new steps with it.`);
}

/**
 * Each step's treatment must be visible (found) and not retired: NOT_FOUND or RETIRED at
 * the step's treatmentId. `treatmentIds` are the steps' treatment uuids in step order.
 */
export function checkStepTreatments(checks: Checks, treatmentIds: string[], found: ReadonlyMap<string, StepTreatment>): void {
  treatmentIds.forEach((id, i) => {
    const treatment = found.get(id);
    if (!treatment) checks.fail(NOT_FOUND, at('steps', i, 'treatmentId'), 'No Treatment with this id.');
    else checks.check(treatment.retired_at == null, RETIRED, at('steps', i, 'treatmentId'), 'This treatment is retired; choose another.');
  });
}
