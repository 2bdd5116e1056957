import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and audit: memberships link a token subject to an organization with a role
 * (and, for clinic-scoped roles, to clinics); platform admins operate the installation;
 * audit events record every administrative change, append-only.
 * Organizations gain their clinical settings.
 *
 * Keys include organization_id as in CatalogFoundation1764000000000. An audit row's time
 * and actor are set by the database, whatever the insert says, so a bug in a service can
 * neither backdate nor misattribute a change.
 */
export class IdentityAndAudit1764100000000 implements MigrationInterface {
  name = 'IdentityAndAudit1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organizations
        ADD COLUMN isotretinoin_washout_months integer NOT NULL DEFAULT 6 CHECK (isotretinoin_washout_months BETWEEN 0 AND 24),
        ADD COLUMN retinoid_washout_days integer NOT NULL DEFAULT 7 CHECK (retinoid_washout_days BETWEEN 0 AND 60),
        ADD COLUMN screening_valid_days integer NOT NULL DEFAULT 180 CHECK (screening_valid_days BETWEEN 1 AND 730)`);

    await q.query(`
      CREATE TABLE platform_admins (
        subject text PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 255),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        role text NOT NULL CHECK (role IN ('ORG_ADMIN', 'CLINIC_MANAGER', 'PRACTITIONER', 'FRONT_DESK', 'ANALYST', 'PATIENT')),
        practitioner_id uuid,
        patient_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id)
      )`);
    await q.query(`CREATE INDEX memberships_organization_idx ON memberships (organization_id)`);
    await q.query(`CREATE INDEX memberships_subject_idx ON memberships (subject) WHERE revoked_at IS NULL`);
    // One standing membership per person and organization.
    await q.query(`CREATE UNIQUE INDEX memberships_current_idx ON memberships (organization_id, subject) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE membership_clinics (
        organization_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        PRIMARY KEY (membership_id, clinic_id, organization_id),
        FOREIGN KEY (organization_id, membership_id) REFERENCES memberships (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id)
      )`);
    await q.query(`CREATE INDEX membership_clinics_organization_idx ON membership_clinics (organization_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        actor_subject text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        before jsonb,
        after jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id)
      )`);
    await q.query(`CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, occurred_at DESC)`);
    // The time is the transaction's (now()) and the actor is the subject the request's
    // transaction was opened for (app.subject, set by src/db/database.ts); what the
    // insert gives is ignored. Without a subject the row is refused (NOT NULL). The
    // application role owns neither the table nor the trigger, so it cannot drop it.
    await q.query(`
      CREATE FUNCTION audit_events_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.occurred_at := now();
        NEW.actor_subject := NULLIF(current_setting('app.subject', true), '');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_events_stamp BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_stamp()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'membership_clinics', 'memberships', 'platform_admins']) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION audit_events_stamp()`);
    await q.query(
      `ALTER TABLE organizations DROP COLUMN isotretinoin_washout_months, DROP COLUMN retinoid_washout_days, DROP COLUMN screening_valid_days`,
    );
  }
}
