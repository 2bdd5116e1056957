/**
 * Session windows of a course, pure: when session n may start, from the start of the
 * session before it and the protocol's course template, in the clinic's time zone.
 *
 * - Window of session n+1 (n >= 1): from the beginning of the local day `min` days after
 *   session n's local day, up to (not including) the beginning of the local day `max + 1`
 *   days after it. Whole local days: a session on Monday at 16:00 makes the next one
 *   possible from Monday four weeks later at 00:00, whatever the offset did in between.
 * - `min`/`max` are the protocol's interval range, except in ALTERNATING protocols, where
 *   the step of session n+1 may carry its own gap after the previous component
 *   (`min_days_after_previous`/`max_days_after_previous`): combined protocols keep their
 *   component gaps. Sessions of an ALTERNATING protocol cycle through its steps.
 * - Planned sessions not yet booked get windows chained from the previous window.
 * - Deviations: a session that started after its window closed is LATE; a planned
 *   session whose window closed (before `now`) without a session is SKIPPED; a NO_SHOW
 *   is reported as such.
 */
import { startOfDayAfter } from './zoned-time';

export type ProtocolKindName = 'SINGLE' | 'SAME_VISIT' | 'ALTERNATING';

export interface StepGap {
  /** Position of the step in the protocol (1-based). */
  position: number;
  treatmentSlug: string;
  minDaysAfterPrevious: number | null;
  maxDaysAfterPrevious: number | null;
}

export interface SpacingProtocol {
  kind: ProtocolKindName;
  intervalMinDays: number;
  intervalMaxDays: number;
  /** In position order. */
  steps: StepGap[];
}

export interface Window {
  earliestStart: Date | null;
  /** Exclusive: a session must start before it; null when open-ended. */
  latestStart: Date | null;
}

/** The steps session `number` (1-based) performs: all of them, or one of the cycle for ALTERNATING. */
export function stepsOfSession(protocol: SpacingProtocol, number: number): StepGap[] {
  if (protocol.kind !== 'ALTERNATING' || protocol.steps.length === 0) return protocol.steps;
  return [protocol.steps[(number - 1) % protocol.steps.length]];
}

/** The gap in days required before session `number` (>= 2), after the session before it. */
export function gapBefore(protocol: SpacingProtocol, number: number): { min: number; max: number } {
  if (protocol.kind === 'ALTERNATING') {
    const [step] = stepsOfSession(protocol, number);
    if (step && step.minDaysAfterPrevious != null) {
      return {
        min: step.minDaysAfterPrevious,
        max: step.maxDaysAfterPrevious ?? Math.max(step.minDaysAfterPrevious, protocol.intervalMaxDays),
      };
    }
  }
  return { min: protocol.intervalMinDays, max: protocol.intervalMaxDays };
}

/** The window of session `number` when the session before it started at `previousStart`. */
export function windowAfter(protocol: SpacingProtocol, number: number, previousStart: Date, timeZone: string): Window {
  const gap = gapBefore(protocol, number);
  return {
    earliestStart: startOfDayAfter(previousStart, gap.min, timeZone),
    latestStart: startOfDayAfter(previousStart, gap.max + 1, timeZone),
  };
}

export type SpacingVerdict = { ok: true; window: Window } | { ok: false; window: Window; earliestStart: Date };

/** Whether session `number` may start at `start`, after a session that started at `previousStart` (none for the first). */
export function checkSpacing(
  protocol: SpacingProtocol,
  number: number,
  start: Date,
  previousStart: Date | null,
  timeZone: string,
): SpacingVerdict {
  if (number <= 1 || previousStart === null) return { ok: true, window: { earliestStart: null, latestStart: null } };
  const window = windowAfter(protocol, number, previousStart, timeZone);
  if (start < window.earliestStart!) return { ok: false, window, earliestStart: window.earliestStart! };
  return { ok: true, window };
}

export type SessionStatusName = 'SCHEDULED' | 'CHECKED_IN' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

export interface PlannedSessionInput {
  id: string;
  startsAt: Date;
  status: SessionStatusName;
}

export type DeviationKind = 'LATE' | 'SKIPPED' | 'NO_SHOW';

export interface PlannedSession {
  number: number;
  treatmentSlugs: string[];
  window: Window;
  /** The session that holds this place of the plan, if booked. */
  sessionId: string | null;
  deviation: DeviationKind | null;
}

export interface Deviation {
  kind: DeviationKind;
  number: number;
  sessionId: string | null;
}

/** Sessions that hold a place in the plan: neither cancelled nor missed. */
export function holdsPlace(status: SessionStatusName): boolean {
  return status === 'SCHEDULED' || status === 'CHECKED_IN' || status === 'COMPLETED';
}

/**
 * The plan of a course: `planned` places, filled in start order by the sessions that
 * hold a place, each with its window (chained from the previous one when not booked).
 */
export function planSessions(
  protocol: SpacingProtocol,
  planned: number,
  sessions: readonly PlannedSessionInput[],
  courseStart: Date,
  now: Date,
  timeZone: string,
): { plan: PlannedSession[]; deviations: Deviation[] } {
  const placed = sessions.filter((s) => holdsPlace(s.status)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const plan: PlannedSession[] = [];
  const deviations: Deviation[] = [];
  let previous: { start: Date | null; window: Window } = { start: null, window: { earliestStart: courseStart, latestStart: null } };
  for (let number = 1; number <= Math.max(planned, placed.length); number++) {
    const session = placed[number - 1] ?? null;
    let window: Window;
    if (number === 1) window = { earliestStart: courseStart, latestStart: null };
    else if (previous.start) window = windowAfter(protocol, number, previous.start, timeZone);
    else {
      // Not booked yet: the earliest and latest the previous place allows, stretched by this gap.
      const gap = gapBefore(protocol, number);
      window = {
        earliestStart: previous.window.earliestStart ? startOfDayAfter(previous.window.earliestStart, gap.min, timeZone) : null,
        latestStart: previous.window.latestStart ? startOfDayAfter(previous.window.latestStart, gap.max, timeZone) : null,
      };
    }
    let deviation: DeviationKind | null = null;
    if (session && window.latestStart && session.startsAt >= window.latestStart) deviation = 'LATE';
    if (!session && window.latestStart && window.latestStart <= now) deviation = 'SKIPPED';
    if (deviation) deviations.push({ kind: deviation, number, sessionId: session?.id ?? null });
    plan.push({
      number,
      treatmentSlugs: stepsOfSession(protocol, number).map((s) => s.treatmentSlug),
      window,
      sessionId: session?.id ?? null,
      deviation,
    });
    previous = { start: session?.startsAt ?? null, window };
  }
  for (const missed of sessions.filter((s) => s.status === 'NO_SHOW'))
    deviations.push({ kind: 'NO_SHOW', number: 0, sessionId: missed.id });
  return { plan, deviations };
}
