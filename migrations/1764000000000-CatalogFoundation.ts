import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog foundation: organizations (tenants), clinics, practitioners and their
 * qualifications, the treatment library, protocols and offerings.
 *
 * Tenant tables carry `organization_id NOT NULL` with an index. Catalog tables
 * (treatments, protocols and their children) carry a nullable `organization_id`:
 * NULL marks the shared treatment library every organization reads; a value marks an
 * organization's own entry.
 *
 * Tenant-safe keys: every primary key and unique constraint of a tenant table includes
 * `organization_id` (catalog tables: `owner_id`, the organization or the nil uuid for the
 * library), and every foreign key between tenant tables carries it, so the database
 * itself refuses a row that points into another organization. These are also the keys
 * Citus needs to distribute tenant tables by organization_id (see the README). Primary
 * keys are (id, organization_id) rather than (organization_id, id): lookups by id alone
 * (loaders, node(id:), the public catalog) stay on the primary key, lists have their own
 * indexes leading with organization_id, and a foreign key may name the columns in
 * either order.
 *
 * References into the catalog (a step's treatment, an offering's protocol, a
 * qualification's treatment, a pairing's treatments) may point at the shared library or
 * at the referencing row's own organization, never at another organization's entry.
 * Declared rather than triggered: the referencing row stores the owner of what it
 * references (`<thing>_owner_id`), a CHECK allows only the library or its own
 * organization there, and a composite foreign key to the catalog's (owner_id, id) makes
 * the stored owner the true one. Unlike a constraint trigger this needs no locking of
 * its own, holds under concurrent changes, cannot be disabled by the application, and
 * Citus supports it (foreign keys from distributed to reference tables).
 */
const LIBRARY = `'00000000-0000-0000-0000-000000000000'::uuid`;
/** The owner of a catalog row: its organization, or the nil uuid for the shared library. */
const OWNER_ID = `owner_id uuid GENERATED ALWAYS AS (coalesce(organization_id, ${LIBRARY})) STORED`;

/**
 * A reference from `table` into the catalog table `target`: the owner column, a CHECK
 * that it is the library or `owner` (the referencing row's own organization), and the
 * composite foreign key. Constraints are named `<table>_<name>_owner_check` and
 * `<table>_<name>_fkey`.
 */
function catalogReference(table: string, name: string, target: 'treatments' | 'protocols', owner: string, onDelete = ''): string {
  return `CONSTRAINT ${table}_${name}_owner_check CHECK (${name}_owner_id IN (${LIBRARY}, ${owner})),
        CONSTRAINT ${table}_${name}_fkey FOREIGN KEY (${name}_owner_id, ${name}_id) REFERENCES ${target} (owner_id, id)${onDelete}`;
}

export class CatalogFoundation1764000000000 implements MigrationInterface {
  name = 'CatalogFoundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    // Exclusion constraints on time ranges (no double booking) need btree_gist.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        default_time_zone text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE clinics (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        street_address text NOT NULL,
        locality text NOT NULL,
        region text,
        postal_code text,
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        time_zone text NOT NULL,
        phone text,
        email text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        UNIQUE (organization_id, slug)
      )`);
    await q.query(`CREATE INDEX clinics_organization_locality_idx ON clinics (organization_id, lower(locality))`);
    await q.query(`CREATE INDEX clinics_name_idx ON clinics (name, id)`);

    await q.query(`
      CREATE TABLE clinic_opening_hours (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
        opens time NOT NULL,
        closes time NOT NULL CHECK (closes > opens),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX clinic_opening_hours_organization_idx ON clinic_opening_hours (organization_id)`);
    await q.query(`CREATE INDEX clinic_opening_hours_clinic_idx ON clinic_opening_hours (clinic_id, day_of_week, opens)`);

    await q.query(`
      CREATE TABLE practitioners (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text,
        given_name text NOT NULL,
        family_name text NOT NULL,
        profession text NOT NULL,
        credentials text[] NOT NULL DEFAULT '{}',
        bio text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        UNIQUE (organization_id, slug)
      )`);
    await q.query(`CREATE INDEX practitioners_organization_name_idx ON practitioners (organization_id, family_name, given_name)`);

    await q.query(`
      CREATE TABLE practitioner_clinics (
        organization_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        PRIMARY KEY (practitioner_id, clinic_id, organization_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX practitioner_clinics_organization_idx ON practitioner_clinics (organization_id)`);
    await q.query(`CREATE INDEX practitioner_clinics_clinic_idx ON practitioner_clinics (clinic_id)`);

    // array_to_string is only STABLE; a generated column needs an IMMUTABLE expression.
    await q.query(`CREATE FUNCTION immutable_text_join(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$`);
    await q.query(`
      CREATE TABLE treatments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id),
        ${OWNER_ID},
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        category text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        invasiveness text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        concerns text[] NOT NULL DEFAULT '{}',
        duration_min_minutes integer NOT NULL CHECK (duration_min_minutes > 0),
        duration_max_minutes integer NOT NULL CHECK (duration_max_minutes >= duration_min_minutes),
        duration_note text,
        mechanisms jsonb NOT NULL DEFAULT '[]',
        benefits jsonb NOT NULL DEFAULT '[]',
        procedure_steps jsonb NOT NULL DEFAULT '[]',
        recovery jsonb NOT NULL,
        comfort jsonb NOT NULL,
        skin_types jsonb NOT NULL DEFAULT '[]',
        safety_note text,
        contraindications jsonb NOT NULL DEFAULT '[]',
        typical_course jsonb,
        aftercare jsonb NOT NULL DEFAULT '[]',
        faq jsonb NOT NULL DEFAULT '[]',
        medically_reviewed_by text,
        last_reviewed_on date,
        search_vector tsvector GENERATED ALWAYS AS (
          to_tsvector('english', name || ' ' || immutable_text_join(aliases) || ' ' || summary || ' ' || description)
        ) STORED,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, owner_id),
        UNIQUE NULLS NOT DISTINCT (organization_id, slug)
      )`);
    await q.query(`CREATE INDEX treatments_organization_idx ON treatments (organization_id)`);
    await q.query(`CREATE INDEX treatments_concerns_idx ON treatments USING gin (concerns)`);
    await q.query(`CREATE INDEX treatments_search_idx ON treatments USING gin (search_vector)`);

    await q.query(`
      CREATE TABLE treatment_pairings (
        organization_id uuid REFERENCES organizations(id),
        ${OWNER_ID},
        treatment_owner_id uuid NOT NULL,
        treatment_id uuid NOT NULL,
        paired_treatment_owner_id uuid NOT NULL,
        paired_treatment_id uuid NOT NULL,
        note text NOT NULL,
        PRIMARY KEY (treatment_id, paired_treatment_id, owner_id),
        CHECK (treatment_id <> paired_treatment_id),
        ${catalogReference('treatment_pairings', 'treatment', 'treatments', 'owner_id', ' ON DELETE CASCADE')},
        ${catalogReference('treatment_pairings', 'paired_treatment', 'treatments', 'owner_id', ' ON DELETE CASCADE')}
      )`);
    await q.query(`CREATE INDEX treatment_pairings_organization_idx ON treatment_pairings (organization_id)`);

    await q.query(`
      CREATE TABLE practitioner_qualifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        practitioner_id uuid NOT NULL,
        treatment_owner_id uuid NOT NULL,
        treatment_id uuid NOT NULL,
        granted_on date NOT NULL,
        expires_on date CHECK (expires_on IS NULL OR expires_on >= granted_on),
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, practitioner_id) REFERENCES practitioners (organization_id, id) ON DELETE CASCADE,
        ${catalogReference('practitioner_qualifications', 'treatment', 'treatments', 'organization_id')}
      )`);
    await q.query(`CREATE INDEX practitioner_qualifications_organization_idx ON practitioner_qualifications (organization_id)`);
    await q.query(`CREATE INDEX practitioner_qualifications_practitioner_idx ON practitioner_qualifications (practitioner_id)`);
    await q.query(`CREATE INDEX practitioner_qualifications_treatment_idx ON practitioner_qualifications (treatment_id)`);
    // One standing qualification per practitioner and treatment; revoked ones stay as history.
    await q.query(`CREATE UNIQUE INDEX practitioner_qualifications_current_idx
      ON practitioner_qualifications (practitioner_id, treatment_id, organization_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE protocols (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id),
        ${OWNER_ID},
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        summary text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SINGLE', 'SAME_VISIT', 'ALTERNATING')),
        concerns text[] NOT NULL DEFAULT '{}',
        session_count_min integer NOT NULL CHECK (session_count_min >= 1),
        session_count_max integer NOT NULL CHECK (session_count_max >= session_count_min),
        interval_min_days integer NOT NULL CHECK (interval_min_days >= 0),
        interval_max_days integer NOT NULL CHECK (interval_max_days >= interval_min_days),
        course_note text,
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, owner_id),
        UNIQUE NULLS NOT DISTINCT (organization_id, slug)
      )`);
    await q.query(`CREATE INDEX protocols_organization_idx ON protocols (organization_id)`);
    await q.query(`CREATE INDEX protocols_concerns_idx ON protocols USING gin (concerns)`);

    await q.query(`
      CREATE TABLE protocol_steps (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id),
        ${OWNER_ID},
        protocol_id uuid NOT NULL,
        position smallint NOT NULL CHECK (position >= 1),
        treatment_owner_id uuid NOT NULL,
        treatment_id uuid NOT NULL,
        min_days_after_previous integer CHECK (min_days_after_previous >= 0),
        max_days_after_previous integer CHECK (max_days_after_previous >= min_days_after_previous),
        note text,
        PRIMARY KEY (id, owner_id),
        UNIQUE (protocol_id, position, owner_id),
        -- A step belongs to its protocol's owner: the library's steps to the library.
        CONSTRAINT protocol_steps_protocol_fkey FOREIGN KEY (owner_id, protocol_id) REFERENCES protocols (owner_id, id) ON DELETE CASCADE,
        ${catalogReference('protocol_steps', 'treatment', 'treatments', 'owner_id')}
      )`);
    await q.query(`CREATE INDEX protocol_steps_organization_idx ON protocol_steps (organization_id)`);
    await q.query(`CREATE INDEX protocol_steps_treatment_idx ON protocol_steps (treatment_id)`);

    // An offering setting with clinic_id NULL is the organization-wide default of a
    // protocol; one with a clinic overrides the fields it sets (NULL = inherit).
    await q.query(`
      CREATE TABLE offering_settings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        protocol_owner_id uuid NOT NULL,
        protocol_id uuid NOT NULL,
        clinic_id uuid,
        enabled boolean,
        price_amount integer CHECK (price_amount >= 0),
        currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
        duration_minutes integer CHECK (duration_minutes > 0),
        bookable_online boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, organization_id),
        FOREIGN KEY (organization_id, clinic_id) REFERENCES clinics (organization_id, id) ON DELETE CASCADE,
        ${catalogReference('offering_settings', 'protocol', 'protocols', 'organization_id')},
        UNIQUE NULLS NOT DISTINCT (organization_id, protocol_id, clinic_id),
        CHECK ((price_amount IS NULL) = (currency IS NULL)),
        CHECK (clinic_id IS NOT NULL OR (enabled IS NOT NULL AND price_amount IS NOT NULL
          AND duration_minutes IS NOT NULL AND bookable_online IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX offering_settings_organization_idx ON offering_settings (organization_id)`);
    await q.query(`CREATE INDEX offering_settings_clinic_idx ON offering_settings (clinic_id) WHERE clinic_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'offering_settings',
      'protocol_steps',
      'protocols',
      'practitioner_qualifications',
      'treatment_pairings',
      'treatments',
      'practitioner_clinics',
      'practitioners',
      'clinic_opening_hours',
      'clinics',
      'organizations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION immutable_text_join(text[])`);
  }
}
