import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The patient condition of the policies of patient tables, rewritten so that the planner
 * estimates staff reads correctly.
 *
 * Before: `patient_id = coalesce(<app.patient_id>, patient_id)`. The planner reads that
 * as "patient_id equals some value" and estimates one patient's share of the rows (for a
 * table of 30,000 courses, about 1 row), although for staff requests (app.patient_id
 * empty) it keeps every row. Every join above such a scan was then planned for a handful
 * of rows: nested loops and per-row index probes where a hash join was due, and sorts
 * sized for nothing (outcome analytics over an organization, for one).
 *
 * After: `CASE WHEN <app.patient_id> IS NULL THEN true ELSE patient_id = <app.patient_id> END`,
 * the same rows for every request: all of the organization's for staff, the patient's own
 * for a PATIENT request. The planner gives an expression it cannot see into half the
 * rows, an estimate of the right order for staff, whose reads are the large ones; a
 * PATIENT request's statements also name their patient (TenantScope), so their estimates
 * and indexes come from that condition, as before (the coalesce form could not use an
 * index either). The setting is still an InitPlan, read once per statement.
 */
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_PATIENT = `(SELECT NULLIF(current_setting('app.patient_id', true), '')::uuid)`;

/** Every table whose policies carry the patient condition, its patient column, and its policies' commands. */
const PATIENT_TABLES: Array<[table: string, patientColumn: string, commands: Command[]]> = [
  ['patients', 'id', ['select', 'insert', 'update', 'delete']],
  ['screenings', 'patient_id', ['select', 'insert', 'update', 'delete']],
  ['consents', 'patient_id', ['select', 'insert', 'update', 'delete']],
  ['patient_access_events', 'patient_id', ['select', 'insert']],
  ['courses', 'patient_id', ['select', 'insert', 'update']],
  ['course_sessions', 'patient_id', ['select', 'insert', 'update']],
  ['eligibility_clearances', 'patient_id', ['select', 'insert', 'update']],
  ['outcome_measurements', 'patient_id', ['select', 'insert', 'update']],
  ['adverse_events', 'patient_id', ['select', 'insert', 'update']],
  ['outcome_photos', 'patient_id', ['select', 'insert', 'update']],
];

type Command = 'select' | 'insert' | 'update' | 'delete';

const estimable = (column: string) =>
  `organization_id = ${CURRENT_ORG} AND CASE WHEN ${CURRENT_PATIENT} IS NULL THEN true ELSE ${column} = ${CURRENT_PATIENT} END`;
const coalesced = (column: string) => `organization_id = ${CURRENT_ORG} AND ${column} = coalesce(${CURRENT_PATIENT}, ${column})`;

/** ALTER POLICY with the clauses its command has: USING (rows it sees), WITH CHECK (rows it writes). */
function alterPolicy(table: string, command: Command, condition: string): string {
  const using = command === 'insert' ? '' : ` USING (${condition})`;
  const check = command === 'insert' || command === 'update' ? ` WITH CHECK (${condition})` : '';
  return `ALTER POLICY ${table}_${command} ON ${table}${using}${check}`;
}

export class PatientPolicyEstimates1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const [table, column, commands] of PATIENT_TABLES) {
      for (const command of commands) await q.query(alterPolicy(table, command, estimable(column)));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, column, commands] of PATIENT_TABLES) {
      for (const command of commands) await q.query(alterPolicy(table, command, coalesced(column)));
    }
  }
}
