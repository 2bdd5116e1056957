import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Eligibility rules as data per treatment: a JSON array of rules (format and validator in
 * src/modules/eligibility/), read by the pure evaluator. The database only guarantees an
 * array; the application validates each rule before it stores or uses it.
 */
export class TreatmentEligibilityRules1765100000000 implements MigrationInterface {
  name = 'TreatmentEligibilityRules1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE treatments
      ADD COLUMN eligibility_rules jsonb NOT NULL DEFAULT '[]'
        CONSTRAINT treatments_eligibility_rules_array_check CHECK (jsonb_typeof(eligibility_rules) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE treatments DROP COLUMN eligibility_rules`);
  }
}
