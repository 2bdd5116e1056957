import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists as they are asked for: an organization's clinics by name or city,
 * and qualifications by treatment among the standing ones.
 */
export class ListIndexes1764300000000 implements MigrationInterface {
  name = 'ListIndexes1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX clinics_organization_name_idx ON clinics (organization_id, name, id)`);
    await q.query(`DROP INDEX clinics_name_idx`);
    await q.query(`CREATE INDEX practitioner_qualifications_standing_idx
      ON practitioner_qualifications (treatment_id, practitioner_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX practitioner_qualifications_standing_idx`);
    await q.query(`CREATE INDEX clinics_name_idx ON clinics (name, id)`);
    await q.query(`DROP INDEX clinics_organization_name_idx`);
  }
}
