import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and audit: memberships link a token subject to an organization with a role
 * (and, for clinic-scoped roles, to clinics); platform admins operate the installation;
 * audit events record every administrative change, append-only.
 * Organizations gain their clinical settings.
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
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        role text NOT NULL CHECK (role IN ('ORG_ADMIN', 'CLINIC_MANAGER', 'PRACTITIONER', 'FRONT_DESK', 'ANALYST', 'PATIENT')),
        practitioner_id uuid,
        patient_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        UNIQUE (organization_id, id),
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
        PRIMARY KEY (membership_id, clinic_id),
        FOREIGN KEY (organization_id, membership_id) REFERENCES memberships (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id)
      )`);
    await q.query(`CREATE INDEX membership_clinics_organization_idx ON membership_clinics (organization_id)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        actor_subject text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        before jsonb,
        after jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, occurred_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_events', 'membership_clinics', 'memberships', 'platform_admins']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE organizations DROP COLUMN isotretinoin_washout_months, DROP COLUMN retinoid_washout_days, DROP COLUMN screening_valid_days`);
  }
}
