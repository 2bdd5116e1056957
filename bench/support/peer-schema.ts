/**
 * What PostGraphile needs beyond clinicgraph's tables, created in the bench database only:
 * a clinic's effective offerings (clinicgraph computes them in SQL: the clinic's override
 * where it sets a value, else the organization-wide default, field by field; see
 * src/modules/offering/offering.loaders.ts `effectiveOfferings`) as a view in schema
 * `peer`. The view is `security_invoker`, so the row-level security of the tables under it
 * applies to whoever reads it, as it does to clinicgraph's subquery. Smart comments give
 * PostGraphile the relations a view has no foreign keys for: `Clinic.offerings` and
 * `Offering.protocol`.
 */
import { Client } from 'pg';

const APP_ROLE = 'clinicgraph_app';

export const PEER_SCHEMA_SQL = `
  CREATE SCHEMA IF NOT EXISTS peer;
  CREATE OR REPLACE VIEW peer.offerings WITH (security_invoker = true) AS
    SELECT c.id AS clinic_id, c.organization_id, p.owner_id AS protocol_owner_id, p.id AS protocol_id, p.name AS protocol_name,
           COALESCE(o.enabled, d.enabled) AS enabled,
           COALESCE(o.price_amount, d.price_amount) AS price_amount,
           COALESCE(o.currency, d.currency) AS currency,
           COALESCE(o.duration_minutes, d.duration_minutes) AS duration_minutes,
           COALESCE(o.bookable_online, d.bookable_online) AS bookable_online
      FROM clinics c
      CROSS JOIN LATERAL (
        SELECT DISTINCT s.protocol_id FROM offering_settings s
         WHERE s.organization_id = c.organization_id AND (s.clinic_id IS NULL OR s.clinic_id = c.id)
      ) k
      JOIN protocols p ON p.id = k.protocol_id
      LEFT JOIN offering_settings d ON d.organization_id = c.organization_id AND d.protocol_id = k.protocol_id AND d.clinic_id IS NULL
      LEFT JOIN offering_settings o ON o.clinic_id = c.id AND o.protocol_id = k.protocol_id
     WHERE p.retired_at IS NULL
       AND COALESCE(o.enabled, d.enabled) IS NOT NULL AND COALESCE(o.price_amount, d.price_amount) IS NOT NULL
       AND COALESCE(o.duration_minutes, d.duration_minutes) IS NOT NULL AND COALESCE(o.bookable_online, d.bookable_online) IS NOT NULL;
  COMMENT ON VIEW peer.offerings IS E'@name offering\\n@primaryKey clinic_id,protocol_id\\n@foreignKey (clinic_id, organization_id) references public.clinics (id, organization_id)|@fieldName clinic|@foreignFieldName offerings\\n@foreignKey (protocol_owner_id, protocol_id) references public.protocols (owner_id, id)|@fieldName protocol|@foreignFieldName offerings';
  GRANT USAGE ON SCHEMA peer TO ${APP_ROLE};
  GRANT SELECT ON peer.offerings TO ${APP_ROLE};
`;

export async function createPeerSchema(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(PEER_SCHEMA_SQL);
  } finally {
    await client.end();
  }
}
