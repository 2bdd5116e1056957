/**
 * EMULATION of naive per-parent resolution (the N+1 pattern), for comparison with the
 * API's DataLoader batching. It answers the same deep catalog query as the API
 * (organization -> first 20 clinics -> opening hours, practitioners -> qualifications ->
 * treatment, offerings -> protocol -> steps -> treatment -> qualified practitioners at
 * that clinic -> their clinics) with one simple SQL statement per parent object and
 * field, as resolvers without DataLoaders would: no batching, no caching. Each list
 * statement returns its page and total in one statement (count(*) OVER ()), which is
 * kinder to the naive side than a separate COUNT per connection.
 *
 * It runs on one connection as the application role inside a transaction with the
 * organization set, as a request does (row-level security applies). Siblings are sent
 * concurrently (as graphql-js resolves them); one connection executes them in turn.
 */
import { Client } from 'pg';
import { OrganizationCatalogQuery } from '../../test/generated/graphql';

/** How many objects of each kind an answer holds: the naive and batched answers must agree. */
export interface CatalogShape {
  clinics: number;
  openingHours: number;
  practitioners: number;
  qualifications: number;
  offerings: number;
  steps: number;
  qualifiedPractitioners: number;
  qualifiedPractitionerClinics: number;
}

const VALID = `vq.revoked_at IS NULL AND (vq.expires_on IS NULL OR vq.expires_on >= (now() AT TIME ZONE 'UTC')::date)`;

export async function naiveCatalog(
  client: Client,
  slug: string,
  clinicsFirst: number,
): Promise<{ statements: number; shape: CatalogShape }> {
  let statements = 0;
  // One connection runs one statement at a time: concurrent siblings wait their turn here.
  let previous: Promise<unknown> = Promise.resolve();
  // Rows only pass their ids on to the next statements: their columns stay unknown.
  const q = (sql: string, params: unknown[]): Promise<Array<Record<string, unknown>>> => {
    statements++;
    const result = previous.then(() => client.query<Record<string, unknown>>(sql, params)).then((r) => r.rows);
    previous = result.catch(() => undefined);
    return result;
  };
  const shape: CatalogShape = {
    clinics: 0,
    openingHours: 0,
    practitioners: 0,
    qualifications: 0,
    offerings: 0,
    steps: 0,
    qualifiedPractitioners: 0,
    qualifiedPractitionerClinics: 0,
  };
  const all = <T>(items: T[], fn: (item: T) => Promise<unknown>) => Promise.all(items.map(fn));

  const [org] = await q(`SELECT o.* FROM organizations o WHERE o.slug = $1`, [slug]);
  if (!org) throw new Error(`No organization ${slug}`);
  const clinics = await q(
    `SELECT c.*, count(*) OVER () AS total FROM clinics c WHERE c.organization_id = $1 ORDER BY c.name, c.id LIMIT $2`,
    [org.id, clinicsFirst],
  );
  shape.clinics += clinics.length;

  await all(clinics, async (clinic) => {
    await Promise.all([
      // Clinic.openingHours
      q(`SELECT h.day_of_week, h.opens, h.closes FROM clinic_opening_hours h WHERE h.clinic_id = $1 ORDER BY h.day_of_week, h.opens`, [
        clinic.id,
      ]).then((rows) => {
        shape.openingHours += rows.length;
      }),
      // Clinic.practitioners -> Practitioner.qualifications -> Qualification.treatment
      q(
        `SELECT p.*, count(*) OVER () AS total FROM practitioners p JOIN practitioner_clinics pc ON pc.practitioner_id = p.id
          WHERE pc.clinic_id = $1 ORDER BY p.family_name || ' ' || p.given_name, p.id LIMIT 100`,
        [clinic.id],
      ).then((practitioners) => {
        shape.practitioners += practitioners.length;
        return all(practitioners, async (practitioner) => {
          const qualifications = await q(
            `SELECT pq.* FROM practitioner_qualifications pq JOIN treatments t ON t.id = pq.treatment_id
                WHERE pq.practitioner_id = $1 AND pq.revoked_at IS NULL ORDER BY t.name, pq.id`,
            [practitioner.id],
          );
          shape.qualifications += qualifications.length;
          await all(qualifications, (qualification) => q(`SELECT t.* FROM treatments t WHERE t.id = $1`, [qualification.treatment_id]));
        });
      }),
      // Clinic.offerings -> Offering.protocol -> Protocol.steps -> ProtocolStep.treatment
      //   -> Treatment.qualifiedPractitioners (at this clinic) -> Practitioner.clinics
      q(
        `SELECT p.id AS protocol_id, p.name AS protocol_name,
                COALESCE(o.enabled, d.enabled) AS enabled, COALESCE(o.price_amount, d.price_amount) AS price_amount,
                COALESCE(o.currency, d.currency) AS currency, count(*) OVER () AS total
           FROM clinics c
           CROSS JOIN LATERAL (SELECT DISTINCT s.protocol_id FROM offering_settings s
                                WHERE s.organization_id = c.organization_id AND (s.clinic_id IS NULL OR s.clinic_id = c.id)) k
           JOIN protocols p ON p.id = k.protocol_id
           LEFT JOIN offering_settings d ON d.organization_id = c.organization_id AND d.protocol_id = k.protocol_id AND d.clinic_id IS NULL
           LEFT JOIN offering_settings o ON o.clinic_id = c.id AND o.protocol_id = k.protocol_id
          WHERE c.id = $1 AND p.retired_at IS NULL
            AND COALESCE(o.enabled, d.enabled) IS NOT NULL AND COALESCE(o.price_amount, d.price_amount) IS NOT NULL
            AND COALESCE(o.duration_minutes, d.duration_minutes) IS NOT NULL AND COALESCE(o.bookable_online, d.bookable_online) IS NOT NULL
          ORDER BY p.name, p.id LIMIT 100`,
        [clinic.id],
      ).then((offerings) => {
        shape.offerings += offerings.length;
        return all(offerings, async (offering) => {
          const [protocol] = await q(`SELECT p.* FROM protocols p WHERE p.id = $1`, [offering.protocol_id]);
          const steps = await q(`SELECT s.* FROM protocol_steps s WHERE s.protocol_id = $1 ORDER BY s.position`, [protocol.id]);
          shape.steps += steps.length;
          await all(steps, async (step) => {
            const [treatment] = await q(`SELECT t.* FROM treatments t WHERE t.id = $1`, [step.treatment_id]);
            const qualified = await q(
              `SELECT p.*, count(*) OVER () AS total FROM practitioners p
                   JOIN practitioner_qualifications vq ON vq.practitioner_id = p.id
                   JOIN practitioner_clinics vc ON vc.practitioner_id = p.id
                  WHERE vq.treatment_id = $1 AND vc.clinic_id = $2 AND p.active AND ${VALID}
                  ORDER BY p.family_name || ' ' || p.given_name, p.id LIMIT 100`,
              [treatment.id, clinic.id],
            );
            shape.qualifiedPractitioners += qualified.length;
            await all(qualified, async (practitioner) => {
              const theirClinics = await q(
                `SELECT c.* FROM clinics c JOIN practitioner_clinics pc ON pc.clinic_id = c.id
                    WHERE pc.practitioner_id = $1 ORDER BY c.name, c.id`,
                [practitioner.id],
              );
              shape.qualifiedPractitionerClinics += theirClinics.length;
            });
          });
        });
      }),
    ]);
  });
  return { statements, shape };
}

/** The same counts, from the API's answer to the OrganizationCatalog query. */
export function shapeOfCatalogAnswer(data: OrganizationCatalogQuery): CatalogShape {
  const shape: CatalogShape = {
    clinics: 0,
    openingHours: 0,
    practitioners: 0,
    qualifications: 0,
    offerings: 0,
    steps: 0,
    qualifiedPractitioners: 0,
    qualifiedPractitionerClinics: 0,
  };
  if (!data.organization) throw new Error('The catalog answer has no organization');
  for (const { node: clinic } of data.organization.clinics.edges) {
    shape.clinics++;
    shape.openingHours += clinic.openingHours.length;
    for (const { node: practitioner } of edgesOf(clinic.practitioners, 'practitioners')) {
      shape.practitioners++;
      shape.qualifications += practitioner.qualifications.length;
    }
    for (const { node: offering } of clinic.offerings.edges) {
      shape.offerings++;
      for (const step of offering.protocol.steps) {
        shape.steps++;
        for (const { node: practitioner } of edgesOf(step.treatment.qualifiedPractitioners, 'qualifiedPractitioners')) {
          shape.qualifiedPractitioners++;
          shape.qualifiedPractitionerClinics += practitioner.clinics.length;
        }
      }
    }
  }
  return shape;
}

/** The edges of a connection the bench's viewer (an organization admin) may read; null there means a broken answer. */
function edgesOf<Edge>(connection: { edges: Edge[] } | null, what: string): Edge[] {
  if (!connection) throw new Error(`The catalog answer has no ${what}`);
  return connection.edges;
}
