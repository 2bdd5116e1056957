/**
 * The three queries of the peer comparison, written once per schema: clinicgraph's (also
 * served by the bare server, which implements that part of clinicgraph's schema) and
 * PostGraphile's (its own naming: `allTreatments`, `organizationBySlug`, connections with
 * `nodes`, relations named after their foreign keys). Each selects the same rows and
 * fields; `canonical` turns either answer into the same plain value, which the comparison
 * checks before timing anything.
 */
import { GraphQLRequest } from './http-load';

export type PeerSchema = 'clinicgraph' | 'postgraphile';

export interface PeerQuery {
  key: 'Q1' | 'Q2' | 'Q3';
  label: string;
  /** Lists nested in the answer (the statement target is at most this plus one). */
  listLevels: number;
  request: Record<PeerSchema, GraphQLRequest>;
  canonical: Record<PeerSchema, (data: unknown) => unknown>;
}

// The answers are checked against each other, so reading them loosely typed is enough here.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = any;

/** Enum values (clinicgraph: `INJECTABLE`) and their stored text (`injectable`) compare equal. */
const enumValue = (value: string | null) => (value == null ? null : value.toUpperCase().replace(/[^A-Z0-9]+/g, '_'));

const TREATMENT_FIELDS = 'slug name category invasiveness summary description safetyNote medicallyReviewedBy';
const treatment = (t: Loose) =>
  t && {
    slug: t.slug,
    name: t.name,
    category: enumValue(t.category),
    invasiveness: enumValue(t.invasiveness),
    summary: t.summary,
    description: t.description,
    safetyNote: t.safetyNote,
    medicallyReviewedBy: t.medicallyReviewedBy,
  };

export function peerQueries(treatmentSlug: string, organizationSlug: string, clinics: number, offerings: number): PeerQuery[] {
  const clinicsOrder = 'orderBy: [NAME_ASC, PRIMARY_KEY_ASC]';
  return [
    {
      key: 'Q1',
      label: `\`treatment(slug: "${treatmentSlug}")\`, 8 scalar fields`,
      listLevels: 0,
      request: {
        clinicgraph: {
          operationName: 'PeerTreatment',
          query: `query PeerTreatment($slug: String!) { treatment(slug: $slug) { ${TREATMENT_FIELDS} } }`,
          variables: { slug: treatmentSlug },
        },
        postgraphile: {
          operationName: 'PeerTreatment',
          // The slug is unique per owner (NULLS NOT DISTINCT with organization_id): the library's is the one with no organization.
          query: `query PeerTreatment($slug: String!) { allTreatments(condition: { slug: $slug, organizationId: null }, first: 1) { nodes { ${TREATMENT_FIELDS} } } }`,
          variables: { slug: treatmentSlug },
        },
      },
      canonical: {
        clinicgraph: (d: Loose) => treatment(d.treatment),
        postgraphile: (d: Loose) => treatment(d.allTreatments.nodes[0]),
      },
    },
    {
      key: 'Q2',
      label: `first ${clinics} clinics of the large organization: name, locality, time zone`,
      listLevels: 1,
      request: {
        clinicgraph: {
          operationName: 'PeerClinics',
          query: `query PeerClinics($slug: String!) { clinics(filter: { organizationSlug: $slug }, first: ${clinics}) { edges { node { name address { locality } timeZone } } } }`,
          variables: { slug: organizationSlug },
        },
        postgraphile: {
          operationName: 'PeerClinics',
          query: `query PeerClinics($slug: String!) { organizationBySlug(slug: $slug) { clinicsByOrganizationId(first: ${clinics}, ${clinicsOrder}) { nodes { name locality timeZone } } } }`,
          variables: { slug: organizationSlug },
        },
      },
      canonical: {
        clinicgraph: (d: Loose) => d.clinics.edges.map((e: Loose) => [e.node.name, e.node.address.locality, e.node.timeZone]),
        postgraphile: (d: Loose) => d.organizationBySlug.clinicsByOrganizationId.nodes.map((n: Loose) => [n.name, n.locality, n.timeZone]),
      },
    },
    {
      key: 'Q3',
      label: `${clinics} clinics → offerings(first ${offerings}) → protocol → steps → treatment`,
      listLevels: 3,
      request: {
        clinicgraph: {
          operationName: 'PeerOfferings',
          query:
            `query PeerOfferings($slug: String!) { clinics(filter: { organizationSlug: $slug }, first: ${clinics}) { edges { node { slug ` +
            `offerings(first: ${offerings}) { edges { node { enabled durationMinutes protocol { slug name steps { position treatment { slug name } } } } } } } } } }`,
          variables: { slug: organizationSlug },
        },
        postgraphile: {
          operationName: 'PeerOfferings',
          query:
            `query PeerOfferings($slug: String!) { organizationBySlug(slug: $slug) { clinicsByOrganizationId(first: ${clinics}, ${clinicsOrder}) { nodes { slug ` +
            `offerings(first: ${offerings}, orderBy: [PROTOCOL_NAME_ASC, PROTOCOL_ID_ASC]) { nodes { enabled durationMinutes protocol { slug name ` +
            `protocolStepsByOwnerIdAndProtocolId(orderBy: POSITION_ASC) { nodes { position treatmentByTreatmentOwnerIdAndTreatmentId { slug name } } } } } } } } } }`,
          variables: { slug: organizationSlug },
        },
      },
      canonical: {
        clinicgraph: (d: Loose) =>
          d.clinics.edges.map((c: Loose) => ({
            slug: c.node.slug,
            offerings: c.node.offerings.edges.map((o: Loose) => ({
              enabled: o.node.enabled,
              durationMinutes: o.node.durationMinutes,
              protocol: o.node.protocol.slug,
              name: o.node.protocol.name,
              steps: o.node.protocol.steps.map((s: Loose) => [s.position, s.treatment.slug, s.treatment.name]),
            })),
          })),
        postgraphile: (d: Loose) =>
          d.organizationBySlug.clinicsByOrganizationId.nodes.map((c: Loose) => ({
            slug: c.slug,
            offerings: c.offerings.nodes.map((o: Loose) => ({
              enabled: o.enabled,
              durationMinutes: o.durationMinutes,
              protocol: o.protocol.slug,
              name: o.protocol.name,
              steps: o.protocol.protocolStepsByOwnerIdAndProtocolId.nodes.map((s: Loose) => [
                s.position,
                s.treatmentByTreatmentOwnerIdAndTreatmentId.slug,
                s.treatmentByTreatmentOwnerIdAndTreatmentId.name,
              ]),
            })),
          })),
      },
    },
  ];
}
