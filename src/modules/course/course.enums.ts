/** The closed vocabularies of courses and sessions. */
import { registerEnumType } from 'type-graphql';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS } from '../../common/user-errors';
import { TreatmentArea } from './needle-depth.rules';

export enum CourseStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CourseStatus, {
  name: 'CourseStatus',
  description: 'Where a course stands.',
  valuesConfig: {
    PLANNED: { description: 'Started, no session treated yet.' },
    ACTIVE: { description: 'At least one session checked in or completed.' },
    COMPLETED: { description: 'Every planned session completed.' },
    CANCELLED: { description: 'Stopped before completion.' },
  },
});

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CHECKED_IN = 'CHECKED_IN',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Where a session stands: SCHEDULED -> CHECKED_IN -> COMPLETED; SCHEDULED -> CANCELLED or NO_SHOW; CHECKED_IN -> CANCELLED.',
  valuesConfig: {
    SCHEDULED: { description: 'Booked.' },
    CHECKED_IN: { description: 'The patient has arrived.' },
    COMPLETED: { description: 'Treated; the record and aftercare plan are set.' },
    CANCELLED: { description: 'Cancelled; its time is free again.' },
    NO_SHOW: { description: 'The patient did not come; its time stays taken.' },
  },
});

export enum DeviationKind {
  LATE = 'LATE',
  SKIPPED = 'SKIPPED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(DeviationKind, {
  name: 'CourseDeviationKind',
  description: 'How a course departs from its plan.',
  valuesConfig: {
    LATE: { description: "A session started after its window closed (the protocol's maximum interval)." },
    SKIPPED: { description: "A planned session's window closed without a session booked in it." },
    NO_SHOW: { description: 'The patient did not come to a session.' },
  },
});

registerEnumType(TreatmentArea, {
  name: 'TreatmentArea',
  description: 'An area treated in a session; each has a needle-depth range (mm).',
  valuesConfig: {
    FOREHEAD: { description: 'Forehead: 0.25-0.75 mm.' },
    AROUND_EYES: { description: 'Around the eyes: 0.25-0.5 mm.' },
    CHEEKS: { description: 'Cheeks: 0.5-2.0 mm.' },
    ACNE_SCARS: { description: 'Acne scars: 1.0-2.0 mm.' },
    STRETCH_MARKS: { description: 'Stretch marks: 1.5-2.0 mm.' },
  },
});

export const CourseErrorCode = {
  ...COMMON_ERROR_CODES,
  INELIGIBLE: 'INELIGIBLE',
  NEEDS_CLEARANCE: 'NEEDS_CLEARANCE',
  SESSION_COUNT_OUT_OF_RANGE: 'SESSION_COUNT_OUT_OF_RANGE',
  NOT_QUALIFIED: 'NOT_QUALIFIED',
  NOT_OFFERED: 'NOT_OFFERED',
  OUTSIDE_HOURS: 'OUTSIDE_HOURS',
  INTERVAL_TOO_SHORT: 'INTERVAL_TOO_SHORT',
  SLOT_UNAVAILABLE: 'SLOT_UNAVAILABLE',
  COURSE_FULL: 'COURSE_FULL',
  COURSE_CLOSED: 'COURSE_CLOSED',
  ILLEGAL_TRANSITION: 'ILLEGAL_TRANSITION',
  IN_THE_PAST: 'IN_THE_PAST',
  NO_SCREENING: 'NO_SCREENING',
} as const;
registerEnumType(CourseErrorCode, {
  name: 'CourseErrorCode',
  description: 'Why a course, session or clearance mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    INELIGIBLE: {
      description: 'An absolute contraindication, or a missing or expired screening, blocks the protocol; the message lists the reasons.',
    },
    NEEDS_CLEARANCE: { description: "Relative contraindications need a practitioner's recorded clearance (`clearanceRecord`) first." },
    SESSION_COUNT_OUT_OF_RANGE: { description: "The planned sessions lie outside the protocol's range and no override reason was given." },
    NOT_QUALIFIED: { description: 'The practitioner holds no valid qualification on the session day for every treatment of the protocol.' },
    NOT_OFFERED: { description: 'The clinic does not offer the protocol (no enabled offering; PATIENT: not bookable online).' },
    OUTSIDE_HOURS: {
      description:
        "The session does not lie within the clinic's opening hours and the practitioner's working hours, or falls on their leave.",
    },
    INTERVAL_TOO_SHORT: {
      description:
        'The session starts before the protocol allows after the previous session; the message gives the earliest allowed start.',
    },
    SLOT_UNAVAILABLE: { description: 'The practitioner or the patient already has a session at that time.' },
    COURSE_FULL: { description: 'Every planned session of the course is already booked.' },
    COURSE_CLOSED: { description: 'The course is completed or cancelled.' },
    ILLEGAL_TRANSITION: { description: "The session's status does not allow this change (e.g. completing a cancelled session)." },
    IN_THE_PAST: { description: 'A session cannot be booked or moved to a time that has passed.' },
    NO_SCREENING: { description: 'A clearance needs a screening on record to be judged on.' },
  },
});
