import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course can be cancelled through the API (`courseCancel`): it keeps why and when, and
 * the health-data access trail records the cancellation (a new action, COURSE_CANCEL).
 * Courses cancelled before this migration (only ever through SQL) have neither.
 */
const ACTIONS_BEFORE = [
  'READ',
  'REGISTER',
  'UPDATE',
  'SCREENING_RECORD',
  'CONSENT_RECORD',
  'CONSENT_WITHDRAW',
  'CLEARANCE_RECORD',
  'COURSE_START',
  'SESSION_RECORD',
  'OUTCOME_RECORD',
  'ADVERSE_EVENT_RECORD',
  'PHOTO_RECORD',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

async function allowActions(q: QueryRunner, actions: string[]): Promise<void> {
  await q.query(`ALTER TABLE patient_access_events DROP CONSTRAINT patient_access_events_action_check`);
  await q.query(`ALTER TABLE patient_access_events ADD CONSTRAINT patient_access_events_action_check CHECK (action IN (${list(actions)}))`);
}

export class CourseCancellation1765800000000 implements MigrationInterface {
  name = 'CourseCancellation1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE courses
      ADD COLUMN cancel_reason text CHECK (length(cancel_reason) BETWEEN 1 AND 2000),
      ADD COLUMN cancelled_at timestamptz`);
    await allowActions(q, [...ACTIONS_BEFORE, 'COURSE_CANCEL']);
  }

  async down(q: QueryRunner): Promise<void> {
    await allowActions(q, ACTIONS_BEFORE);
    await q.query(`ALTER TABLE courses DROP COLUMN cancel_reason, DROP COLUMN cancelled_at`);
  }
}
