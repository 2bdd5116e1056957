/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { GraphQLClient, type RequestOptions } from 'graphql-request';
import gql from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** A postal address. */
export type AddressInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "US". */
  countryCode: string;
  /** City or town. */
  locality: string;
  /** Postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** State, province or region. */
  region?: string | null | undefined;
  /** Street and number. */
  streetAddress: string;
};

/** A new clinic of the viewer's organization. */
export type ClinicCreateInput = {
  /** Postal address. */
  address: AddressInput;
  /** Contact e-mail address. */
  email?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Weekly opening hours; none means closed until set. */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** Phone number in E.164 form, e.g. "+12125550134". */
  phone?: string | null | undefined;
  /** URL-safe name, unique within the organization (lowercase letters, digits, dashes). */
  slug: string;
  /** IANA time zone, e.g. "America/Chicago". */
  timeZone: string;
};

/** The clinic to deactivate. */
export type ClinicDeactivateInput = {
  /** The clinic. */
  id: string | number;
};

/** Why a clinic mutation failed. */
export type ClinicErrorCode =
  /** A value is malformed or out of range. */
  | 'INVALID'
  /** An opening interval is malformed, closes before it opens, or overlaps another on the same day. */
  | 'INVALID_OPENING_HOURS'
  /** Not an IANA time zone such as "America/New_York". */
  | 'INVALID_TIME_ZONE'
  /** Your role may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** Narrows a list of clinics; all given conditions must hold. */
export type ClinicFilter = {
  /** Only active (true) or deactivated (false) clinics; both when omitted. */
  active?: boolean | null | undefined;
  /** City, compared case-insensitively, e.g. "new york". */
  city?: string | null | undefined;
  /** Only clinics of this organization (global id). */
  organizationId?: string | number | null | undefined;
  /** Only clinics of the organization with this slug. */
  organizationSlug?: string | null | undefined;
};

/** Order of a list of clinics. */
export type ClinicOrder = {
  /** The direction. */
  direction?: SortDirection;
  /** The field to order by. */
  field: ClinicOrderField;
};

/** What clinics can be ordered by. */
export type ClinicOrderField =
  /** City, then id. */
  | 'CITY'
  /** Clinic name. */
  | 'NAME';

/** Changes to a clinic; omitted fields stay as they are. */
export type ClinicUpdateInput = {
  /** New postal address (replaces the whole address). */
  address?: AddressInput | null | undefined;
  /** New contact e-mail address. */
  email?: string | null | undefined;
  /** The clinic to change. */
  id: string | number;
  /** New display name. */
  name?: string | null | undefined;
  /** New weekly opening hours (replace all of them). */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** New phone number (E.164). */
  phone?: string | null | undefined;
  /** New IANA time zone. */
  timeZone?: string | null | undefined;
};

/** A condition that rules a treatment out or requires clearance first (screening questionnaire answers map to these). */
export type Contraindication =
  /** Active inflammatory acne at the site. */
  | 'ACTIVE_ACNE'
  /** Active skin infection at the treatment site. */
  | 'ACTIVE_INFECTION'
  /** Taking anticoagulant or antiplatelet medication. */
  | 'ANTICOAGULANTS'
  /** History of cold sores (herpes simplex); antiviral cover needed. */
  | 'HERPES_HISTORY'
  /** Immunosuppressed (disease or medication). */
  | 'IMMUNOSUPPRESSION'
  /** History of keloid or hypertrophic scarring. */
  | 'KELOID_TENDENCY'
  /** Platelet dysfunction syndrome or critical thrombocytopenia. */
  | 'PLATELET_DYSFUNCTION'
  /** Pregnant or breastfeeding. */
  | 'PREGNANCY_OR_BREASTFEEDING'
  /** Oral isotretinoin within the organization's configured number of months. */
  | 'RECENT_ISOTRETINOIN'
  /** Topical retinoids within the last days before the treatment. */
  | 'RECENT_RETINOIDS'
  /** Recent sunburn at the site. */
  | 'RECENT_SUNBURN'
  /** Sepsis or systemic infection. */
  | 'SEPSIS'
  /** Severe skin condition such as eczema or psoriasis flare at the site. */
  | 'SEVERE_SKIN_CONDITION';

/** Whether a contraindication blocks a treatment or requires a practitioner's clearance. */
export type ContraindicationSeverity =
  /** Blocks the treatment. */
  | 'ABSOLUTE'
  /** Allowed only after a practitioner (or dermatologist) has cleared the patient. */
  | 'RELATIVE';

/** A day of the week (ISO 8601 order, Monday first). */
export type DayOfWeek =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Discomfort a patient can expect during a treatment. */
export type DiscomfortLevel =
  /** Mild discomfort. */
  | 'MILD'
  /** Moderate discomfort. */
  | 'MODERATE'
  /** No discomfort. */
  | 'NONE'
  /** Significant discomfort; pain relief is planned. */
  | 'SIGNIFICANT';

/** Fitzpatrick skin phototype, from I (always burns, never tans) to VI (never burns, deeply pigmented). */
export type FitzpatrickType =
  /** Type I: pale white skin; always burns, never tans. */
  | 'I'
  /** Type II: white skin; usually burns, tans minimally. */
  | 'II'
  /** Type III: light brown skin; sometimes burns, tans uniformly. */
  | 'III'
  /** Type IV: moderate brown skin; rarely burns, tans well. */
  | 'IV'
  /** Type V: dark brown skin; very rarely burns. */
  | 'V'
  /** Type VI: deeply pigmented dark brown to black skin; never burns. */
  | 'VI';

/** How far a treatment enters the body. */
export type Invasiveness =
  /** Surgical. */
  | 'INVASIVE'
  /** Breaks the skin in a controlled way (needles, injections), without surgery. */
  | 'MINIMALLY_INVASIVE'
  /** Acts on the skin surface only. */
  | 'NON_INVASIVE';

/** Narrows a clinic's offerings; all given conditions must hold. */
export type OfferingFilter = {
  /** Only offerings that can (true) or cannot (false) be booked online. */
  bookableOnline?: boolean | null | undefined;
  /** Only enabled (true) or disabled (false) offerings; both when omitted. */
  enabled?: boolean | null | undefined;
};

/** One opening interval, in the clinic's local time. */
export type OpeningHoursInput = {
  /** Closing time, "HH:MM" (24-hour), after `opens`. */
  closes: string;
  /** The day. */
  dayOfWeek: DayOfWeek;
  /** Opening time, "HH:MM" (24-hour). */
  opens: string;
};

/** Narrows a list of practitioners; all given conditions must hold. */
export type PractitionerFilter = {
  /** Only active (true) or former (false) practitioners; both when omitted. */
  active?: boolean | null | undefined;
  /** Only practitioners working at this clinic. */
  clinicId?: string | number | null | undefined;
  /** Case-insensitive text contained in the name. */
  name?: string | null | undefined;
  /** Only practitioners of this organization. */
  organizationId?: string | number | null | undefined;
  /** Only practitioners with a valid (unrevoked, unexpired) qualification for this treatment. */
  qualifiedForTreatmentId?: string | number | null | undefined;
};

/** Narrows a list of protocols; all given conditions must hold. */
export type ProtocolFilter = {
  /** Only protocols that target this concern. */
  concern?: SkinConcern | null | undefined;
  /** Only protocols of this kind. */
  kind?: ProtocolKind | null | undefined;
  /** Only protocols that include this treatment (global id). */
  treatmentId?: string | number | null | undefined;
  /** Only protocols that include the treatment with this slug. */
  treatmentSlug?: string | null | undefined;
};

/** How the steps of a protocol are scheduled. */
export type ProtocolKind =
  /** Steps take turns on separate visits, each keeping its minimum gap after the previous one. */
  | 'ALTERNATING'
  /** All steps are performed in the same visit, in order. */
  | 'SAME_VISIT'
  /** One treatment per session. */
  | 'SINGLE';

/** What a person may do in clinicgraph. Permissions are written into each field's description. */
export type Role =
  /** Reads aggregates only, never patient-identifying fields. */
  | 'ANALYST'
  /** Manages their clinics; may grant roles no higher than their own, for their clinics. */
  | 'CLINIC_MANAGER'
  /** Registers patients and books sessions at their clinics. */
  | 'FRONT_DESK'
  /** Franchise admin: the whole organization. */
  | 'ORG_ADMIN'
  /** Sees only their own records. */
  | 'PATIENT'
  /** Operator of the installation: onboards organizations; sees no patient data. */
  | 'PLATFORM_ADMIN'
  /** Treats patients at their clinics. */
  | 'PRACTITIONER';

/** A skin concern a treatment addresses and a course targets. */
export type SkinConcern =
  /** Atrophic acne scars (ice-pick, boxcar, rolling). */
  | 'ACNE_SCARS'
  /** Active acne and congested skin. */
  | 'ACTIVE_ACNE'
  /** Dull, tired-looking skin. */
  | 'DULLNESS'
  /** Enlarged or visible pores. */
  | 'ENLARGED_PORES'
  /** Fine lines and wrinkles. */
  | 'FINE_LINES_AND_WRINKLES'
  /** Thinning hair (e.g. PRP for the scalp). */
  | 'HAIR_THINNING'
  /** Sun spots and post-inflammatory hyperpigmentation. */
  | 'HYPERPIGMENTATION'
  /** Melasma. */
  | 'MELASMA'
  /** Loss of skin elasticity and firmness. */
  | 'SKIN_ELASTICITY'
  /** Mild skin laxity (sagging). */
  | 'SKIN_LAXITY'
  /** Rough or uneven skin texture. */
  | 'SKIN_TEXTURE'
  /** Stretch marks (striae). */
  | 'STRETCH_MARKS'
  /** Uneven skin tone and pigmentation irregularities. */
  | 'UNEVEN_SKIN_TONE';

/** How suitable a treatment is for a skin type. */
export type SkinTypeSuitability =
  /** Possible, with a documented higher risk (see the note); the practitioner must weigh it. */
  | 'CAUTION'
  /** Not recommended for this skin type. */
  | 'NOT_RECOMMENDED'
  /** Suitable without extra precautions. */
  | 'SUITABLE';

/** Direction of an ordering; ties are always broken by id in the same direction. */
export type SortDirection =
  /** Ascending (A to Z, oldest first). */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** The family a treatment belongs to. */
export type TreatmentCategory =
  /** Chemical exfoliation with acids (glycolic, salicylic, TCA...). */
  | 'CHEMICAL_PEEL'
  /** Collagen induction with fine needles. */
  | 'MICRONEEDLING'
  /** Platelet-rich plasma prepared from the patient's own blood. */
  | 'PLATELET_RICH_PLASMA'
  /** Microneedling that delivers radiofrequency energy through the needles. */
  | 'RADIOFREQUENCY_MICRONEEDLING';

/** Narrows a list of treatments; all given conditions must hold. */
export type TreatmentFilter = {
  /** Only treatments of this family. */
  category?: TreatmentCategory | null | undefined;
  /** Only treatments that address this concern. */
  concern?: SkinConcern | null | undefined;
  /** Only treatments possible for this skin type (SUITABLE or CAUTION; check `skinTypes` for the reason of a caution). */
  fitzpatrickType?: FitzpatrickType | null | undefined;
  /** Text search over name, aliases, summary and description (words or a partial name), at most 200 characters. */
  search?: string | null | undefined;
};

export type ClinicCreateMutationVariables = Exact<{
  input: ClinicCreateInput;
}>;


export type ClinicCreateMutation = { clinicCreate: { clinic: { id: string, slug: string, name: string, timeZone: string, active: boolean, phone: string | null, email: string | null, address: { streetAddress: string, locality: string, region: string | null, postalCode: string | null, countryCode: string }, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }>, organization: { slug: string } } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type ClinicUpdateMutationVariables = Exact<{
  input: ClinicUpdateInput;
}>;


export type ClinicUpdateMutation = { clinicUpdate: { clinic: { id: string, slug: string, name: string, timeZone: string, active: boolean, address: { locality: string, countryCode: string }, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }> } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type ClinicDeactivateMutationVariables = Exact<{
  input: ClinicDeactivateInput;
}>;


export type ClinicDeactivateMutation = { clinicDeactivate: { clinic: { id: string, active: boolean } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type TreatmentLibraryQueryVariables = Exact<{
  filter?: TreatmentFilter | null | undefined;
}>;


export type TreatmentLibraryQuery = { treatments: { totalCount: number, edges: Array<{ node: { slug: string, name: string, category: TreatmentCategory, isLibrary: boolean, aliases: Array<string>, aftercare: Array<{ instruction: string, note: string | null, hours: { min: number, max: number } }>, recovery: { summary: string, effects: Array<{ effect: string, days: { min: number, max: number } }> } } }> } };

export type ProtocolsPageQueryVariables = Exact<{
  filter?: ProtocolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProtocolsPageQuery = { protocols: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { slug: string, name: string } }> } };

export type TreatmentBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type TreatmentBySlugQuery = { treatment: { id: string, slug: string, name: string, category: TreatmentCategory, aliases: Array<string>, invasiveness: Invasiveness, summary: string, description: string, concerns: Array<SkinConcern>, suitableForAllSkinTypes: boolean, safetyNote: string | null, medicallyReviewedBy: string | null, lastReviewedOn: string | null, isLibrary: boolean, duration: { minMinutes: number, maxMinutes: number, note: string | null }, mechanisms: Array<{ name: string, description: string }>, benefits: Array<{ concern: SkinConcern, description: string, note: string | null }>, procedureSteps: Array<{ position: number, name: string, description: string }>, recovery: { summary: string, fullRecoveryWithinDays: number, effects: Array<{ effect: string, days: { min: number, max: number } }>, normalActivitiesWithinDays: { min: number, max: number } }, comfort: { discomfort: DiscomfortLevel, painRelief: string | null, note: string }, skinTypes: Array<{ skinType: FitzpatrickType, suitability: SkinTypeSuitability, note: string | null }>, contraindications: Array<{ condition: Contraindication, severity: ContraindicationSeverity, advice: string }>, typicalCourse: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number }, intervalWeeks: { min: number, max: number } } | null, aftercare: Array<{ instruction: string, note: string | null, hours: { min: number, max: number } }>, faq: Array<{ question: string, answer: string }>, pairsWith: Array<{ note: string, treatment: { slug: string, name: string, category: TreatmentCategory } }>, protocols: Array<{ slug: string, name: string, kind: ProtocolKind }> } | null };

export type TreatmentsQueryVariables = Exact<{
  filter?: TreatmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TreatmentsQuery = { treatments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, category: TreatmentCategory, skinTypes: Array<{ skinType: FitzpatrickType, suitability: SkinTypeSuitability, note: string | null }> } }> } };

export type ProtocolsQueryVariables = Exact<{
  filter?: ProtocolFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProtocolsQuery = { protocols: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: ProtocolKind, concerns: Array<SkinConcern> } }> } };

export type ProtocolBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ProtocolBySlugQuery = { protocol: { id: string, slug: string, name: string, summary: string, kind: ProtocolKind, concerns: Array<SkinConcern>, courseTemplate: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number }, intervalWeeks: { min: number, max: number } }, steps: Array<{ id: string, position: number, minDaysAfterPrevious: number | null, maxDaysAfterPrevious: number | null, note: string | null, treatment: { slug: string, name: string } }> } | null };

export type TreatmentQualifiedPractitionersQueryVariables = Exact<{
  slug: string;
  clinicId?: string | number | null | undefined;
}>;


export type TreatmentQualifiedPractitionersQuery = { treatment: { qualifiedPractitioners: { totalCount: number, edges: Array<{ node: { slug: string, displayName: string } }> } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, role: Role, organization: { slug: string } | null, clinics: Array<{ slug: string }> } };

export type OrganizationCatalogQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationCatalogQuery = { organization: { name: string, clinics: { totalCount: number, edges: Array<{ node: { slug: string, timeZone: string, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }>, practitioners: { totalCount: number, edges: Array<{ node: { slug: string, qualifications: Array<{ isValid: boolean, treatment: { slug: string } }> } }> }, offerings: { totalCount: number, edges: Array<{ node: { enabled: boolean, price: { amount: number, currency: string }, protocol: { slug: string, steps: Array<{ position: number, treatment: { slug: string, qualifiedPractitioners: { totalCount: number, edges: Array<{ node: { slug: string, clinics: Array<{ slug: string }> } }> } } }> } } }> } } }> } } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Clinic', slug: string, id: string }
    | { __typename: 'Offering', id: string, price: { amount: number } }
    | { __typename: 'Organization', slug: string, id: string }
    | { __typename: 'Practitioner', slug: string, id: string }
    | { __typename: 'Protocol', slug: string, id: string }
    | { __typename: 'ProtocolStep', position: number, id: string }
    | { __typename: 'Qualification', expiresOn: string | null, id: string }
    | { __typename: 'Treatment', slug: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Clinic', id: string }
    | { __typename: 'Offering', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Practitioner', id: string }
    | { __typename: 'Protocol', id: string }
    | { __typename: 'ProtocolStep', id: string }
    | { __typename: 'Qualification', id: string }
    | { __typename: 'Treatment', id: string }
   | null> };

export type ClinicByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicByIdQuery = { clinic: { id: string, slug: string } | null };

export type PractitionerByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PractitionerByIdQuery = { practitioner: { id: string, slug: string } | null };

export type TreatmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type TreatmentByIdQuery = { treatment: { id: string, slug: string } | null };

export type ProtocolByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ProtocolByIdQuery = { protocol: { id: string, slug: string } | null };

export type OrganizationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationByIdQuery = { organization: { id: string, slug: string } | null };

export type OrganizationBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationBySlugQuery = { organization: { id: string, slug: string, name: string, currency: string, defaultTimeZone: string } | null };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type ClinicsQueryVariables = Exact<{
  filter?: ClinicFilter | null | undefined;
  orderBy?: ClinicOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClinicsQuery = { clinics: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, timeZone: string, phone: string | null, email: string | null, active: boolean, address: { streetAddress: string, locality: string, region: string | null, postalCode: string | null, countryCode: string }, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }>, organization: { slug: string } } }> } };

export type ClinicOfferingsQueryVariables = Exact<{
  id: string | number;
  filter?: OfferingFilter | null | undefined;
}>;


export type ClinicOfferingsQuery = { clinic: { slug: string, offerings: { totalCount: number, edges: Array<{ node: { id: string, enabled: boolean, bookableOnline: boolean, durationMinutes: number, overridden: boolean, price: { amount: number, currency: string, formatted: string }, protocol: { slug: string, name: string }, clinic: { slug: string } } }> } } | null };

export type PractitionersQueryVariables = Exact<{
  filter?: PractitionerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PractitionersQuery = { practitioners: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, active: boolean, organization: { slug: string }, clinics: Array<{ slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string }, practitioner: { slug: string } }> } }> } };

export type ClinicPractitionersQueryVariables = Exact<{
  id: string | number;
}>;


export type ClinicPractitionersQuery = { clinic: { practitioners: { totalCount: number, edges: Array<{ node: { slug: string } }> } } | null };

export type PagedOrganizationClinicsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: ClinicOrder | null | undefined;
}>;


export type PagedOrganizationClinicsQuery = { organization: { id: string, clinics: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, address: { locality: string } } }> } } | null };

export type PagedClinicOfferingsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PagedClinicOfferingsQuery = { clinic: { id: string, offerings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, protocol: { slug: string, name: string } } }> } } | null };


export const ClinicCreateDocument = gql`
    mutation ClinicCreate($input: ClinicCreateInput!) {
  clinicCreate(input: $input) {
    clinic {
      id
      slug
      name
      timeZone
      active
      phone
      email
      address {
        streetAddress
        locality
        region
        postalCode
        countryCode
      }
      openingHours {
        dayOfWeek
        opens
        closes
      }
      organization {
        slug
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const ClinicUpdateDocument = gql`
    mutation ClinicUpdate($input: ClinicUpdateInput!) {
  clinicUpdate(input: $input) {
    clinic {
      id
      slug
      name
      timeZone
      active
      address {
        locality
        countryCode
      }
      openingHours {
        dayOfWeek
        opens
        closes
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const ClinicDeactivateDocument = gql`
    mutation ClinicDeactivate($input: ClinicDeactivateInput!) {
  clinicDeactivate(input: $input) {
    clinic {
      id
      active
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const TreatmentLibraryDocument = gql`
    query TreatmentLibrary($filter: TreatmentFilter) {
  treatments(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        slug
        name
        category
        isLibrary
        aliases
        aftercare {
          instruction
          hours {
            min
            max
          }
          note
        }
        recovery {
          summary
          effects {
            effect
            days {
              min
              max
            }
          }
        }
      }
    }
  }
}
    `;
export const ProtocolsPageDocument = gql`
    query ProtocolsPage($filter: ProtocolFilter, $first: Int, $after: String) {
  protocols(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        slug
        name
      }
    }
  }
}
    `;
export const TreatmentBySlugDocument = gql`
    query TreatmentBySlug($slug: String!) {
  treatment(slug: $slug) {
    id
    slug
    name
    category
    aliases
    invasiveness
    summary
    description
    concerns
    duration {
      minMinutes
      maxMinutes
      note
    }
    mechanisms {
      name
      description
    }
    benefits {
      concern
      description
      note
    }
    procedureSteps {
      position
      name
      description
    }
    recovery {
      summary
      effects {
        effect
        days {
          min
          max
        }
      }
      normalActivitiesWithinDays {
        min
        max
      }
      fullRecoveryWithinDays
    }
    comfort {
      discomfort
      painRelief
      note
    }
    skinTypes {
      skinType
      suitability
      note
    }
    suitableForAllSkinTypes
    safetyNote
    contraindications {
      condition
      severity
      advice
    }
    typicalCourse {
      sessionCount {
        min
        max
      }
      intervalDays {
        min
        max
      }
      intervalWeeks {
        min
        max
      }
      note
    }
    aftercare {
      instruction
      hours {
        min
        max
      }
      note
    }
    faq {
      question
      answer
    }
    pairsWith {
      note
      treatment {
        slug
        name
        category
      }
    }
    protocols {
      slug
      name
      kind
    }
    medicallyReviewedBy
    lastReviewedOn
    isLibrary
  }
}
    `;
export const TreatmentsDocument = gql`
    query Treatments($filter: TreatmentFilter, $first: Int, $after: String) {
  treatments(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        slug
        name
        category
        skinTypes {
          skinType
          suitability
          note
        }
      }
    }
  }
}
    `;
export const ProtocolsDocument = gql`
    query Protocols($filter: ProtocolFilter, $first: Int, $after: String) {
  protocols(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        slug
        name
        kind
        concerns
      }
    }
  }
}
    `;
export const ProtocolBySlugDocument = gql`
    query ProtocolBySlug($slug: String!) {
  protocol(slug: $slug) {
    id
    slug
    name
    summary
    kind
    concerns
    courseTemplate {
      sessionCount {
        min
        max
      }
      intervalDays {
        min
        max
      }
      intervalWeeks {
        min
        max
      }
      note
    }
    steps {
      id
      position
      minDaysAfterPrevious
      maxDaysAfterPrevious
      note
      treatment {
        slug
        name
      }
    }
  }
}
    `;
export const TreatmentQualifiedPractitionersDocument = gql`
    query TreatmentQualifiedPractitioners($slug: String!, $clinicId: ID) {
  treatment(slug: $slug) {
    qualifiedPractitioners(clinicId: $clinicId) {
      totalCount
      edges {
        node {
          slug
          displayName
        }
      }
    }
  }
}
    `;
export const ViewerDocument = gql`
    query Viewer {
  viewer {
    subject
    role
    organization {
      slug
    }
    clinics {
      slug
    }
  }
}
    `;
export const OrganizationCatalogDocument = gql`
    query OrganizationCatalog($slug: String!) {
  organization(slug: $slug) {
    name
    clinics(first: 100) {
      totalCount
      edges {
        node {
          slug
          timeZone
          openingHours {
            dayOfWeek
            opens
            closes
          }
          practitioners(first: 100) {
            totalCount
            edges {
              node {
                slug
                qualifications {
                  isValid
                  treatment {
                    slug
                  }
                }
              }
            }
          }
          offerings(first: 100) {
            totalCount
            edges {
              node {
                enabled
                price {
                  amount
                  currency
                }
                protocol {
                  slug
                  steps {
                    position
                    treatment {
                      slug
                      qualifiedPractitioners(first: 100) {
                        totalCount
                        edges {
                          node {
                            slug
                            clinics {
                              slug
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `;
export const NodeDocument = gql`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Organization {
      slug
    }
    ... on Clinic {
      slug
    }
    ... on Practitioner {
      slug
    }
    ... on Qualification {
      expiresOn
    }
    ... on Treatment {
      slug
    }
    ... on Protocol {
      slug
    }
    ... on ProtocolStep {
      position
    }
    ... on Offering {
      price {
        amount
      }
    }
  }
}
    `;
export const NodesDocument = gql`
    query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `;
export const ClinicByIdDocument = gql`
    query ClinicById($id: ID!) {
  clinic(id: $id) {
    id
    slug
  }
}
    `;
export const PractitionerByIdDocument = gql`
    query PractitionerById($id: ID!) {
  practitioner(id: $id) {
    id
    slug
  }
}
    `;
export const TreatmentByIdDocument = gql`
    query TreatmentById($id: ID!) {
  treatment(id: $id) {
    id
    slug
  }
}
    `;
export const ProtocolByIdDocument = gql`
    query ProtocolById($id: ID!) {
  protocol(id: $id) {
    id
    slug
  }
}
    `;
export const OrganizationByIdDocument = gql`
    query OrganizationById($id: ID!) {
  organization(id: $id) {
    id
    slug
  }
}
    `;
export const OrganizationBySlugDocument = gql`
    query OrganizationBySlug($slug: String!) {
  organization(slug: $slug) {
    id
    slug
    name
    currency
    defaultTimeZone
  }
}
    `;
export const OrganizationsDocument = gql`
    query Organizations($first: Int, $after: String) {
  organizations(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        slug
        name
      }
    }
  }
}
    `;
export const ClinicsDocument = gql`
    query Clinics($filter: ClinicFilter, $orderBy: ClinicOrder, $first: Int, $after: String) {
  clinics(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        slug
        name
        timeZone
        phone
        email
        active
        address {
          streetAddress
          locality
          region
          postalCode
          countryCode
        }
        openingHours {
          dayOfWeek
          opens
          closes
        }
        organization {
          slug
        }
      }
    }
  }
}
    `;
export const ClinicOfferingsDocument = gql`
    query ClinicOfferings($id: ID!, $filter: OfferingFilter) {
  clinic(id: $id) {
    slug
    offerings(filter: $filter) {
      totalCount
      edges {
        node {
          id
          enabled
          bookableOnline
          durationMinutes
          overridden
          price {
            amount
            currency
            formatted
          }
          protocol {
            slug
            name
          }
          clinic {
            slug
          }
        }
      }
    }
  }
}
    `;
export const PractitionersDocument = gql`
    query Practitioners($filter: PractitionerFilter, $first: Int, $after: String) {
  practitioners(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        slug
        title
        givenName
        familyName
        displayName
        profession
        credentials
        active
        organization {
          slug
        }
        clinics {
          slug
        }
        qualifications {
          id
          grantedOn
          expiresOn
          isValid
          treatment {
            slug
          }
          practitioner {
            slug
          }
        }
      }
    }
  }
}
    `;
export const ClinicPractitionersDocument = gql`
    query ClinicPractitioners($id: ID!) {
  clinic(id: $id) {
    practitioners {
      totalCount
      edges {
        node {
          slug
        }
      }
    }
  }
}
    `;
export const PagedOrganizationClinicsDocument = gql`
    query PagedOrganizationClinics($slug: String!, $first: Int, $after: String, $orderBy: ClinicOrder) {
  organization(slug: $slug) {
    id
    clinics(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          address {
            locality
          }
        }
      }
    }
  }
}
    `;
export const PagedClinicOfferingsDocument = gql`
    query PagedClinicOfferings($id: ID!, $first: Int, $after: String) {
  clinic(id: $id) {
    id
    offerings(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          protocol {
            slug
            name
          }
        }
      }
    }
  }
}
    `;

export type SdkFunctionWrapper = <T>(action: (requestHeaders?:Record<string, string>) => Promise<T>, operationName: string, operationType?: string, variables?: any) => Promise<T>;


const defaultWrapper: SdkFunctionWrapper = (action, _operationName, _operationType, _variables) => action();

export function getSdk(client: GraphQLClient, withWrapper: SdkFunctionWrapper = defaultWrapper) {
  return {
    ClinicCreate(variables: ClinicCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicCreateMutation>({ document: ClinicCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicCreate', 'mutation', variables);
    },
    ClinicUpdate(variables: ClinicUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicUpdateMutation>({ document: ClinicUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicUpdate', 'mutation', variables);
    },
    ClinicDeactivate(variables: ClinicDeactivateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicDeactivateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicDeactivateMutation>({ document: ClinicDeactivateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicDeactivate', 'mutation', variables);
    },
    TreatmentLibrary(variables?: TreatmentLibraryQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentLibraryQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentLibraryQuery>({ document: TreatmentLibraryDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentLibrary', 'query', variables);
    },
    ProtocolsPage(variables?: ProtocolsPageQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolsPageQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolsPageQuery>({ document: ProtocolsPageDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolsPage', 'query', variables);
    },
    TreatmentBySlug(variables: TreatmentBySlugQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentBySlugQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentBySlugQuery>({ document: TreatmentBySlugDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentBySlug', 'query', variables);
    },
    Treatments(variables?: TreatmentsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentsQuery>({ document: TreatmentsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Treatments', 'query', variables);
    },
    Protocols(variables?: ProtocolsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolsQuery>({ document: ProtocolsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Protocols', 'query', variables);
    },
    ProtocolBySlug(variables: ProtocolBySlugQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolBySlugQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolBySlugQuery>({ document: ProtocolBySlugDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolBySlug', 'query', variables);
    },
    TreatmentQualifiedPractitioners(variables: TreatmentQualifiedPractitionersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentQualifiedPractitionersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentQualifiedPractitionersQuery>({ document: TreatmentQualifiedPractitionersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentQualifiedPractitioners', 'query', variables);
    },
    Viewer(variables?: ViewerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ViewerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ViewerQuery>({ document: ViewerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Viewer', 'query', variables);
    },
    OrganizationCatalog(variables: OrganizationCatalogQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationCatalogQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationCatalogQuery>({ document: OrganizationCatalogDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationCatalog', 'query', variables);
    },
    Node(variables: NodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodeQuery>({ document: NodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Node', 'query', variables);
    },
    Nodes(variables: NodesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<NodesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<NodesQuery>({ document: NodesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Nodes', 'query', variables);
    },
    ClinicById(variables: ClinicByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicByIdQuery>({ document: ClinicByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicById', 'query', variables);
    },
    PractitionerById(variables: PractitionerByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerByIdQuery>({ document: PractitionerByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerById', 'query', variables);
    },
    TreatmentById(variables: TreatmentByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentByIdQuery>({ document: TreatmentByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentById', 'query', variables);
    },
    ProtocolById(variables: ProtocolByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolByIdQuery>({ document: ProtocolByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolById', 'query', variables);
    },
    OrganizationById(variables: OrganizationByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationByIdQuery>({ document: OrganizationByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationById', 'query', variables);
    },
    OrganizationBySlug(variables: OrganizationBySlugQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationBySlugQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationBySlugQuery>({ document: OrganizationBySlugDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationBySlug', 'query', variables);
    },
    Organizations(variables?: OrganizationsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationsQuery>({ document: OrganizationsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Organizations', 'query', variables);
    },
    Clinics(variables?: ClinicsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicsQuery>({ document: ClinicsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Clinics', 'query', variables);
    },
    ClinicOfferings(variables: ClinicOfferingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicOfferingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicOfferingsQuery>({ document: ClinicOfferingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicOfferings', 'query', variables);
    },
    Practitioners(variables?: PractitionersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionersQuery>({ document: PractitionersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Practitioners', 'query', variables);
    },
    ClinicPractitioners(variables: ClinicPractitionersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicPractitionersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicPractitionersQuery>({ document: ClinicPractitionersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicPractitioners', 'query', variables);
    },
    PagedOrganizationClinics(variables: PagedOrganizationClinicsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PagedOrganizationClinicsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PagedOrganizationClinicsQuery>({ document: PagedOrganizationClinicsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PagedOrganizationClinics', 'query', variables);
    },
    PagedClinicOfferings(variables: PagedClinicOfferingsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PagedClinicOfferingsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PagedClinicOfferingsQuery>({ document: PagedClinicOfferingsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PagedClinicOfferings', 'query', variables);
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;