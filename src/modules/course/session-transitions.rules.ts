/**
 * The life of a session: which status may follow which. Everything else is an illegal
 * transition, reported as a userError naming both statuses.
 *
 *   SCHEDULED -> CHECKED_IN -> COMPLETED
 *   SCHEDULED -> CANCELLED | NO_SHOW | SCHEDULED (rescheduled)
 *   CHECKED_IN -> CANCELLED (the visit is abandoned before treatment)
 *
 * COMPLETED, CANCELLED and NO_SHOW are final.
 */
import type { SessionStatusName } from './spacing.rules';

export type SessionAction = 'RESCHEDULE' | 'CANCEL' | 'CHECK_IN' | 'COMPLETE' | 'NO_SHOW';

const FROM: Record<SessionAction, readonly SessionStatusName[]> = {
  RESCHEDULE: ['SCHEDULED'],
  CANCEL: ['SCHEDULED', 'CHECKED_IN'],
  CHECK_IN: ['SCHEDULED'],
  COMPLETE: ['CHECKED_IN'],
  NO_SHOW: ['SCHEDULED'],
};

const TO: Record<SessionAction, SessionStatusName> = {
  RESCHEDULE: 'SCHEDULED',
  CANCEL: 'CANCELLED',
  CHECK_IN: 'CHECKED_IN',
  COMPLETE: 'COMPLETED',
  NO_SHOW: 'NO_SHOW',
};

export function mayTransition(from: SessionStatusName, action: SessionAction): boolean {
  return FROM[action].includes(from);
}

/** The status after `action`, or a message saying why it is illegal. */
export function transition(from: SessionStatusName, action: SessionAction): { to: SessionStatusName } | { problem: string } {
  if (mayTransition(from, action)) return { to: TO[action] };
  return {
    problem: `A ${from.toLowerCase().replace('_', '-')} session cannot be ${PAST[action]}; allowed from ${FROM[action].join(' or ')}.`,
  };
}

const PAST: Record<SessionAction, string> = {
  RESCHEDULE: 'rescheduled',
  CANCEL: 'cancelled',
  CHECK_IN: 'checked in',
  COMPLETE: 'completed',
  NO_SHOW: 'marked as a no-show',
};
