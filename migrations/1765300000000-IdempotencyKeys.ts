import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of mutations (src/common/idempotency.ts). A row is written in the
 * mutation's own transaction before its change runs, so a concurrent request with the
 * same key waits on the row's primary key until the first commits (then replays its
 * result) or rolls back (then runs as the first). Rows of failed mutations therefore
 * never exist. `result` holds what the mutation keeps to answer a replay (the id of the
 * object it created), never a copy of the object: no health data lands here.
 *
 * A key is the person's own: row-level security matches the organization and the
 * request's subject (app.subject), both read once per statement. Rows expire after 24
 * hours: a request meeting an expired row of its key deletes it and takes the key over;
 * other expired rows are purged periodically by a maintenance job running as the owner
 * (see README, "Idempotent retries"), served by the expiry index.
 */
const APP_ROLE = 'clinicgraph_app';
const TABLE = 'idempotency_keys';
const CURRENT_ORG = `(SELECT NULLIF(current_setting('app.organization_id', true), '')::uuid)`;
const CURRENT_SUBJECT = `(SELECT NULLIF(current_setting('app.subject', true), ''))`;

export class IdempotencyKeys1765300000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ${TABLE} (
        organization_id uuid NOT NULL,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        operation text NOT NULL CHECK (length(operation) BETWEEN 1 AND 100),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 128),
        request_hash text NOT NULL CHECK (length(request_hash) = 64),
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
        CONSTRAINT idempotency_keys_expiry_check CHECK (expires_at > created_at),
        PRIMARY KEY (organization_id, subject, operation, key),
        FOREIGN KEY (organization_id) REFERENCES organizations (id)
      )`);
    // The periodic purge: DELETE ... WHERE expires_at <= now().
    await q.query(`CREATE INDEX idempotency_keys_expiry_idx ON ${TABLE} (expires_at)`);

    const own = `organization_id = ${CURRENT_ORG} AND subject = ${CURRENT_SUBJECT}`;
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLE} TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE ${TABLE} ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE ${TABLE} FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY ${TABLE}_select ON ${TABLE} FOR SELECT USING (${own})`);
    await q.query(`CREATE POLICY ${TABLE}_insert ON ${TABLE} FOR INSERT WITH CHECK (${own})`);
    await q.query(`CREATE POLICY ${TABLE}_update ON ${TABLE} FOR UPDATE USING (${own}) WITH CHECK (${own})`);
    await q.query(`CREATE POLICY ${TABLE}_delete ON ${TABLE} FOR DELETE USING (${own})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${TABLE}`);
  }
}
