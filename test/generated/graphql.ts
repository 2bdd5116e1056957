/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { GraphQLClient, type RequestOptions } from 'graphql-request';
import gql from 'graphql-tag';
type GraphQLClientRequestHeaders = RequestOptions['requestHeaders'];
/** A postal address. */
export type AddressInput = {
  /** ISO 3166-1 alpha-2 country code, e.g. "US". At most 2 characters. */
  countryCode: string;
  /** City or town. At most 200 characters. */
  locality: string;
  /** Postal or ZIP code. At most 20 characters. */
  postalCode?: string | null | undefined;
  /** State, province or region. At most 200 characters. */
  region?: string | null | undefined;
  /** Street and number. At most 200 characters. */
  streetAddress: string;
};

/** An adverse event noted at the session. */
export type AdverseEventInput = {
  /** What happened. At most 2000 characters. */
  description: string;
  /** Severity, e.g. "mild". At most 50 characters. */
  severity?: string | null | undefined;
};

/** What kind of adverse event. */
export type AdverseEventKind =
  /** Redness beyond the expected 1-2 days. */
  | 'ERYTHEMA'
  /** Granuloma (foreign-body reaction, e.g. to a topical product). */
  | 'GRANULOMA'
  /** Infection at the treated site. */
  | 'INFECTION'
  /** Swelling. */
  | 'OEDEMA'
  /** Pain after the session. */
  | 'PAIN'
  /** Peeling or flaking. */
  | 'PEELING'
  /** Post-inflammatory hyperpigmentation. */
  | 'PIH'
  /** Tram-track scarring from the needle pattern. */
  | 'TRAM_TRACK_SCARRING';

/** An adverse event on a session that took place. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics). */
export type AdverseEventRecordInput = {
  /** What kind of event. */
  kind: AdverseEventKind;
  /** Remarks. At most 2000 characters. */
  note?: string | null | undefined;
  /** When it began: not before the session starts, not in the future. */
  onsetAt: string;
  /** When it resolved, if it has. */
  resolvedAt?: string | null | undefined;
  /** The session (checked in or completed). */
  sessionId: string | number;
  /** How severe. */
  severity: AdverseEventSeverity;
};

/** Records when an adverse event resolved. Same roles as `adverseEventRecord`. */
export type AdverseEventResolveInput = {
  /** The adverse event. */
  adverseEventId: string | number;
  /** When it resolved: not before its onset, not in the future. */
  resolvedAt: string;
};

/** How severe an adverse event was. */
export type AdverseEventSeverity =
  /** Noticeable, no treatment needed. */
  | 'MILD'
  /** Needed care or limited daily activities. */
  | 'MODERATE'
  /** Needed medical treatment or prevented daily activities. */
  | 'SEVERE';

/** One aftercare instruction with how long it applies after the session. */
export type AftercareInstructionInput = {
  /** Hours after the session during which the instruction applies (at least 1). */
  hours: IntRangeInput;
  /** The instruction, e.g. "No makeup". At most 200 characters. */
  instruction: string;
  /** Why, or what to expect. At most 2000 characters. */
  note?: string | null | undefined;
};

/** Narrows the audit trail. */
export type AuditEventFilter = {
  /** Only this action, e.g. "membership.revoke". At most 100 characters. */
  action?: string | null | undefined;
  /** Only changes of this type of object, e.g. "Clinic". At most 100 characters. */
  targetType?: string | null | undefined;
};

/** Why a working-hours or leave mutation failed. */
export type AvailabilityErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** The practitioner does not work at this clinic: assign them to it first (practitionerAssignClinic). */
  | 'NOT_AT_CLINIC'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** A benefit of a treatment for one skin concern. */
export type BenefitInput = {
  /** The concern this benefit addresses. */
  concern: SkinConcern;
  /** What the treatment does for it. At most 2000 characters. */
  description: string;
  /** A qualification of the benefit, e.g. that deeper scars need more sessions. At most 2000 characters. */
  note?: string | null | undefined;
};

/** Why a treatment or protocol mutation failed. */
export type CatalogErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** The steps do not fit the protocol's kind: SINGLE has exactly one step; SAME_VISIT at least two, without gaps; ALTERNATING at least two, each with its gap range. */
  | 'INVALID_STEPS'
  /** The treatment is a step of a protocol that is not retired; retire or change that protocol first. */
  | 'IN_USE'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** The treatment or protocol (or a treatment a step refers to) is retired. */
  | 'RETIRED'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** A clearance of one relative contraindication. Requires PRACTITIONER (as themselves) or ORG_ADMIN (naming the practitioner). */
export type ClearanceRecordInput = {
  /** The RELATIVE reason cleared (one of the treatment's rules). */
  code: EligibilityReasonCode;
  /** The practitioner's note, e.g. "Dermatologist consulted; antiviral cover prescribed." At most 2000 characters. */
  note: string;
  /** The patient. */
  patientId: string | number;
  /** ORG_ADMIN only: the practitioner who cleared it. A PRACTITIONER always clears as themselves. */
  practitionerId?: string | number | null | undefined;
  /** The treatment the reason concerns. */
  treatmentId: string | number;
};

/** A new clinic of the viewer's organization. */
export type ClinicCreateInput = {
  /** Postal address. */
  address: AddressInput;
  /** Contact e-mail address. At most 254 characters. */
  email?: string | null | undefined;
  /** Display name. At most 200 characters. */
  name: string;
  /** Weekly opening hours; none means closed until set. */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** Phone number in E.164 form, e.g. "+12125550134". At most 16 characters. */
  phone?: string | null | undefined;
  /** URL-safe name, unique within the organization (lowercase letters, digits, dashes). At most 80 characters. */
  slug: string;
  /** IANA time zone, e.g. "America/Chicago". At most 64 characters. */
  timeZone: string;
};

/** The clinic to deactivate. */
export type ClinicDeactivateInput = {
  /** The clinic. */
  id: string | number;
};

/** Why a clinic mutation failed. */
export type ClinicErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** An opening interval is malformed, closes before it opens, or overlaps another on the same day. */
  | 'INVALID_OPENING_HOURS'
  /** Not an IANA time zone such as "America/New_York". */
  | 'INVALID_TIME_ZONE'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** Narrows a list of clinics; all given conditions must hold. */
export type ClinicFilter = {
  /** Only active (true) or deactivated (false) clinics; both when omitted. */
  active?: boolean | null | undefined;
  /** City, compared case-insensitively, e.g. "new york". At most 200 characters. */
  city?: string | null | undefined;
  /** Only clinics of this organization (global id). */
  organizationId?: string | number | null | undefined;
  /** Only clinics of the organization with this slug. At most 80 characters. */
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

/** Changes to a clinic: omitted fields stay as they are; null clears an optional field (phone, email). */
export type ClinicUpdateInput = {
  /** New postal address (replaces the whole address). */
  address?: AddressInput | null | undefined;
  /** New contact e-mail address; null removes it. At most 254 characters. */
  email?: string | null | undefined;
  /** The clinic to change. */
  id: string | number;
  /** New display name. At most 200 characters. */
  name?: string | null | undefined;
  /** New weekly opening hours (replace all of them). */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  /** New phone number (E.164); null removes it. At most 16 characters. */
  phone?: string | null | undefined;
  /** New IANA time zone. At most 64 characters. */
  timeZone?: string | null | undefined;
};

/** Clinical settings; omitted values keep their current (or default) value. */
export type ClinicalSettingsInput = {
  /** Months after oral isotretinoin before microneedling or a peel, 0 to 24. */
  isotretinoinWashoutMonths?: number | null | undefined;
  /** Days without topical retinoids before a peel, 0 to 60. */
  retinoidWashoutDays?: number | null | undefined;
  /** Days a screening stays valid, 1 to 730. */
  screeningValidDays?: number | null | undefined;
};

/** Pain and pain relief during a treatment. */
export type ComfortInput = {
  /** Discomfort to expect with the usual pain relief. */
  discomfort: DiscomfortLevel;
  /** What patients should expect, in words. At most 2000 characters. */
  note: string;
  /** Pain relief used, e.g. "Topical numbing cream". At most 200 characters. */
  painRelief?: string | null | undefined;
};

/** What a patient consents to. */
export type ConsentKind =
  /** Clinical photographs (before/after) being taken and kept. */
  | 'PHOTOS'
  /** A treatment (named by the consent's `treatment`). */
  | 'TREATMENT';

/** A consent the patient signed. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves. */
export type ConsentRecordInput = {
  /** Version of the consent text the patient signed, e.g. "microneedling-2025-03". At most 50 characters. */
  contentVersion: string;
  /** What the consent covers. */
  kind: ConsentKind;
  /** The patient. */
  patientId: string | number;
  /** When the patient signed; now when omitted. Not in the future. */
  signedAt?: string | null | undefined;
  /** The treatment (of the library or of the organization): required for TREATMENT, absent for PHOTOS. */
  treatmentId?: string | number | null | undefined;
};

/** The consent to withdraw. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own. */
export type ConsentWithdrawInput = {
  /** The consent. */
  id: string | number;
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

/** A contraindication of a treatment and what to do about it. */
export type ContraindicationRuleInput = {
  /** Advice for patient and practitioner, e.g. "Consult a dermatologist first." At most 2000 characters. */
  advice: string;
  /** The condition (each at most once per treatment). */
  condition: Contraindication;
  /** Whether it blocks the treatment or requires clearance. */
  severity: ContraindicationSeverity;
};

/** Whether a contraindication blocks a treatment or requires a practitioner's clearance. */
export type ContraindicationSeverity =
  /** Blocks the treatment. */
  | 'ABSOLUTE'
  /** Allowed only after a practitioner (or dermatologist) has cleared the patient. */
  | 'RELATIVE';

/** A course to cancel, and why. */
export type CourseCancelInput = {
  /** The course. */
  courseId: string | number;
  /** Why (kept on the course and on each session it cancels). At most 2000 characters. */
  reason: string;
};

/** How a course departs from its plan. */
export type CourseDeviationKind =
  /** A session started after its window closed (the protocol's maximum interval). */
  | 'LATE'
  /** The patient did not come to a session. */
  | 'NO_SHOW'
  /** A planned session's window closed without a session booked in it. */
  | 'SKIPPED';

/** Why a course, session or clearance mutation failed. */
export type CourseErrorCode =
  /** The course is completed or cancelled. */
  | 'COURSE_CLOSED'
  /** Every planned session of the course is already booked. */
  | 'COURSE_FULL'
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The session's status does not allow this change (e.g. completing a cancelled session). */
  | 'ILLEGAL_TRANSITION'
  /** An absolute contraindication, or a missing or expired screening, blocks the protocol; the message lists the reasons. */
  | 'INELIGIBLE'
  /** The session starts before the protocol allows after the previous session; the message gives the earliest allowed start. */
  | 'INTERVAL_TOO_SHORT'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** A session cannot be booked or moved to a time that has passed. */
  | 'IN_THE_PAST'
  /** Relative contraindications need a practitioner's recorded clearance (`clearanceRecord`) first. */
  | 'NEEDS_CLEARANCE'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** The clinic does not offer the protocol (no enabled offering; PATIENT: not bookable online). */
  | 'NOT_OFFERED'
  /** The practitioner holds no valid qualification on the session day for every treatment of the protocol. */
  | 'NOT_QUALIFIED'
  /** A clearance needs a screening on record to be judged on. */
  | 'NO_SCREENING'
  /** The session does not lie within the clinic's opening hours and the practitioner's working hours, or falls on their leave. */
  | 'OUTSIDE_HOURS'
  /** The planned sessions lie outside the protocol's range and no override reason was given. */
  | 'SESSION_COUNT_OUT_OF_RANGE'
  /** The practitioner or the patient already has a session at that time. */
  | 'SLOT_UNAVAILABLE'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** A new course. Requires ORG_ADMIN, CLINIC_MANAGER (their clinics), PRACTITIONER or FRONT_DESK (their clinics). */
export type CourseStartInput = {
  /** The clinic; it must offer the protocol. */
  clinicId: string | number;
  /** The lead practitioner: working at the clinic, qualified for every treatment of the protocol. */
  leadPractitionerId: string | number;
  /** Why the planned sessions lie outside the protocol's range; recorded as the lead practitioner's override. At most 2000 characters. */
  overrideReason?: string | null | undefined;
  /** The patient. */
  patientId: string | number;
  /** Planned sessions: within the protocol's session count range unless `overrideReason` is given. */
  plannedSessions: number;
  /** The protocol (library or the organization's own). */
  protocolId: string | number;
  /** Concerns the course targets (at most 10). */
  targetConcerns: Array<SkinConcern>;
};

/** Where a course stands. */
export type CourseStatus =
  /** At least one session checked in or completed. */
  | 'ACTIVE'
  /** Stopped before completion. */
  | 'CANCELLED'
  /** Every planned session completed. */
  | 'COMPLETED'
  /** Started, no session treated yet. */
  | 'PLANNED';

/** The usual plan of a course: how many sessions, how far apart. */
export type CourseTemplateInput = {
  /** Days between the starts of consecutive sessions (at least 1). */
  intervalDays: IntRangeInput;
  /** What the plan depends on, e.g. the skin concern. At most 2000 characters. */
  note?: string | null | undefined;
  /** Number of sessions of a course (at least 1). */
  sessionCount: IntRangeInput;
};

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

/** Why a patient may not, or may only with care, receive a treatment. */
export type EligibilityReasonCode =
  /** Active (inflamed) acne in the treatment area. */
  | 'ACTIVE_ACNE'
  /** Active infection (bacterial, viral, fungal) at or near the treatment site. */
  | 'ACTIVE_INFECTION'
  /** Anticoagulant or antiplatelet medication: more bleeding and bruising. */
  | 'ANTICOAGULANTS'
  /** A history of cold sores (herpes simplex): antiviral cover may be needed. */
  | 'HERPES_HISTORY'
  /** Immunosuppression (disease or medication): slower healing, higher infection risk. */
  | 'IMMUNOSUPPRESSION'
  /** A tendency to keloid or hypertrophic scarring. */
  | 'KELOID_TENDENCY'
  /** A bleeding or platelet disorder. */
  | 'PLATELET_DYSFUNCTION'
  /** Pregnancy or breastfeeding. */
  | 'PREGNANCY_OR_BREASTFEEDING'
  /** Oral isotretinoin within the organization's waiting period (months). */
  | 'RECENT_ISOTRETINOIN'
  /** Topical retinoids or acids within the organization's waiting period before a peel (days). */
  | 'RECENT_RETINOIDS'
  /** Recent sunburn or tanning. */
  | 'RECENT_SUNBURN'
  /** The patient's latest screening is older than the organization allows on the day of the session; it must be renewed. */
  | 'SCREENING_EXPIRED'
  /** The patient has no screening questionnaire on record. */
  | 'SCREENING_MISSING'
  /** Sepsis. */
  | 'SEPSIS'
  /** A severe skin condition in the treatment area. */
  | 'SEVERE_SKIN_CONDITION'
  /** The patient's Fitzpatrick skin type carries a higher risk of pigmentation changes with this treatment. */
  | 'SKIN_TYPE_PIGMENTATION_RISK'
  /** The treatment has skin-type risks and the patient's Fitzpatrick skin type is not recorded. */
  | 'SKIN_TYPE_UNKNOWN';

/** What a reason does to the verdict. */
export type EligibilitySeverity =
  /** Blocks the treatment; no clearance lifts it. */
  | 'ABSOLUTE'
  /** Blocks the treatment until a practitioner records a clearance with a note (e.g. after consulting a dermatologist). */
  | 'RELATIVE'
  /** Never blocks; the practitioner must know and weigh it (e.g. a higher pigmentation risk for the skin type). */
  | 'WARNING';

/** Whether a patient may receive a protocol on a day. */
export type EligibilityVerdict =
  /** No reason blocks it (warnings may remain). */
  | 'ELIGIBLE'
  /** An absolute contraindication, or a missing or expired screening, blocks it. */
  | 'INELIGIBLE'
  /** Only relative contraindications without a clearance block it: a practitioner may clear them. */
  | 'NEEDS_CLEARANCE';

/** A frequently asked question about a treatment, with its answer. */
export type FaqEntryInput = {
  /** The answer. At most 20000 characters. */
  answer: string;
  /** The question, as patients ask it. At most 2000 characters. */
  question: string;
};

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

/** An inclusive range of whole numbers. */
export type IntRangeInput = {
  /** Upper bound (inclusive), not below `min`. */
  max: number;
  /** Lower bound (inclusive). */
  min: number;
};

/** How far a treatment enters the body. */
export type Invasiveness =
  /** Surgical. */
  | 'INVASIVE'
  /** Breaks the skin in a controlled way (needles, injections), without surgery. */
  | 'MINIMALLY_INVASIVE'
  /** Acts on the skin surface only. */
  | 'NON_INVASIVE';

/** A period of leave of a practitioner. */
export type LeaveAddInput = {
  /** When it ends (exclusive), after `startsAt` and at most 366 days later. */
  endsAt: string;
  /** The practitioner. */
  practitionerId: string | number;
  /** Why, for colleagues (e.g. "Conference"). At most 200 characters. */
  reason?: string | null | undefined;
  /** When the leave begins. */
  startsAt: string;
};

/** The leave to remove. */
export type LeaveRemoveInput = {
  /** The leave. */
  id: string | number;
};

/** One part of how a treatment works. */
export type MechanismInput = {
  /** What happens in the skin. At most 2000 characters. */
  description: string;
  /** Short name, e.g. "Collagen boost". At most 200 characters. */
  name: string;
};

/** A new membership in the viewer's organization. */
export type MembershipCreateInput = {
  /** Clinics of a clinic-scoped role (CLINIC_MANAGER, PRACTITIONER, FRONT_DESK). */
  clinicIds?: Array<string | number> | null | undefined;
  /** The practitioner record of this person, if any. */
  practitionerId?: string | number | null | undefined;
  /** The role (PLATFORM_ADMIN cannot be granted here). */
  role: Role;
  /** The identity provider's subject of the person. At most 255 characters. */
  subject: string;
};

/** Why a membership mutation failed. */
export type MembershipErrorCode =
  /** Organization-wide roles (ORG_ADMIN, ANALYST, PATIENT) take no clinics. */
  | 'CLINICS_NOT_ALLOWED'
  /** CLINIC_MANAGER, PRACTITIONER and FRONT_DESK need at least one clinic. */
  | 'CLINICS_REQUIRED'
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** Narrows a list of memberships. */
export type MembershipFilter = {
  /** Include revoked memberships (default false). */
  includeRevoked?: boolean | null | undefined;
  /** Only this role. */
  role?: Role | null | undefined;
};

/** The membership to revoke. */
export type MembershipRevokeInput = {
  /** The membership. */
  id: string | number;
};

/** Changes to a membership; omitted fields stay as they are. */
export type MembershipUpdateInput = {
  /** New clinics (replace all of them). */
  clinicIds?: Array<string | number> | null | undefined;
  /** The membership. */
  id: string | number;
  /** New role. */
  role?: Role | null | undefined;
};

/** An amount of money: integer minor units (e.g. cents) of an ISO 4217 currency. */
export type MoneyInput = {
  /** Amount in minor units, e.g. 35000 for 350.00 USD; at least 0. */
  amount: number;
  /** ISO 4217 currency code, e.g. "USD"; must be the organization's currency. At most 3 characters. */
  currency: string;
};

/** The organization-wide default of a protocol's offering: every value, replacing the current default if any. */
export type OfferingDefaultSetInput = {
  /** Whether patients may book it online themselves. */
  bookableOnline: boolean;
  /** Length of the appointment in minutes, including preparation; 5 to 600. */
  durationMinutes: number;
  /** Whether clinics offer the protocol unless they override it. */
  enabled: boolean;
  /** Price of one session, in the organization's currency. */
  price: MoneyInput;
  /** The protocol (the shared library's or the organization's own, not retired). */
  protocolId: string | number;
};

/** Why an offering mutation failed. */
export type OfferingErrorCode =
  /** The price is not in the organization's currency (`Organization.currency`). */
  | 'CURRENCY_MISMATCH'
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** The organization has no default for the protocol, so a clinic's override must set every value (enabled, price, durationMinutes, bookableOnline); the field names the missing one. */
  | 'NO_DEFAULT'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** A value of an offering that a clinic may override, or clear to inherit the organization-wide default again. */
export type OfferingField =
  /** `bookableOnline`: whether patients may book it online. */
  | 'BOOKABLE_ONLINE'
  /** `durationMinutes`: length of the appointment. */
  | 'DURATION_MINUTES'
  /** `enabled`: whether the clinic offers the protocol. */
  | 'ENABLED'
  /** `price`: amount and currency. */
  | 'PRICE';

/** Narrows a clinic's offerings; all given conditions must hold. */
export type OfferingFilter = {
  /** Only offerings that can (true) or cannot (false) be booked online. */
  bookableOnline?: boolean | null | undefined;
  /** Only enabled (true) or disabled (false) offerings; both when omitted. */
  enabled?: boolean | null | undefined;
};

/** One clinic's override of a protocol's offering. Values not given keep their current override or inherit the default. */
export type OfferingSetInput = {
  /** Override online booking; omitted or null leaves it as it is. */
  bookableOnline?: boolean | null | undefined;
  /** Overridden values to clear, so they fall back to the organization-wide default; clearing every value removes the override. A field may not be both set and cleared. */
  clear?: Array<OfferingField> | null | undefined;
  /** The clinic. */
  clinicId: string | number;
  /** Override the appointment length in minutes (5 to 600); omitted or null leaves it as it is. */
  durationMinutes?: number | null | undefined;
  /** Override whether the clinic offers the protocol; omitted or null leaves it as it is. */
  enabled?: boolean | null | undefined;
  /** Override the price (organization's currency, amount at least 0); omitted or null leaves it as it is. */
  price?: MoneyInput | null | undefined;
  /** The protocol (the shared library's or the organization's own, not retired). */
  protocolId: string | number;
};

/** The same override of a protocol's offering for several clinics at once; give `clinicIds` or `allClinics: true`, not both. */
export type OfferingsBulkSetInput = {
  /** True for every clinic of the organization (deactivated ones included); for CLINIC_MANAGER every clinic they manage. */
  allClinics?: boolean | null | undefined;
  /** Override online booking; omitted or null leaves it as it is. */
  bookableOnline?: boolean | null | undefined;
  /** Overridden values to clear, so they fall back to the organization-wide default; clearing every value removes the override. A field may not be both set and cleared. */
  clear?: Array<OfferingField> | null | undefined;
  /** The clinics (at least one; duplicates count once). */
  clinicIds?: Array<string | number> | null | undefined;
  /** Override the appointment length in minutes (5 to 600); omitted or null leaves it as it is. */
  durationMinutes?: number | null | undefined;
  /** Override whether the clinic offers the protocol; omitted or null leaves it as it is. */
  enabled?: boolean | null | undefined;
  /** Override the price (organization's currency, amount at least 0); omitted or null leaves it as it is. */
  price?: MoneyInput | null | undefined;
  /** The protocol (the shared library's or the organization's own, not retired). */
  protocolId: string | number;
};

/** One opening interval, in the clinic's local time. */
export type OpeningHoursInput = {
  /** Closing time, "HH:MM" (24-hour), after `opens`. At most 8 characters. */
  closes: string;
  /** The day. */
  dayOfWeek: DayOfWeek;
  /** Opening time, "HH:MM" (24-hour). At most 8 characters. */
  opens: string;
};

/** A new organization (clinic chain) and its first ORG_ADMIN. */
export type OrganizationCreateInput = {
  /** Clinical settings; defaults apply where omitted. */
  clinicalSettings?: ClinicalSettingsInput | null | undefined;
  /** ISO 4217 currency of all its prices, e.g. "GBP". Cannot be changed later. At most 3 characters. */
  currency: string;
  /** IANA time zone used when a clinic does not say otherwise. At most 64 characters. */
  defaultTimeZone: string;
  /** Token subject of the person who becomes the organization's first ORG_ADMIN. At most 255 characters. */
  firstAdminSubject: string;
  /** Display name. At most 200 characters. */
  name: string;
  /** URL-safe unique name (lowercase letters, digits, dashes). At most 80 characters. */
  slug: string;
};

/** Why an organization mutation failed. */
export type OrganizationErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** Not an ISO 4217 currency code such as "USD". */
  | 'INVALID_CURRENCY'
  /** Not an IANA time zone such as "Europe/London". */
  | 'INVALID_TIME_ZONE'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN';

/** Changes to an organization; omitted fields stay as they are. */
export type OrganizationUpdateInput = {
  /** New clinical settings. */
  clinicalSettings?: ClinicalSettingsInput | null | undefined;
  /** New default IANA time zone. At most 64 characters. */
  defaultTimeZone?: string | null | undefined;
  /** The organization. */
  id: string | number;
  /** New display name. At most 200 characters. */
  name?: string | null | undefined;
};

/** What outcome analytics groups courses by. */
export type OutcomeAnalyticsDimension =
  /** The course's clinic. */
  | 'CLINIC'
  /** The month the course started, in the clinic's time zone (YYYY-MM). */
  | 'MONTH'
  /** The course's lead practitioner (by id only). */
  | 'PRACTITIONER'
  /** The course's protocol. */
  | 'PROTOCOL'
  /** The patient's Fitzpatrick skin type (null: not recorded). */
  | 'SKIN_TYPE';

/** Which courses outcome analytics counts; every criterion given must hold (lists: any of their values). */
export type OutcomeAnalyticsFilter = {
  /** Courses at these clinics. */
  clinicIds?: Array<string | number> | null | undefined;
  /** Courses targeting one of these concerns. */
  concerns?: Array<SkinConcern> | null | undefined;
  /** Courses led by these practitioners. */
  practitionerIds?: Array<string | number> | null | undefined;
  /** Courses of these protocols. */
  protocolIds?: Array<string | number> | null | undefined;
  /** Courses of patients of these Fitzpatrick skin types. */
  skinTypes?: Array<FitzpatrickType> | null | undefined;
  /** Courses started before this instant. */
  startedBefore?: string | null | undefined;
  /** Courses started at or after this instant. */
  startedFrom?: string | null | undefined;
  /** Courses of protocols that include one of these treatments. */
  treatmentIds?: Array<string | number> | null | undefined;
};

/** The area a measurement or photo concerns. */
export type OutcomeArea =
  /** Abdomen (e.g. stretch marks). */
  | 'ABDOMEN'
  /** Around the eyes. */
  | 'AROUND_EYES'
  /** Cheeks. */
  | 'CHEEKS'
  /** Chin and jawline. */
  | 'CHIN'
  /** Décolletage. */
  | 'DECOLLETAGE'
  /** The whole face. */
  | 'FACE'
  /** Forehead. */
  | 'FOREHEAD'
  /** Backs of the hands. */
  | 'HANDS'
  /** Neck. */
  | 'NECK'
  /** Nose. */
  | 'NOSE'
  /** Another area. */
  | 'OTHER'
  /** Scalp. */
  | 'SCALP'
  /** Thighs (e.g. stretch marks). */
  | 'THIGHS';

/** Who assessed a measurement. */
export type OutcomeAssessor =
  /** A practitioner (named on the measurement). */
  | 'CLINICIAN'
  /** The patient (patient-reported scales). */
  | 'PATIENT';

/** Why an outcome, adverse event or photo mutation failed. */
export type OutcomeErrorCode =
  /** This course (baseline) or session already has a value of this scale, area and assessor. */
  | 'ALREADY_RECORDED'
  /** The scale has no baseline (GAIS rates change itself; pain rates a session). */
  | 'BASELINE_NOT_APPLICABLE'
  /** A baseline is assessed before the first treated session of the course. */
  | 'BASELINE_TOO_LATE'
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A follow-up on a baseline scale needs the baseline of the same course, scale, area and assessor first. */
  | 'NO_BASELINE'
  /** The patient had no photo consent in force when the photo was taken. */
  | 'NO_PHOTO_CONSENT'
  /** The value lies outside the scale's range, or is not a whole number where the scale needs one. */
  | 'OUT_OF_RANGE'
  /** The scale does not measure any of the course's target concerns. */
  | 'SCALE_NOT_FOR_COURSE'
  /** Follow-ups are recorded after a completed session; adverse events and photos on a session that took place. */
  | 'SESSION_NOT_COMPLETED'
  /** A value that must be unique is already in use. */
  | 'TAKEN'
  /** The scale is not assessed by this assessor (e.g. a clinician scale rated by the patient). */
  | 'WRONG_ASSESSOR';

/** A photo's metadata, taken at a session that took place, refused unless the patient's photo consent was in force when it was taken. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics). */
export type OutcomePhotoRecordInput = {
  /** The angle. */
  angle: PhotoAngle;
  /** The area shown. */
  area?: OutcomeArea | null | undefined;
  /** The session. */
  sessionId: string | number;
  /** The object-storage key of the image: letters, digits and . _ / - (starting with a letter or digit), unique in the organization. At most 200 characters. */
  storageKey: string;
  /** When it was taken: not before the session starts, not in the future. */
  takenAt: string;
};

/** A value on a scale for one area of a course: the baseline (no session) or a follow-up after a completed session of the course. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics), or PATIENT (their own courses, patient-reported scales). */
export type OutcomeRecordInput = {
  /** The area assessed. */
  area: OutcomeArea;
  /** When it was assessed; now when omitted. Never in the future. */
  assessedAt?: string | null | undefined;
  /** Who assessed it; PATIENT for a PATIENT request, else CLINICIAN unless the scale is patient-reported only. */
  assessedBy?: OutcomeAssessor | null | undefined;
  /** The course. */
  courseId: string | number;
  /** Remarks. At most 2000 characters. */
  note?: string | null | undefined;
  /** The clinician who assessed it, when an ORG_ADMIN or CLINIC_MANAGER records a clinician assessment (a PRACTITIONER assesses as themselves). */
  practitionerId?: string | number | null | undefined;
  /** The scale. */
  scale: OutcomeScale;
  /** The scale's version; the scale's usual one when omitted. At most 50 characters. */
  scaleVersion?: string | null | undefined;
  /** The completed session it follows; omit for the baseline. */
  sessionId?: string | number | null | undefined;
  /** The value, within the scale's range (Glogau I-IV as 1-4). */
  value: number;
};

/** A validated outcome scale; values are stored as numbers with the scale and its version. */
export type OutcomeScale =
  /** Dermatology Life Quality Index (0-30); lower is better; measured at baseline and after sessions; an improvement is at least 4; assessed by patient. */
  | 'DLQI'
  /** Global Aesthetic Improvement Scale (1 very much improved ... 4 no change, 5 worse); lower is better; rates the change since the start itself (no baseline; 4 means no change); an improvement is at least 1; assessed by clinician or patient. */
  | 'GAIS'
  /** Glogau photo-ageing type (I-IV as 1-4); lower is better; measured at baseline and after sessions; an improvement is at least 1; assessed by clinician. */
  | 'GLOGAU'
  /** Goodman & Baron qualitative acne scar grade (1-4); lower is better; measured at baseline and after sessions; an improvement is at least 1; assessed by clinician. */
  | 'GOODMAN_BARON_QUALITATIVE'
  /** Goodman & Baron quantitative acne scar score (whole number >= 0); lower is better; measured at baseline and after sessions; an improvement is at least 1; assessed by clinician. */
  | 'GOODMAN_BARON_QUANTITATIVE'
  /** Melasma Area and Severity Index (0-48); lower is better; measured at baseline and after sessions; an improvement is at least 1; assessed by clinician. */
  | 'MASI'
  /** Modified MASI (0-24); lower is better; measured at baseline and after sessions; an improvement is at least 1; assessed by clinician. */
  | 'MMASI'
  /** Pain during the session, visual analogue scale (0-10); lower is better; rates a session (no baseline, no change); an improvement is at least 2; assessed by patient. */
  | 'PAIN_VAS'
  /** Patient's satisfaction with the treated area (0-10, higher is better); higher is better; measured at baseline and after sessions; an improvement is at least 1; assessed by patient. */
  | 'SATISFACTION';

/** Why a patient, screening or consent mutation failed. */
export type PatientErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN'
  /** The treatment has been retired from the catalog: no new consents are recorded for it. */
  | 'TREATMENT_RETIRED';

/** A new patient of the viewer's organization. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK. */
export type PatientRegisterInput = {
  /** Date of birth, "YYYY-MM-DD": not in the future and at most 130 years ago. At most 10 characters. */
  dateOfBirth: string;
  /** E-mail address. At most 254 characters. */
  email?: string | null | undefined;
  /** Family (last) name. At most 200 characters. */
  familyName: string;
  /** Given (first) name. At most 200 characters. */
  givenName: string;
  /** A key of the client's choosing (e.g. a random UUID) that makes retries safe: the same key with the same input within 24 hours answers the first registration again instead of registering the patient twice, also while the first is still running; with a different input it is IDEMPOTENCY_KEY_REUSED. A failed registration keeps no key. See README, "Idempotent retries". At most 128 characters. */
  idempotencyKey?: string | null | undefined;
  /** Phone number in E.164 form, e.g. "+12125550134". At most 16 characters. */
  phone?: string | null | undefined;
  /** The clinic of the organization the patient usually visits. */
  preferredClinicId?: string | number | null | undefined;
  /** Fitzpatrick skin type (I-VI), when assessed. */
  skinType?: FitzpatrickType | null | undefined;
};

/** Changes to a patient: omitted fields stay as they are; null clears an optional field (email, phone, skinType, preferredClinicId) and leaves a required one as it is. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for their own record (not the skin type, which staff assess). */
export type PatientUpdateInput = {
  /** New date of birth, "YYYY-MM-DD". At most 10 characters. */
  dateOfBirth?: string | null | undefined;
  /** New e-mail address; null removes it. At most 254 characters. */
  email?: string | null | undefined;
  /** New family (last) name. At most 200 characters. */
  familyName?: string | null | undefined;
  /** New given (first) name. At most 200 characters. */
  givenName?: string | null | undefined;
  /** The patient to change. */
  id: string | number;
  /** New phone number (E.164); null removes it. At most 16 characters. */
  phone?: string | null | undefined;
  /** New preferred clinic; null removes it. */
  preferredClinicId?: string | number | null | undefined;
  /** New Fitzpatrick skin type; null removes it. Staff only. */
  skinType?: FitzpatrickType | null | undefined;
};

/** The angle a photo was taken from. */
export type PhotoAngle =
  /** Close-up of a lesion or area. */
  | 'CLOSE_UP'
  /** Frontal. */
  | 'FRONT'
  /** Left oblique (45 degrees). */
  | 'LEFT_45'
  /** Left profile. */
  | 'LEFT_90'
  /** Another angle. */
  | 'OTHER'
  /** Right oblique (45 degrees). */
  | 'RIGHT_45'
  /** Right profile. */
  | 'RIGHT_90';

/** A practitioner and a clinic of the viewer's organization. */
export type PractitionerClinicInput = {
  /** The clinic. */
  clinicId: string | number;
  /** The practitioner. */
  practitionerId: string | number;
};

/** A new practitioner of the viewer's organization. */
export type PractitionerCreateInput = {
  /** Short biography for patients. At most 2000 characters. */
  bio?: string | null | undefined;
  /** Clinics of the organization the practitioner works at; none when omitted. */
  clinicIds?: Array<string | number> | null | undefined;
  /** Post-nominal credentials and licences, e.g. ["MD", "FAAD"]; none when omitted. Each at most 50 characters. */
  credentials?: Array<string> | null | undefined;
  /** Family (last) name. At most 200 characters. */
  familyName: string;
  /** Given (first) name. At most 200 characters. */
  givenName: string;
  /** Profession, e.g. "Dermatologist", "Aesthetic nurse", "Licensed esthetician". At most 200 characters. */
  profession: string;
  /** URL-safe name, unique within the organization (lowercase letters, digits, dashes). At most 80 characters. */
  slug: string;
  /** Honorific, e.g. "Dr." At most 50 characters. */
  title?: string | null | undefined;
};

/** Why a practitioner or qualification mutation failed. */
export type PractitionerErrorCode =
  /** The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A value is malformed or out of range, including an id that is not an id of the expected type. */
  | 'INVALID'
  /** You can see the object, but your role (or your clinics) may not make this change. */
  | 'NOT_ALLOWED'
  /** A referenced object does not exist or is not visible to you (objects of other organizations are never visible). */
  | 'NOT_FOUND'
  /** A value that must be unique is already in use. */
  | 'TAKEN'
  /** The treatment has been retired from the catalog: no new qualifications are granted for it. */
  | 'TREATMENT_RETIRED';

/** Narrows a list of practitioners; all given conditions must hold. */
export type PractitionerFilter = {
  /** Only active (true) or former (false) practitioners; both when omitted. */
  active?: boolean | null | undefined;
  /** Only practitioners working at this clinic. */
  clinicId?: string | number | null | undefined;
  /** Case-insensitive text contained in the name. At most 200 characters. */
  name?: string | null | undefined;
  /** Only practitioners of this organization. */
  organizationId?: string | number | null | undefined;
  /** Only practitioners with a valid (unrevoked, unexpired) qualification for this treatment. */
  qualifiedForTreatmentId?: string | number | null | undefined;
};

/** Changes to a practitioner: omitted fields stay as they are; null clears an optional field (title, bio) and leaves a required one as it is. */
export type PractitionerUpdateInput = {
  /** New biography. At most 2000 characters. */
  bio?: string | null | undefined;
  /** New credentials (replace all of them; an empty list removes them). Each at most 50 characters. */
  credentials?: Array<string> | null | undefined;
  /** New family (last) name. At most 200 characters. */
  familyName?: string | null | undefined;
  /** New given (first) name. At most 200 characters. */
  givenName?: string | null | undefined;
  /** The practitioner to change. */
  id: string | number;
  /** New profession. At most 200 characters. */
  profession?: string | null | undefined;
  /** New slug, unique within the organization. At most 80 characters. */
  slug?: string | null | undefined;
  /** New honorific. At most 50 characters. */
  title?: string | null | undefined;
};

/** An aesthetic procedure the patient had before. */
export type PreviousProcedureInput = {
  /** Day it was done, "YYYY-MM-DD", not after the screening. At most 10 characters. */
  performedOn: string;
  /** What was done, e.g. "chemical peel". At most 200 characters. */
  procedure: string;
};

/** One step of the procedure as the patient experiences it; its position is its place in the list. */
export type ProcedureStepInput = {
  /** What is done in this step. At most 2000 characters. */
  description: string;
  /** Name of the step, e.g. "Preparation". At most 200 characters. */
  name: string;
};

/** A product applied. */
export type ProductUseInput = {
  /** Lot number. At most 50 characters. */
  lotNumber?: string | null | undefined;
  /** Product name. At most 200 characters. */
  name: string;
};

/** A new protocol of the viewer's organization. */
export type ProtocolCreateInput = {
  /** Concerns the protocol targets, each once. */
  concerns?: Array<SkinConcern> | null | undefined;
  /** The course plan: session count range and days between sessions. */
  courseTemplate: CourseTemplateInput;
  /** How the steps are scheduled. */
  kind: ProtocolKind;
  /** Display name. At most 200 characters. */
  name: string;
  /** URL-safe name, unique among the organization's protocols, retired ones included. It may equal a library slug: `protocol(slug:)` then finds the organization's own entry. At most 80 characters. */
  slug: string;
  /** The components, in order: one for SINGLE, at least two otherwise. */
  steps: Array<ProtocolStepInput>;
  /** What the protocol is for. At most 2000 characters. */
  summary: string;
};

/** Narrows a list of protocols; all given conditions must hold. */
export type ProtocolFilter = {
  /** Only protocols that target this concern. */
  concern?: SkinConcern | null | undefined;
  /** Only protocols of this kind. */
  kind?: ProtocolKind | null | undefined;
  /** Only protocols that include this treatment (global id). */
  treatmentId?: string | number | null | undefined;
  /** Only protocols that include the treatment with this slug. At most 80 characters. */
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

/** The protocol to retire. */
export type ProtocolRetireInput = {
  /** The protocol (one of the organization's own). */
  id: string | number;
};

/** One component of a protocol; its position is its place in the list. */
export type ProtocolStepInput = {
  /** ALTERNATING only (required there, not below the minimum): days after the previous component beyond which this step is late. */
  maxDaysAfterPrevious?: number | null | undefined;
  /** ALTERNATING only (required there, at least 1): minimum days after the previous component. Omit for SINGLE and SAME_VISIT. */
  minDaysAfterPrevious?: number | null | undefined;
  /** Clinical note for this step. At most 2000 characters. */
  note?: string | null | undefined;
  /** The treatment performed: from the shared library or the organization's own, not retired. */
  treatmentId: string | number;
};

/** Changes to one of the organization's own protocols; omitted fields stay as they are. */
export type ProtocolUpdateInput = {
  /** New concerns (replace all of them). */
  concerns?: Array<SkinConcern> | null | undefined;
  /** New course plan (replaces it whole). */
  courseTemplate?: CourseTemplateInput | null | undefined;
  /** The protocol to change. */
  id: string | number;
  /** New kind; the steps (given or current) must fit it. */
  kind?: ProtocolKind | null | undefined;
  /** New display name. At most 200 characters. */
  name?: string | null | undefined;
  /** New slug, unique among the organization's protocols. At most 80 characters. */
  slug?: string | null | undefined;
  /** New steps, in order (replace all of them; the steps get new ids). */
  steps?: Array<ProtocolStepInput> | null | undefined;
  /** New summary. At most 2000 characters. */
  summary?: string | null | undefined;
};

/** A qualification to grant a practitioner for one treatment. */
export type QualificationGrantInput = {
  /** Last day the qualification is valid, "YYYY-MM-DD", not before `grantedOn`; omitted when it does not expire. At most 10 characters. */
  expiresOn?: string | null | undefined;
  /** Day the qualification was obtained, "YYYY-MM-DD"; not in the future (judged in UTC+14, the earliest time zone, so that no clinic's today is refused). At most 10 characters. */
  grantedOn: string;
  /** The practitioner of the viewer's organization. */
  practitionerId: string | number;
  /** The treatment: one of the shared library or of the viewer's organization, not retired. */
  treatmentId: string | number;
};

/** The qualification to revoke. */
export type QualificationRevokeInput = {
  /** The qualification. */
  id: string | number;
};

/** An expected after-effect and how long it usually lasts. */
export type RecoveryEffectInput = {
  /** Usual duration in days (0 or more). */
  days: IntRangeInput;
  /** The effect, e.g. "Redness". At most 200 characters. */
  effect: string;
};

/** Downtime and recovery after a session. */
export type RecoveryInput = {
  /** Expected after-effects and how long they last; none when omitted. */
  effects?: Array<RecoveryEffectInput> | null | undefined;
  /** Days within which the skin has fully recovered; not below `normalActivitiesWithinDays.min`. */
  fullRecoveryWithinDays: number;
  /** Days until most patients resume normal activities (0 or more). */
  normalActivitiesWithinDays: IntRangeInput;
  /** Downtime in one sentence. At most 2000 characters. */
  summary: string;
};

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

/** The contraindication questionnaire's answers: every question is answered. */
export type ScreeningAnswersInput = {
  /** Active acne. */
  activeAcne: boolean;
  /** Active infection (bacterial, viral, fungal) at or near the treatment site. */
  activeInfectionAtSite: boolean;
  /** Known allergies (e.g. lidocaine); empty when none. At most 50. Each at most 200 characters. */
  allergies: Array<string>;
  /** Takes anticoagulants or antiplatelet medication. */
  anticoagulants: boolean;
  /** Bleeding or platelet disorder. */
  bleedingOrPlateletDisorder: boolean;
  /** History of herpes simplex (cold sores) at or near the site. */
  herpesHistory: boolean;
  /** Immunosuppression (disease or medication). */
  immunosuppression: boolean;
  /** Day of the last isotretinoin dose; null when never taken. "YYYY-MM-DD", not after the screening. At most 10 characters. */
  isotretinoinLastDoseOn?: string | null | undefined;
  /** Tendency to form keloid or hypertrophic scars. */
  keloidTendency: boolean;
  /** Current medications; empty when none. At most 50. Each at most 200 characters. */
  medications: Array<string>;
  /** Pregnant or breastfeeding. */
  pregnantOrBreastfeeding: boolean;
  /** Previous aesthetic procedures, with their dates; empty when none. At most 50. */
  previousProcedures: Array<PreviousProcedureInput>;
  /** Recent sunburn or tanning of the area. */
  recentSunburnOrTanning: boolean;
  /** Day topical retinoids or acids (AHA/BHA) were last used; null when none. "YYYY-MM-DD", not after the screening. At most 10 characters. */
  retinoidOrAcidLastUsedOn?: string | null | undefined;
};

/** A dated screening questionnaire of a patient. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER or FRONT_DESK, or PATIENT for themselves. */
export type ScreeningRecordInput = {
  /** The answers. */
  answers: ScreeningAnswersInput;
  /** The patient. */
  patientId: string | number;
  /** Day the patient answered, "YYYY-MM-DD": not in the future nor before their birth. At most 10 characters. */
  screenedOn: string;
};

/** A session to book. Requires ORG_ADMIN, CLINIC_MANAGER, PRACTITIONER, FRONT_DESK (their clinics) or PATIENT (their own courses). */
export type SessionBookInput = {
  /** The course. */
  courseId: string | number;
  /** A key of the client's choosing: repeating the booking with the same key and input within 24 hours returns the first result instead of booking twice; the same key with other input is IDEMPOTENCY_KEY_REUSED. At most 128 characters. */
  idempotencyKey?: string | null | undefined;
  /** The practitioner: qualified on that day for every treatment of the protocol, working then at the clinic. */
  practitionerId: string | number;
  /** Start; the end is the start plus the offering's duration. */
  startsAt: string;
};

/** Cancels a session; its time becomes free. Same roles as `sessionBook`. */
export type SessionCancelInput = {
  /** Why. At most 2000 characters. */
  reason: string;
  /** The session. */
  sessionId: string | number;
};

/** Completes a checked-in session with its record. Requires ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER (their clinics). */
export type SessionCompleteInput = {
  /** Adverse events (at most 20). */
  adverseEvents?: Array<AdverseEventInput> | null | undefined;
  /** Areas treated (at least one, at most 10). */
  areas: Array<TreatedAreaInput>;
  /** Device used. At most 200 characters. */
  device?: string | null | undefined;
  /** Notes. At most 2000 characters. */
  notes?: string | null | undefined;
  /** Whether numbing cream was applied. */
  numbingApplied: boolean;
  /** Minutes the numbing cream stayed on (1-120), when applied. */
  numbingMinutes?: number | null | undefined;
  /** Products applied, with lot numbers (at most 20). */
  products?: Array<ProductUseInput> | null | undefined;
  /** The session. */
  sessionId: string | number;
};

/** A session, by id. */
export type SessionRefInput = {
  /** The session. */
  sessionId: string | number;
};

/** Moves a scheduled session. Same roles as `sessionBook`. */
export type SessionRescheduleInput = {
  /** Another practitioner; the same when omitted. */
  practitionerId?: string | number | null | undefined;
  /** The session. */
  sessionId: string | number;
  /** The new start. */
  startsAt: string;
};

/** Where a session stands: SCHEDULED -> CHECKED_IN -> COMPLETED; SCHEDULED -> CANCELLED or NO_SHOW; CHECKED_IN -> CANCELLED. */
export type SessionStatus =
  /** Cancelled; its time is free again. */
  | 'CANCELLED'
  /** The patient has arrived. */
  | 'CHECKED_IN'
  /** Treated; the record and aftercare plan are set. */
  | 'COMPLETED'
  /** The patient did not come; its time stays taken. */
  | 'NO_SHOW'
  /** Booked. */
  | 'SCHEDULED';

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

/** Suitability of a treatment for one Fitzpatrick skin type. */
export type SkinTypeAssessmentInput = {
  /** The reason; required for CAUTION and NOT_RECOMMENDED. At most 2000 characters. */
  note?: string | null | undefined;
  /** The skin type (each at most once per treatment). */
  skinType: FitzpatrickType;
  /** How suitable the treatment is. */
  suitability: SkinTypeSuitability;
};

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

/** An area treated and its needle depth. */
export type TreatedAreaInput = {
  /** The area. */
  area: TreatmentArea;
  /** Needle depth in mm: 0.25-3.0, and within the area's range unless a note says why. */
  needleDepthMm?: number | null | undefined;
  /** Why the depth lies outside the area's range, or other remarks. At most 2000 characters. */
  note?: string | null | undefined;
};

/** An area treated in a session; each has a needle-depth range (mm). */
export type TreatmentArea =
  /** Acne scars: 1.0-2.0 mm. */
  | 'ACNE_SCARS'
  /** Around the eyes: 0.25-0.5 mm. */
  | 'AROUND_EYES'
  /** Cheeks: 0.5-2.0 mm. */
  | 'CHEEKS'
  /** Forehead: 0.25-0.75 mm. */
  | 'FOREHEAD'
  /** Stretch marks: 1.5-2.0 mm. */
  | 'STRETCH_MARKS';

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

/** A new treatment of the viewer's organization. Omitted content lists are empty. */
export type TreatmentCreateInput = {
  /** Aftercare instructions. */
  aftercare?: Array<AftercareInstructionInput> | null | undefined;
  /** Other names, each once. Each at most 200 characters. */
  aliases?: Array<string> | null | undefined;
  /** Benefits, one per concern. */
  benefits?: Array<BenefitInput> | null | undefined;
  /** The family of the treatment. */
  category: TreatmentCategory;
  /** Pain and pain relief. */
  comfort: ComfortInput;
  /** Skin concerns the treatment addresses, each once. */
  concerns?: Array<SkinConcern> | null | undefined;
  /** Conditions that block the treatment or require clearance first. */
  contraindications?: Array<ContraindicationRuleInput> | null | undefined;
  /** What the treatment is and why patients choose it. At most 20000 characters. */
  description: string;
  /** How long a session takes. */
  duration: TreatmentDurationInput;
  /** Frequently asked questions with answers. */
  faq?: Array<FaqEntryInput> | null | undefined;
  /** How far the treatment enters the body. */
  invasiveness: Invasiveness;
  /** Day the content was last medically reviewed, "YYYY-MM-DD", not in the future. At most 10 characters. */
  lastReviewedOn?: string | null | undefined;
  /** How the treatment works. */
  mechanisms?: Array<MechanismInput> | null | undefined;
  /** Name of the clinician who medically reviewed the content. At most 200 characters. */
  medicallyReviewedBy?: string | null | undefined;
  /** Display name. At most 200 characters. */
  name: string;
  /** What happens during a session, in order. */
  procedureSteps?: Array<ProcedureStepInput> | null | undefined;
  /** Downtime and recovery. */
  recovery: RecoveryInput;
  /** Safety statement for patients. At most 2000 characters. */
  safetyNote?: string | null | undefined;
  /** Suitability for Fitzpatrick skin types. */
  skinTypes?: Array<SkinTypeAssessmentInput> | null | undefined;
  /** URL-safe name, unique among the organization's treatments, retired ones included (lowercase letters, digits, dashes). It may equal a library slug: `treatment(slug:)` then finds the organization's own entry. At most 80 characters. */
  slug: string;
  /** One-sentence summary. At most 2000 characters. */
  summary: string;
  /** The course usually recommended. */
  typicalCourse?: CourseTemplateInput | null | undefined;
};

/** How long one treatment session takes. */
export type TreatmentDurationInput = {
  /** Longest usual duration, in minutes (not below `minMinutes`, at most 1440). */
  maxMinutes: number;
  /** Shortest usual duration, in minutes (at least 1). */
  minMinutes: number;
  /** What the duration depends on, e.g. the area treated. At most 2000 characters. */
  note?: string | null | undefined;
};

/** Narrows a list of treatments; all given conditions must hold. */
export type TreatmentFilter = {
  /** Only treatments of this family. */
  category?: TreatmentCategory | null | undefined;
  /** Only treatments that address this concern. */
  concern?: SkinConcern | null | undefined;
  /** Only treatments possible for this skin type (SUITABLE or CAUTION; check `skinTypes` for the reason of a caution). */
  fitzpatrickType?: FitzpatrickType | null | undefined;
  /** Text search over name, aliases, summary and description (words or a partial name). At most 200 characters. */
  search?: string | null | undefined;
};

/** The treatment to retire. */
export type TreatmentRetireInput = {
  /** The treatment (one of the organization's own). */
  id: string | number;
};

/** Changes to one of the organization's own treatments: omitted fields stay as they are, given lists replace the whole list, and null clears an optional field (safetyNote, typicalCourse, medicallyReviewedBy, lastReviewedOn). */
export type TreatmentUpdateInput = {
  /** New aftercare instructions (replace all of them). */
  aftercare?: Array<AftercareInstructionInput> | null | undefined;
  /** New other names (replace all of them). Each at most 200 characters. */
  aliases?: Array<string> | null | undefined;
  /** New benefits (replace all of them). */
  benefits?: Array<BenefitInput> | null | undefined;
  /** New family. */
  category?: TreatmentCategory | null | undefined;
  /** New comfort (replaces it whole). */
  comfort?: ComfortInput | null | undefined;
  /** New concerns (replace all of them). */
  concerns?: Array<SkinConcern> | null | undefined;
  /** New contraindications (replace all of them). */
  contraindications?: Array<ContraindicationRuleInput> | null | undefined;
  /** New description. At most 20000 characters. */
  description?: string | null | undefined;
  /** New session duration (replaces the whole duration). */
  duration?: TreatmentDurationInput | null | undefined;
  /** New questions and answers (replace all of them). */
  faq?: Array<FaqEntryInput> | null | undefined;
  /** The treatment to change. */
  id: string | number;
  /** New invasiveness. */
  invasiveness?: Invasiveness | null | undefined;
  /** New day of the last medical review, "YYYY-MM-DD", not in the future. At most 10 characters. */
  lastReviewedOn?: string | null | undefined;
  /** New mechanisms (replace all of them). */
  mechanisms?: Array<MechanismInput> | null | undefined;
  /** New medical reviewer. At most 200 characters. */
  medicallyReviewedBy?: string | null | undefined;
  /** New display name. At most 200 characters. */
  name?: string | null | undefined;
  /** New procedure steps, in order (replace all of them). */
  procedureSteps?: Array<ProcedureStepInput> | null | undefined;
  /** New recovery (replaces it whole). */
  recovery?: RecoveryInput | null | undefined;
  /** New safety statement. At most 2000 characters. */
  safetyNote?: string | null | undefined;
  /** New skin type assessments (replace all of them). */
  skinTypes?: Array<SkinTypeAssessmentInput> | null | undefined;
  /** New slug, unique among the organization's treatments. At most 80 characters. */
  slug?: string | null | undefined;
  /** New one-sentence summary. At most 2000 characters. */
  summary?: string | null | undefined;
  /** New typical course (replaces it whole). */
  typicalCourse?: CourseTemplateInput | null | undefined;
};

/** The field of the organization's `ClinicalSettings` that gives a waiting period its length. */
export type WaitingPeriodSetting =
  /** `ClinicalSettings.isotretinoinWashoutMonths`, in months. */
  | 'ISOTRETINOIN_WASHOUT_MONTHS'
  /** `ClinicalSettings.retinoidWashoutDays`, in days. */
  | 'RETINOID_WASHOUT_DAYS';

/** How a waiting period is counted from the date of a screening answer. */
export type WaitingPeriodUnit =
  /** Whole days. */
  | 'DAYS'
  /** Calendar months (the same day of the month, or the month's last day when it has no such day). */
  | 'MONTHS';

/** One working interval, in the clinic's local time. */
export type WorkingHoursInput = {
  /** The day. */
  dayOfWeek: DayOfWeek;
  /** End of work, "HH:MM" (24-hour), after `starts`. At most 8 characters. */
  ends: string;
  /** Start of work, "HH:MM" (24-hour). At most 8 characters. */
  starts: string;
};

/** A practitioner's weekly working hours at one clinic, replacing the ones they had there. */
export type WorkingHoursSetInput = {
  /** The clinic. */
  clinicId: string | number;
  /** The whole week; intervals of one day may not overlap. An empty list removes every working interval at the clinic. At most 50. */
  hours: Array<WorkingHoursInput>;
  /** The practitioner; they must work at the clinic. */
  practitionerId: string | number;
};

export type AdminTreatmentFieldsFragment = { id: string, slug: string, name: string, category: TreatmentCategory, aliases: Array<string>, invasiveness: Invasiveness, summary: string, description: string, concerns: Array<SkinConcern>, safetyNote: string | null, medicallyReviewedBy: string | null, lastReviewedOn: string | null, isLibrary: boolean, duration: { minMinutes: number, maxMinutes: number, note: string | null }, mechanisms: Array<{ name: string, description: string }>, benefits: Array<{ concern: SkinConcern, description: string, note: string | null }>, procedureSteps: Array<{ position: number, name: string, description: string }>, recovery: { summary: string, fullRecoveryWithinDays: number, effects: Array<{ effect: string, days: { min: number, max: number } }>, normalActivitiesWithinDays: { min: number, max: number } }, comfort: { discomfort: DiscomfortLevel, painRelief: string | null, note: string }, skinTypes: Array<{ skinType: FitzpatrickType, suitability: SkinTypeSuitability, note: string | null }>, contraindications: Array<{ condition: Contraindication, severity: ContraindicationSeverity, advice: string }>, typicalCourse: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } } | null, aftercare: Array<{ instruction: string, note: string | null, hours: { min: number, max: number } }>, faq: Array<{ question: string, answer: string }> };

export type AdminProtocolFieldsFragment = { id: string, slug: string, name: string, summary: string, kind: ProtocolKind, concerns: Array<SkinConcern>, isLibrary: boolean, courseTemplate: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } }, steps: Array<{ id: string, position: number, minDaysAfterPrevious: number | null, maxDaysAfterPrevious: number | null, note: string | null, treatment: { id: string, slug: string, isLibrary: boolean } }> };

export type TreatmentCreateMutationVariables = Exact<{
  input: TreatmentCreateInput;
}>;


export type TreatmentCreateMutation = { treatmentCreate: { treatment: { id: string, slug: string, name: string, category: TreatmentCategory, aliases: Array<string>, invasiveness: Invasiveness, summary: string, description: string, concerns: Array<SkinConcern>, safetyNote: string | null, medicallyReviewedBy: string | null, lastReviewedOn: string | null, isLibrary: boolean, duration: { minMinutes: number, maxMinutes: number, note: string | null }, mechanisms: Array<{ name: string, description: string }>, benefits: Array<{ concern: SkinConcern, description: string, note: string | null }>, procedureSteps: Array<{ position: number, name: string, description: string }>, recovery: { summary: string, fullRecoveryWithinDays: number, effects: Array<{ effect: string, days: { min: number, max: number } }>, normalActivitiesWithinDays: { min: number, max: number } }, comfort: { discomfort: DiscomfortLevel, painRelief: string | null, note: string }, skinTypes: Array<{ skinType: FitzpatrickType, suitability: SkinTypeSuitability, note: string | null }>, contraindications: Array<{ condition: Contraindication, severity: ContraindicationSeverity, advice: string }>, typicalCourse: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } } | null, aftercare: Array<{ instruction: string, note: string | null, hours: { min: number, max: number } }>, faq: Array<{ question: string, answer: string }> } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type TreatmentUpdateMutationVariables = Exact<{
  input: TreatmentUpdateInput;
}>;


export type TreatmentUpdateMutation = { treatmentUpdate: { treatment: { id: string, slug: string, name: string, category: TreatmentCategory, aliases: Array<string>, invasiveness: Invasiveness, summary: string, description: string, concerns: Array<SkinConcern>, safetyNote: string | null, medicallyReviewedBy: string | null, lastReviewedOn: string | null, isLibrary: boolean, duration: { minMinutes: number, maxMinutes: number, note: string | null }, mechanisms: Array<{ name: string, description: string }>, benefits: Array<{ concern: SkinConcern, description: string, note: string | null }>, procedureSteps: Array<{ position: number, name: string, description: string }>, recovery: { summary: string, fullRecoveryWithinDays: number, effects: Array<{ effect: string, days: { min: number, max: number } }>, normalActivitiesWithinDays: { min: number, max: number } }, comfort: { discomfort: DiscomfortLevel, painRelief: string | null, note: string }, skinTypes: Array<{ skinType: FitzpatrickType, suitability: SkinTypeSuitability, note: string | null }>, contraindications: Array<{ condition: Contraindication, severity: ContraindicationSeverity, advice: string }>, typicalCourse: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } } | null, aftercare: Array<{ instruction: string, note: string | null, hours: { min: number, max: number } }>, faq: Array<{ question: string, answer: string }> } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type TreatmentRetireMutationVariables = Exact<{
  input: TreatmentRetireInput;
}>;


export type TreatmentRetireMutation = { treatmentRetire: { treatment: { id: string, slug: string } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type ProtocolCreateMutationVariables = Exact<{
  input: ProtocolCreateInput;
}>;


export type ProtocolCreateMutation = { protocolCreate: { protocol: { id: string, slug: string, name: string, summary: string, kind: ProtocolKind, concerns: Array<SkinConcern>, isLibrary: boolean, courseTemplate: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } }, steps: Array<{ id: string, position: number, minDaysAfterPrevious: number | null, maxDaysAfterPrevious: number | null, note: string | null, treatment: { id: string, slug: string, isLibrary: boolean } }> } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type ProtocolUpdateMutationVariables = Exact<{
  input: ProtocolUpdateInput;
}>;


export type ProtocolUpdateMutation = { protocolUpdate: { protocol: { id: string, slug: string, name: string, summary: string, kind: ProtocolKind, concerns: Array<SkinConcern>, isLibrary: boolean, courseTemplate: { note: string | null, sessionCount: { min: number, max: number }, intervalDays: { min: number, max: number } }, steps: Array<{ id: string, position: number, minDaysAfterPrevious: number | null, maxDaysAfterPrevious: number | null, note: string | null, treatment: { id: string, slug: string, isLibrary: boolean } }> } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type ProtocolRetireMutationVariables = Exact<{
  input: ProtocolRetireInput;
}>;


export type ProtocolRetireMutation = { protocolRetire: { protocol: { id: string, slug: string } | null, userErrors: Array<{ code: CatalogErrorCode, field: Array<string> | null, message: string }> } };

export type AdminTreatmentByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminTreatmentByIdQuery = { treatment: { id: string, slug: string, name: string, isLibrary: boolean } | null };

export type AdminProtocolByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProtocolByIdQuery = { protocol: { id: string, slug: string, name: string, isLibrary: boolean } | null };

export type AdminCatalogSlugsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCatalogSlugsQuery = { treatments: { edges: Array<{ node: { id: string, slug: string, isLibrary: boolean } }> }, protocols: { edges: Array<{ node: { id: string, slug: string, isLibrary: boolean } }> } };

export type ClinicCreateMutationVariables = Exact<{
  input: ClinicCreateInput;
}>;


export type ClinicCreateMutation = { clinicCreate: { clinic: { id: string, slug: string, name: string, timeZone: string, active: boolean, phone: string | null, email: string | null, address: { streetAddress: string, locality: string, region: string | null, postalCode: string | null, countryCode: string }, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }>, organization: { slug: string } } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type ClinicUpdateMutationVariables = Exact<{
  input: ClinicUpdateInput;
}>;


export type ClinicUpdateMutation = { clinicUpdate: { clinic: { id: string, slug: string, name: string, timeZone: string, active: boolean, phone: string | null, email: string | null, address: { locality: string, region: string | null, countryCode: string }, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }> } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type ClinicDeactivateMutationVariables = Exact<{
  input: ClinicDeactivateInput;
}>;


export type ClinicDeactivateMutation = { clinicDeactivate: { clinic: { id: string, active: boolean } | null, userErrors: Array<{ code: ClinicErrorCode, field: Array<string> | null, message: string }> } };

export type OrganizationCreateMutationVariables = Exact<{
  input: OrganizationCreateInput;
}>;


export type OrganizationCreateMutation = { organizationCreate: { organization: { id: string, slug: string, name: string, currency: string, defaultTimeZone: string, clinicalSettings: { isotretinoinWashoutMonths: number, retinoidWashoutDays: number, screeningValidDays: number } } | null, userErrors: Array<{ code: OrganizationErrorCode, field: Array<string> | null, message: string }> } };

export type OrganizationUpdateMutationVariables = Exact<{
  input: OrganizationUpdateInput;
}>;


export type OrganizationUpdateMutation = { organizationUpdate: { organization: { id: string, name: string, defaultTimeZone: string, clinicalSettings: { isotretinoinWashoutMonths: number, retinoidWashoutDays: number, screeningValidDays: number } } | null, userErrors: Array<{ code: OrganizationErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipsQueryVariables = Exact<{
  filter?: MembershipFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembershipsQuery = { memberships: { totalCount: number, edges: Array<{ node: { id: string, subject: string, role: Role, revokedAt: string | null, clinics: Array<{ slug: string }>, practitioner: { slug: string } | null, organization: { slug: string } } }> } };

export type MembershipCreateMutationVariables = Exact<{
  input: MembershipCreateInput;
}>;


export type MembershipCreateMutation = { membershipCreate: { membership: { id: string, subject: string, role: Role, revokedAt: string | null, clinics: Array<{ slug: string }>, practitioner: { slug: string } | null } | null, userErrors: Array<{ code: MembershipErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipUpdateMutationVariables = Exact<{
  input: MembershipUpdateInput;
}>;


export type MembershipUpdateMutation = { membershipUpdate: { membership: { id: string, role: Role, clinics: Array<{ slug: string }> } | null, userErrors: Array<{ code: MembershipErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipRevokeMutationVariables = Exact<{
  input: MembershipRevokeInput;
}>;


export type MembershipRevokeMutation = { membershipRevoke: { membership: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: MembershipErrorCode, field: Array<string> | null, message: string }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { id: string, actorSubject: string, action: string, targetType: string, before: unknown, after: unknown, occurredAt: string } }> } };

export type OfferingAdminFieldsFragment = { id: string, enabled: boolean, durationMinutes: number, bookableOnline: boolean, overridden: boolean, price: { amount: number, currency: string, formatted: string }, clinic: { id: string, slug: string }, protocol: { id: string, slug: string } };

export type OfferingDefaultSetMutationVariables = Exact<{
  input: OfferingDefaultSetInput;
}>;


export type OfferingDefaultSetMutation = { offeringDefaultSet: { offeringDefault: { enabled: boolean, durationMinutes: number, bookableOnline: boolean, price: { amount: number, currency: string, formatted: string }, protocol: { id: string, slug: string } } | null, userErrors: Array<{ code: OfferingErrorCode, field: Array<string> | null, message: string }> } };

export type OfferingSetMutationVariables = Exact<{
  input: OfferingSetInput;
}>;


export type OfferingSetMutation = { offeringSet: { offering: { id: string, enabled: boolean, durationMinutes: number, bookableOnline: boolean, overridden: boolean, price: { amount: number, currency: string, formatted: string }, clinic: { id: string, slug: string }, protocol: { id: string, slug: string } } | null, userErrors: Array<{ code: OfferingErrorCode, field: Array<string> | null, message: string }> } };

export type OfferingsBulkSetMutationVariables = Exact<{
  input: OfferingsBulkSetInput;
}>;


export type OfferingsBulkSetMutation = { offeringsBulkSet: { offerings: Array<{ id: string, enabled: boolean, durationMinutes: number, bookableOnline: boolean, overridden: boolean, price: { amount: number, currency: string, formatted: string }, clinic: { id: string, slug: string }, protocol: { id: string, slug: string } }>, userErrors: Array<{ code: OfferingErrorCode, field: Array<string> | null, message: string }> } };

export type OfferingAdminCatalogQueryVariables = Exact<{
  organizationSlug: string;
}>;


export type OfferingAdminCatalogQuery = { clinics: { edges: Array<{ node: { id: string, slug: string, offerings: { edges: Array<{ node: { id: string, enabled: boolean, durationMinutes: number, bookableOnline: boolean, overridden: boolean, price: { amount: number, currency: string, formatted: string }, clinic: { id: string, slug: string }, protocol: { id: string, slug: string } } }> } } }> } };

export type OfferingAdminProtocolQueryVariables = Exact<{
  slug: string;
}>;


export type OfferingAdminProtocolQuery = { protocol: { id: string, slug: string } | null };

export type OrganizationOfferingDefaultsQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationOfferingDefaultsQuery = { organization: { offeringDefaults: Array<{ enabled: boolean, durationMinutes: number, bookableOnline: boolean, price: { amount: number, currency: string }, protocol: { slug: string } }> | null } | null };

export type PractitionerAdminFieldsFragment = { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> };

export type QualificationAdminFieldsFragment = { id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { id: string, slug: string }, practitioner: { id: string, slug: string } };

export type PractitionerCreateMutationVariables = Exact<{
  input: PractitionerCreateInput;
}>;


export type PractitionerCreateMutation = { practitionerCreate: { practitioner: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type PractitionerUpdateMutationVariables = Exact<{
  input: PractitionerUpdateInput;
}>;


export type PractitionerUpdateMutation = { practitionerUpdate: { practitioner: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type PractitionerAssignClinicMutationVariables = Exact<{
  input: PractitionerClinicInput;
}>;


export type PractitionerAssignClinicMutation = { practitionerAssignClinic: { practitioner: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type PractitionerRemoveClinicMutationVariables = Exact<{
  input: PractitionerClinicInput;
}>;


export type PractitionerRemoveClinicMutation = { practitionerRemoveClinic: { practitioner: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type QualificationGrantMutationVariables = Exact<{
  input: QualificationGrantInput;
}>;


export type QualificationGrantMutation = { qualificationGrant: { qualification: { id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { id: string, slug: string }, practitioner: { id: string, slug: string } } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type QualificationRevokeMutationVariables = Exact<{
  input: QualificationRevokeInput;
}>;


export type QualificationRevokeMutation = { qualificationRevoke: { qualification: { id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { id: string, slug: string }, practitioner: { id: string, slug: string } } | null, userErrors: Array<{ code: PractitionerErrorCode, field: Array<string> | null, message: string }> } };

export type PractitionerAdminListQueryVariables = Exact<{
  filter?: PractitionerFilter | null | undefined;
}>;


export type PractitionerAdminListQuery = { practitioners: { edges: Array<{ node: { id: string, slug: string, title: string | null, givenName: string, familyName: string, displayName: string, profession: string, credentials: Array<string>, bio: string | null, active: boolean, clinics: Array<{ id: string, slug: string }>, qualifications: Array<{ id: string, grantedOn: string, expiresOn: string | null, isValid: boolean, treatment: { slug: string } }> } }> } };

export type PractitionerAdminClinicsQueryVariables = Exact<{
  filter?: ClinicFilter | null | undefined;
}>;


export type PractitionerAdminClinicsQuery = { clinics: { edges: Array<{ node: { id: string, slug: string, practitioners: { edges: Array<{ node: { slug: string } }> } | null } }> } };

export type PractitionerAdminTreatmentQueryVariables = Exact<{
  slug: string;
}>;


export type PractitionerAdminTreatmentQuery = { treatment: { id: string, slug: string, qualifiedPractitioners: { edges: Array<{ node: { slug: string } }> } | null } | null };

export type AvailabilityQueryVariables = Exact<{
  clinicId: string | number;
  protocolId: string | number;
  from: string;
  to: string;
  practitionerId?: string | number | null | undefined;
}>;


export type AvailabilityQuery = { availability: Array<{ startsAt: string, endsAt: string, practitionerId: string }> };

export type AvailabilityWithPractitionersQueryVariables = Exact<{
  clinicId: string | number;
  protocolId: string | number;
  from: string;
  to: string;
}>;


export type AvailabilityWithPractitionersQuery = { availability: Array<{ startsAt: string, practitionerId: string, practitioner: { id: string, slug: string } | null }> };

export type PractitionerCalendarQueryVariables = Exact<{
  id: string | number;
  clinicId: string | number;
  from: string;
  to: string;
}>;


export type PractitionerCalendarQuery = { practitioner: { id: string, workingHours: Array<{ dayOfWeek: DayOfWeek, starts: string, ends: string }>, leave: Array<{ id: string, startsAt: string, endsAt: string, reason: string | null }> } | null };

export type WorkingHoursSetMutationVariables = Exact<{
  input: WorkingHoursSetInput;
}>;


export type WorkingHoursSetMutation = { workingHoursSet: { practitioner: { id: string, slug: string } | null, workingHours: Array<{ dayOfWeek: DayOfWeek, starts: string, ends: string }>, userErrors: Array<{ code: AvailabilityErrorCode, field: Array<string> | null, message: string }> } };

export type LeaveAddMutationVariables = Exact<{
  input: LeaveAddInput;
}>;


export type LeaveAddMutation = { leaveAdd: { leave: { id: string, startsAt: string, endsAt: string, reason: string | null } | null, userErrors: Array<{ code: AvailabilityErrorCode, field: Array<string> | null, message: string }> } };

export type LeaveRemoveMutationVariables = Exact<{
  input: LeaveRemoveInput;
}>;


export type LeaveRemoveMutation = { leaveRemove: { leave: { id: string } | null, userErrors: Array<{ code: AvailabilityErrorCode, field: Array<string> | null, message: string }> } };

export type LeaveOfPractitionerQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type LeaveOfPractitionerQuery = { practitioner: { id: string, leave: Array<{ id: string }> } | null };

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


export type TreatmentQualifiedPractitionersQuery = { treatment: { qualifiedPractitioners: { totalCount: number, edges: Array<{ node: { slug: string, displayName: string } }> } | null } | null };

export type EligibilityQueryVariables = Exact<{
  patientId: string | number;
  protocolId: string | number;
  clinicId: string | number;
  on?: string | null | undefined;
}>;


export type EligibilityQuery = { eligibility: { verdict: EligibilityVerdict, sessionOn: string, reasons: Array<{ code: EligibilityReasonCode, severity: EligibilitySeverity, treatmentSlug: string | null, message: string, advice: string, cleared: boolean, waitEndsOn: string | null, answer: { field: string, value: string | null } | null }> } };

export type ClearanceRecordMutationVariables = Exact<{
  input: ClearanceRecordInput;
}>;


export type ClearanceRecordMutation = { clearanceRecord: { clearance: { id: string, code: EligibilityReasonCode, note: string, practitionerId: string, recordedAt: string } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type CourseStartMutationVariables = Exact<{
  input: CourseStartInput;
}>;


export type CourseStartMutation = { courseStart: { course: { id: string, status: CourseStatus, plannedSessions: number, targetConcerns: Array<SkinConcern>, overrideReason: string | null, leadPractitionerId: string, progress: { completed: number, planned: number, label: string } } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type CourseCancelMutationVariables = Exact<{
  input: CourseCancelInput;
}>;


export type CourseCancelMutation = { courseCancel: { course: { id: string, status: CourseStatus, cancelReason: string | null, cancelledAt: string | null } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type CourseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseByIdQuery = { course: { id: string, status: CourseStatus, plannedSessions: number, progress: { completed: number, planned: number, label: string }, plan: Array<{ number: number, treatmentSlugs: Array<string>, earliestStart: string | null, latestStart: string | null, session: { id: string } | null, deviation: { kind: CourseDeviationKind, number: number | null, sessionId: string | null } | null }>, sessions: Array<{ id: string, startsAt: string, endsAt: string, status: SessionStatus, practitionerId: string }>, deviations: Array<{ kind: CourseDeviationKind, number: number | null, sessionId: string | null }> } | null };

export type CourseSessionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseSessionByIdQuery = { courseSession: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, course: { id: string } } | null };

export type CoursesOfPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type CoursesOfPatientQuery = { patient: { id: string, courses: Array<{ id: string, status: CourseStatus }> } | null };

export type SessionFieldsFragment = { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> };

export type SessionBookMutationVariables = Exact<{
  input: SessionBookInput;
}>;


export type SessionBookMutation = { sessionBook: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type SessionRescheduleMutationVariables = Exact<{
  input: SessionRescheduleInput;
}>;


export type SessionRescheduleMutation = { sessionReschedule: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type SessionCancelMutationVariables = Exact<{
  input: SessionCancelInput;
}>;


export type SessionCancelMutation = { sessionCancel: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type SessionCheckInMutationVariables = Exact<{
  input: SessionRefInput;
}>;


export type SessionCheckInMutation = { sessionCheckIn: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type SessionCompleteMutationVariables = Exact<{
  input: SessionCompleteInput;
}>;


export type SessionCompleteMutation = { sessionComplete: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type SessionNoShowMutationVariables = Exact<{
  input: SessionRefInput;
}>;


export type SessionNoShowMutation = { sessionNoShow: { session: { id: string, status: SessionStatus, startsAt: string, endsAt: string, practitionerId: string, cancelReason: string | null, checkedInAt: string | null, completedAt: string | null, record: { device: string | null, numbingApplied: boolean, numbingMinutes: number | null, notes: string | null, areas: Array<{ area: TreatmentArea, needleDepthMm: number | null, note: string | null }>, products: Array<{ name: string, lotNumber: string | null }>, adverseEvents: Array<{ description: string, severity: string | null }> } | null, aftercare: Array<{ instruction: string, treatmentSlug: string, until: string, untilLocal: string, note: string | null }> } | null, userErrors: Array<{ code: CourseErrorCode, field: Array<string> | null, message: string }> } };

export type ClearanceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ClearanceByIdQuery = { clearance: { id: string, code: EligibilityReasonCode } | null };

export type TreatmentEligibilityRulesQueryVariables = Exact<{
  slug: string;
}>;


export type TreatmentEligibilityRulesQuery = { treatment: { slug: string, eligibilityRules: Array<{ code: EligibilityReasonCode, severity: EligibilitySeverity, screeningFlag: string | null, skinTypes: Array<FitzpatrickType>, message: string, advice: string, waitingPeriod: { since: string, unit: WaitingPeriodUnit, setting: WaitingPeriodSetting } | null }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, role: Role, organization: { slug: string } | null, clinics: Array<{ slug: string }> } };

export type OrganizationLookupQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type OrganizationLookupQuery = { organization: { id: string, slug: string } | null };

export type TreatmentLookupQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type TreatmentLookupQuery = { treatment: { id: string, slug: string } | null };

export type ProtocolLookupQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | number | null | undefined;
}>;


export type ProtocolLookupQuery = { protocol: { id: string, slug: string } | null };

export type AuditEventsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEventsPageQuery = { auditEvents: { edges: Array<{ cursor: string, node: { id: string, action: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganizationCatalogQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationCatalogQuery = { organization: { name: string, clinics: { totalCount: number, edges: Array<{ node: { slug: string, timeZone: string, openingHours: Array<{ dayOfWeek: DayOfWeek, opens: string, closes: string }>, practitioners: { totalCount: number, edges: Array<{ node: { slug: string, qualifications: Array<{ isValid: boolean, treatment: { slug: string } }> } }> } | null, offerings: { totalCount: number, edges: Array<{ node: { enabled: boolean, price: { amount: number, currency: string }, protocol: { slug: string, steps: Array<{ position: number, treatment: { slug: string, qualifiedPractitioners: { totalCount: number, edges: Array<{ node: { slug: string, clinics: Array<{ slug: string }> } }> } | null } }> } } }> } } }> } } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'AdverseEvent', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Clearance', id: string }
    | { __typename: 'Clinic', slug: string, id: string }
    | { __typename: 'Consent', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseSession', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Offering', id: string, price: { amount: number } }
    | { __typename: 'Organization', slug: string, id: string }
    | { __typename: 'OutcomeMeasurement', id: string }
    | { __typename: 'OutcomePhoto', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Practitioner', slug: string, id: string }
    | { __typename: 'PractitionerLeave', id: string }
    | { __typename: 'Protocol', slug: string, id: string }
    | { __typename: 'ProtocolStep', position: number, id: string }
    | { __typename: 'Qualification', expiresOn: string | null, id: string }
    | { __typename: 'Screening', id: string }
    | { __typename: 'Treatment', slug: string, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'AdverseEvent', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Clearance', id: string }
    | { __typename: 'Clinic', id: string }
    | { __typename: 'Consent', id: string }
    | { __typename: 'Course', id: string }
    | { __typename: 'CourseSession', id: string }
    | { __typename: 'Membership', id: string }
    | { __typename: 'Offering', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'OutcomeMeasurement', id: string }
    | { __typename: 'OutcomePhoto', id: string }
    | { __typename: 'Patient', id: string }
    | { __typename: 'Practitioner', id: string }
    | { __typename: 'PractitionerLeave', id: string }
    | { __typename: 'Protocol', id: string }
    | { __typename: 'ProtocolStep', id: string }
    | { __typename: 'Qualification', id: string }
    | { __typename: 'Screening', id: string }
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


export type ClinicPractitionersQuery = { clinic: { practitioners: { totalCount: number, edges: Array<{ node: { slug: string } }> } | null } | null };

export type MeasurementFieldsFragment = { id: string, scale: OutcomeScale, scaleVersion: string, value: number, area: OutcomeArea, assessedBy: OutcomeAssessor, assessedAt: string, baseline: boolean, courseId: string, sessionId: string | null, practitionerId: string | null, note: string | null };

export type OutcomeRecordMutationVariables = Exact<{
  input: OutcomeRecordInput;
}>;


export type OutcomeRecordMutation = { outcomeRecord: { measurement: { id: string, scale: OutcomeScale, scaleVersion: string, value: number, area: OutcomeArea, assessedBy: OutcomeAssessor, assessedAt: string, baseline: boolean, courseId: string, sessionId: string | null, practitionerId: string | null, note: string | null } | null, userErrors: Array<{ code: OutcomeErrorCode, field: Array<string> | null, message: string }> } };

export type AdverseEventRecordMutationVariables = Exact<{
  input: AdverseEventRecordInput;
}>;


export type AdverseEventRecordMutation = { adverseEventRecord: { adverseEvent: { id: string, kind: AdverseEventKind, severity: AdverseEventSeverity, onsetAt: string, resolvedAt: string | null, sessionId: string, session: { id: string } | null } | null, userErrors: Array<{ code: OutcomeErrorCode, field: Array<string> | null, message: string }> } };

export type AdverseEventResolveMutationVariables = Exact<{
  input: AdverseEventResolveInput;
}>;


export type AdverseEventResolveMutation = { adverseEventResolve: { adverseEvent: { id: string, resolvedAt: string | null } | null, userErrors: Array<{ code: OutcomeErrorCode, field: Array<string> | null, message: string }> } };

export type OutcomePhotoRecordMutationVariables = Exact<{
  input: OutcomePhotoRecordInput;
}>;


export type OutcomePhotoRecordMutation = { outcomePhotoRecord: { photo: { id: string, storageKey: string, angle: PhotoAngle, area: OutcomeArea | null, takenAt: string, consentId: string, consentPresent: boolean, sessionId: string } | null, userErrors: Array<{ code: OutcomeErrorCode, field: Array<string> | null, message: string }> } };

export type CourseOutcomesQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseOutcomesQuery = { course: { id: string, outcomeTimeline: Array<{ scale: OutcomeScale, area: OutcomeArea, assessedBy: OutcomeAssessor, latestChange: number | null, baseline: { id: string, value: number } | null, followUps: Array<{ sessionNumber: number | null, change: number | null, improved: boolean | null, measurement: { id: string, value: number, sessionId: string | null } }> }>, outcomeMeasurements: Array<{ id: string }>, adverseEvents: Array<{ id: string, kind: AdverseEventKind, severity: AdverseEventSeverity, resolvedAt: string | null }>, photos: Array<{ id: string, consentPresent: boolean }> } | null };

export type AnalyticsGroupFieldsFragment = { protocolId: string | null, protocolName: string | null, clinicId: string | null, clinicName: string | null, practitionerId: string | null, skinType: FitzpatrickType | null, month: string | null, suppressed: boolean, patients: number | null, coursesStarted: number | null, coursesCompleted: number | null, completedPatients: number | null, completionRate: number | null, meanSessionsPerCompletedCourse: number | null, noShowSessions: number | null, dueSessions: number | null, dueSessionPatients: number | null, noShowRate: number | null, treatedSessions: number | null, treatedPatients: number | null, scales: Array<{ scale: OutcomeScale, suppressed: boolean, observations: number | null, patients: number | null, meanValue: number | null, meanChange: number | null, medianChange: number | null, improvedShare: number | null }>, adverseEvents: Array<{ kind: AdverseEventKind, sessions: number | null, rate: number | null, patients: number | null }> };

export type OutcomeAnalyticsQueryVariables = Exact<{
  groupBy: Array<OutcomeAnalyticsDimension> | OutcomeAnalyticsDimension;
  filter?: OutcomeAnalyticsFilter | null | undefined;
}>;


export type OutcomeAnalyticsQuery = { outcomeAnalytics: { groupBy: Array<OutcomeAnalyticsDimension>, minGroupPatients: number, groups: Array<{ protocolId: string | null, protocolName: string | null, clinicId: string | null, clinicName: string | null, practitionerId: string | null, skinType: FitzpatrickType | null, month: string | null, suppressed: boolean, patients: number | null, coursesStarted: number | null, coursesCompleted: number | null, completedPatients: number | null, completionRate: number | null, meanSessionsPerCompletedCourse: number | null, noShowSessions: number | null, dueSessions: number | null, dueSessionPatients: number | null, noShowRate: number | null, treatedSessions: number | null, treatedPatients: number | null, scales: Array<{ scale: OutcomeScale, suppressed: boolean, observations: number | null, patients: number | null, meanValue: number | null, meanChange: number | null, medianChange: number | null, improvedShare: number | null }>, adverseEvents: Array<{ kind: AdverseEventKind, sessions: number | null, rate: number | null, patients: number | null }> }> } };

export type PatientFieldsFragment = { id: string, givenName: string, familyName: string, displayName: string, dateOfBirth: string, email: string | null, phone: string | null, skinType: FitzpatrickType | null, createdAt: string, updatedAt: string, preferredClinic: { id: string, slug: string } | null };

export type ScreeningFieldsFragment = { id: string, screenedOn: string, recordedAt: string, answers: { activeInfectionAtSite: boolean, activeAcne: boolean, keloidTendency: boolean, immunosuppression: boolean, anticoagulants: boolean, bleedingOrPlateletDisorder: boolean, pregnantOrBreastfeeding: boolean, herpesHistory: boolean, isotretinoinLastDoseOn: string | null, retinoidOrAcidLastUsedOn: string | null, recentSunburnOrTanning: boolean, allergies: Array<string>, medications: Array<string>, previousProcedures: Array<{ procedure: string, performedOn: string }> } };

export type ConsentFieldsFragment = { id: string, kind: ConsentKind, contentVersion: string, signedAt: string, withdrawnAt: string | null, isActive: boolean, treatment: { id: string, slug: string } | null };

export type PatientRegisterMutationVariables = Exact<{
  input: PatientRegisterInput;
}>;


export type PatientRegisterMutation = { patientRegister: { patient: { id: string, givenName: string, familyName: string, displayName: string, dateOfBirth: string, email: string | null, phone: string | null, skinType: FitzpatrickType | null, createdAt: string, updatedAt: string, preferredClinic: { id: string, slug: string } | null } | null, userErrors: Array<{ code: PatientErrorCode, field: Array<string> | null, message: string }> } };

export type PatientUpdateMutationVariables = Exact<{
  input: PatientUpdateInput;
}>;


export type PatientUpdateMutation = { patientUpdate: { patient: { id: string, givenName: string, familyName: string, displayName: string, dateOfBirth: string, email: string | null, phone: string | null, skinType: FitzpatrickType | null, createdAt: string, updatedAt: string, preferredClinic: { id: string, slug: string } | null } | null, userErrors: Array<{ code: PatientErrorCode, field: Array<string> | null, message: string }> } };

export type ScreeningRecordMutationVariables = Exact<{
  input: ScreeningRecordInput;
}>;


export type ScreeningRecordMutation = { screeningRecord: { screening: { id: string, screenedOn: string, recordedAt: string, patient: { id: string }, answers: { activeInfectionAtSite: boolean, activeAcne: boolean, keloidTendency: boolean, immunosuppression: boolean, anticoagulants: boolean, bleedingOrPlateletDisorder: boolean, pregnantOrBreastfeeding: boolean, herpesHistory: boolean, isotretinoinLastDoseOn: string | null, retinoidOrAcidLastUsedOn: string | null, recentSunburnOrTanning: boolean, allergies: Array<string>, medications: Array<string>, previousProcedures: Array<{ procedure: string, performedOn: string }> } } | null, userErrors: Array<{ code: PatientErrorCode, field: Array<string> | null, message: string }> } };

export type ConsentRecordMutationVariables = Exact<{
  input: ConsentRecordInput;
}>;


export type ConsentRecordMutation = { consentRecord: { consent: { id: string, kind: ConsentKind, contentVersion: string, signedAt: string, withdrawnAt: string | null, isActive: boolean, patient: { id: string }, treatment: { id: string, slug: string } | null } | null, userErrors: Array<{ code: PatientErrorCode, field: Array<string> | null, message: string }> } };

export type ConsentWithdrawMutationVariables = Exact<{
  input: ConsentWithdrawInput;
}>;


export type ConsentWithdrawMutation = { consentWithdraw: { consent: { id: string, kind: ConsentKind, contentVersion: string, signedAt: string, withdrawnAt: string | null, isActive: boolean, treatment: { id: string, slug: string } | null } | null, userErrors: Array<{ code: PatientErrorCode, field: Array<string> | null, message: string }> } };

export type PatientByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientByIdQuery = { patient: { id: string, givenName: string, familyName: string, displayName: string, dateOfBirth: string, email: string | null, phone: string | null, skinType: FitzpatrickType | null, createdAt: string, updatedAt: string, preferredClinic: { id: string, slug: string } | null } | null };

export type PatientContactQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientContactQuery = { patient: { id: string, displayName: string, email: string | null, phone: string | null } | null };

export type PatientHealthQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientHealthQuery = { patient: { id: string, skinType: FitzpatrickType | null, screeningValidUntil: string | null, screeningNeedsRenewal: boolean, latestScreening: { id: string, screenedOn: string, recordedAt: string, answers: { activeInfectionAtSite: boolean, activeAcne: boolean, keloidTendency: boolean, immunosuppression: boolean, anticoagulants: boolean, bleedingOrPlateletDisorder: boolean, pregnantOrBreastfeeding: boolean, herpesHistory: boolean, isotretinoinLastDoseOn: string | null, retinoidOrAcidLastUsedOn: string | null, recentSunburnOrTanning: boolean, allergies: Array<string>, medications: Array<string>, previousProcedures: Array<{ procedure: string, performedOn: string }> } } | null, screenings: { totalCount: number, edges: Array<{ node: { id: string, screenedOn: string, recordedAt: string, answers: { activeInfectionAtSite: boolean, activeAcne: boolean, keloidTendency: boolean, immunosuppression: boolean, anticoagulants: boolean, bleedingOrPlateletDisorder: boolean, pregnantOrBreastfeeding: boolean, herpesHistory: boolean, isotretinoinLastDoseOn: string | null, retinoidOrAcidLastUsedOn: string | null, recentSunburnOrTanning: boolean, allergies: Array<string>, medications: Array<string>, previousProcedures: Array<{ procedure: string, performedOn: string }> } } }> }, consents: { totalCount: number, edges: Array<{ node: { id: string, kind: ConsentKind, contentVersion: string, signedAt: string, withdrawnAt: string | null, isActive: boolean, treatment: { id: string, slug: string } | null } }> } } | null };

export type PatientRenewalQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientRenewalQuery = { patient: { id: string, screeningValidUntil: string | null, screeningNeedsRenewal: boolean, latestScreening: { id: string, screenedOn: string } | null } | null };

export type ScreeningsOfPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type ScreeningsOfPatientQuery = { patient: { id: string, screenings: { edges: Array<{ node: { id: string } }> } } | null };

export type ConsentsOfPatientQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsentsOfPatientQuery = { patient: { id: string, consents: { edges: Array<{ node: { id: string } }> } } | null };

export type PatientsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PatientsQuery = { patients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, phone: string | null } }> } };

export type PatientNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PatientNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: ConsentKind, contentVersion: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { displayName: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { screenedOn: string, id: string, answers: { pregnantOrBreastfeeding: boolean } }
    | { id: string }
   | null };

export type MembershipByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MembershipByIdQuery = { membership: { id: string, subject: string, role: Role } | null };

export type QualificationsOfPractitionerQueryVariables = Exact<{
  id: string | number;
}>;


export type QualificationsOfPractitionerQuery = { practitioner: { id: string, qualifications: Array<{ id: string }> } | null };

export type StepsOfProtocolQueryVariables = Exact<{
  id: string | number;
}>;


export type StepsOfProtocolQuery = { protocol: { id: string, steps: Array<{ id: string }> } | null };

export type OfferingsOfClinicQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferingsOfClinicQuery = { clinic: { id: string, offerings: { edges: Array<{ node: { id: string } }> } } | null };

export type PractitionerMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type PractitionerMembershipsQuery = { memberships: { edges: Array<{ node: { id: string, subject: string } }> } };

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

export const AdminTreatmentFieldsFragmentDoc = gql`
    fragment AdminTreatmentFields on Treatment {
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
  medicallyReviewedBy
  lastReviewedOn
  isLibrary
}
    `;
export const AdminProtocolFieldsFragmentDoc = gql`
    fragment AdminProtocolFields on Protocol {
  id
  slug
  name
  summary
  kind
  concerns
  isLibrary
  courseTemplate {
    sessionCount {
      min
      max
    }
    intervalDays {
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
      id
      slug
      isLibrary
    }
  }
}
    `;
export const OfferingAdminFieldsFragmentDoc = gql`
    fragment OfferingAdminFields on Offering {
  id
  enabled
  price {
    amount
    currency
    formatted
  }
  durationMinutes
  bookableOnline
  overridden
  clinic {
    id
    slug
  }
  protocol {
    id
    slug
  }
}
    `;
export const PractitionerAdminFieldsFragmentDoc = gql`
    fragment PractitionerAdminFields on Practitioner {
  id
  slug
  title
  givenName
  familyName
  displayName
  profession
  credentials
  bio
  active
  clinics {
    id
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
  }
}
    `;
export const QualificationAdminFieldsFragmentDoc = gql`
    fragment QualificationAdminFields on Qualification {
  id
  grantedOn
  expiresOn
  isValid
  treatment {
    id
    slug
  }
  practitioner {
    id
    slug
  }
}
    `;
export const SessionFieldsFragmentDoc = gql`
    fragment SessionFields on CourseSession {
  id
  status
  startsAt
  endsAt
  practitionerId
  cancelReason
  checkedInAt
  completedAt
  record {
    areas {
      area
      needleDepthMm
      note
    }
    device
    numbingApplied
    numbingMinutes
    products {
      name
      lotNumber
    }
    notes
    adverseEvents {
      description
      severity
    }
  }
  aftercare {
    instruction
    treatmentSlug
    until
    untilLocal
    note
  }
}
    `;
export const MeasurementFieldsFragmentDoc = gql`
    fragment MeasurementFields on OutcomeMeasurement {
  id
  scale
  scaleVersion
  value
  area
  assessedBy
  assessedAt
  baseline
  courseId
  sessionId
  practitionerId
  note
}
    `;
export const AnalyticsGroupFieldsFragmentDoc = gql`
    fragment AnalyticsGroupFields on OutcomeAnalyticsGroup {
  protocolId
  protocolName
  clinicId
  clinicName
  practitionerId
  skinType
  month
  suppressed
  patients
  coursesStarted
  coursesCompleted
  completedPatients
  completionRate
  meanSessionsPerCompletedCourse
  noShowSessions
  dueSessions
  dueSessionPatients
  noShowRate
  treatedSessions
  treatedPatients
  scales {
    scale
    suppressed
    observations
    patients
    meanValue
    meanChange
    medianChange
    improvedShare
  }
  adverseEvents {
    kind
    sessions
    rate
    patients
  }
}
    `;
export const PatientFieldsFragmentDoc = gql`
    fragment PatientFields on Patient {
  id
  givenName
  familyName
  displayName
  dateOfBirth
  email
  phone
  skinType
  preferredClinic {
    id
    slug
  }
  createdAt
  updatedAt
}
    `;
export const ScreeningFieldsFragmentDoc = gql`
    fragment ScreeningFields on Screening {
  id
  screenedOn
  recordedAt
  answers {
    activeInfectionAtSite
    activeAcne
    keloidTendency
    immunosuppression
    anticoagulants
    bleedingOrPlateletDisorder
    pregnantOrBreastfeeding
    herpesHistory
    isotretinoinLastDoseOn
    retinoidOrAcidLastUsedOn
    recentSunburnOrTanning
    allergies
    medications
    previousProcedures {
      procedure
      performedOn
    }
  }
}
    `;
export const ConsentFieldsFragmentDoc = gql`
    fragment ConsentFields on Consent {
  id
  kind
  contentVersion
  signedAt
  withdrawnAt
  isActive
  treatment {
    id
    slug
  }
}
    `;
export const TreatmentCreateDocument = gql`
    mutation TreatmentCreate($input: TreatmentCreateInput!) {
  treatmentCreate(input: $input) {
    treatment {
      ...AdminTreatmentFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${AdminTreatmentFieldsFragmentDoc}`;
export const TreatmentUpdateDocument = gql`
    mutation TreatmentUpdate($input: TreatmentUpdateInput!) {
  treatmentUpdate(input: $input) {
    treatment {
      ...AdminTreatmentFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${AdminTreatmentFieldsFragmentDoc}`;
export const TreatmentRetireDocument = gql`
    mutation TreatmentRetire($input: TreatmentRetireInput!) {
  treatmentRetire(input: $input) {
    treatment {
      id
      slug
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const ProtocolCreateDocument = gql`
    mutation ProtocolCreate($input: ProtocolCreateInput!) {
  protocolCreate(input: $input) {
    protocol {
      ...AdminProtocolFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${AdminProtocolFieldsFragmentDoc}`;
export const ProtocolUpdateDocument = gql`
    mutation ProtocolUpdate($input: ProtocolUpdateInput!) {
  protocolUpdate(input: $input) {
    protocol {
      ...AdminProtocolFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${AdminProtocolFieldsFragmentDoc}`;
export const ProtocolRetireDocument = gql`
    mutation ProtocolRetire($input: ProtocolRetireInput!) {
  protocolRetire(input: $input) {
    protocol {
      id
      slug
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const AdminTreatmentByIdDocument = gql`
    query AdminTreatmentById($id: ID!) {
  treatment(id: $id) {
    id
    slug
    name
    isLibrary
  }
}
    `;
export const AdminProtocolByIdDocument = gql`
    query AdminProtocolById($id: ID!) {
  protocol(id: $id) {
    id
    slug
    name
    isLibrary
  }
}
    `;
export const AdminCatalogSlugsDocument = gql`
    query AdminCatalogSlugs {
  treatments(first: 100) {
    edges {
      node {
        id
        slug
        isLibrary
      }
    }
  }
  protocols(first: 100) {
    edges {
      node {
        id
        slug
        isLibrary
      }
    }
  }
}
    `;
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
      phone
      email
      address {
        locality
        region
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
export const OrganizationCreateDocument = gql`
    mutation OrganizationCreate($input: OrganizationCreateInput!) {
  organizationCreate(input: $input) {
    organization {
      id
      slug
      name
      currency
      defaultTimeZone
      clinicalSettings {
        isotretinoinWashoutMonths
        retinoidWashoutDays
        screeningValidDays
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
export const OrganizationUpdateDocument = gql`
    mutation OrganizationUpdate($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) {
    organization {
      id
      name
      defaultTimeZone
      clinicalSettings {
        isotretinoinWashoutMonths
        retinoidWashoutDays
        screeningValidDays
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
export const MembershipsDocument = gql`
    query Memberships($filter: MembershipFilter, $first: Int, $after: String) {
  memberships(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        subject
        role
        revokedAt
        clinics {
          slug
        }
        practitioner {
          slug
        }
        organization {
          slug
        }
      }
    }
  }
}
    `;
export const MembershipCreateDocument = gql`
    mutation MembershipCreate($input: MembershipCreateInput!) {
  membershipCreate(input: $input) {
    membership {
      id
      subject
      role
      revokedAt
      clinics {
        slug
      }
      practitioner {
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
export const MembershipUpdateDocument = gql`
    mutation MembershipUpdate($input: MembershipUpdateInput!) {
  membershipUpdate(input: $input) {
    membership {
      id
      role
      clinics {
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
export const MembershipRevokeDocument = gql`
    mutation MembershipRevoke($input: MembershipRevokeInput!) {
  membershipRevoke(input: $input) {
    membership {
      id
      revokedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const AuditEventsDocument = gql`
    query AuditEvents($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        actorSubject
        action
        targetType
        before
        after
        occurredAt
      }
    }
  }
}
    `;
export const OfferingDefaultSetDocument = gql`
    mutation OfferingDefaultSet($input: OfferingDefaultSetInput!) {
  offeringDefaultSet(input: $input) {
    offeringDefault {
      enabled
      price {
        amount
        currency
        formatted
      }
      durationMinutes
      bookableOnline
      protocol {
        id
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
export const OfferingSetDocument = gql`
    mutation OfferingSet($input: OfferingSetInput!) {
  offeringSet(input: $input) {
    offering {
      ...OfferingAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${OfferingAdminFieldsFragmentDoc}`;
export const OfferingsBulkSetDocument = gql`
    mutation OfferingsBulkSet($input: OfferingsBulkSetInput!) {
  offeringsBulkSet(input: $input) {
    offerings {
      ...OfferingAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${OfferingAdminFieldsFragmentDoc}`;
export const OfferingAdminCatalogDocument = gql`
    query OfferingAdminCatalog($organizationSlug: String!) {
  clinics(filter: {organizationSlug: $organizationSlug}, first: 100) {
    edges {
      node {
        id
        slug
        offerings(first: 100) {
          edges {
            node {
              ...OfferingAdminFields
            }
          }
        }
      }
    }
  }
}
    ${OfferingAdminFieldsFragmentDoc}`;
export const OfferingAdminProtocolDocument = gql`
    query OfferingAdminProtocol($slug: String!) {
  protocol(slug: $slug) {
    id
    slug
  }
}
    `;
export const OrganizationOfferingDefaultsDocument = gql`
    query OrganizationOfferingDefaults($slug: String!) {
  organization(slug: $slug) {
    offeringDefaults {
      enabled
      price {
        amount
        currency
      }
      durationMinutes
      bookableOnline
      protocol {
        slug
      }
    }
  }
}
    `;
export const PractitionerCreateDocument = gql`
    mutation PractitionerCreate($input: PractitionerCreateInput!) {
  practitionerCreate(input: $input) {
    practitioner {
      ...PractitionerAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PractitionerAdminFieldsFragmentDoc}`;
export const PractitionerUpdateDocument = gql`
    mutation PractitionerUpdate($input: PractitionerUpdateInput!) {
  practitionerUpdate(input: $input) {
    practitioner {
      ...PractitionerAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PractitionerAdminFieldsFragmentDoc}`;
export const PractitionerAssignClinicDocument = gql`
    mutation PractitionerAssignClinic($input: PractitionerClinicInput!) {
  practitionerAssignClinic(input: $input) {
    practitioner {
      ...PractitionerAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PractitionerAdminFieldsFragmentDoc}`;
export const PractitionerRemoveClinicDocument = gql`
    mutation PractitionerRemoveClinic($input: PractitionerClinicInput!) {
  practitionerRemoveClinic(input: $input) {
    practitioner {
      ...PractitionerAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PractitionerAdminFieldsFragmentDoc}`;
export const QualificationGrantDocument = gql`
    mutation QualificationGrant($input: QualificationGrantInput!) {
  qualificationGrant(input: $input) {
    qualification {
      ...QualificationAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${QualificationAdminFieldsFragmentDoc}`;
export const QualificationRevokeDocument = gql`
    mutation QualificationRevoke($input: QualificationRevokeInput!) {
  qualificationRevoke(input: $input) {
    qualification {
      ...QualificationAdminFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${QualificationAdminFieldsFragmentDoc}`;
export const PractitionerAdminListDocument = gql`
    query PractitionerAdminList($filter: PractitionerFilter) {
  practitioners(filter: $filter, first: 100) {
    edges {
      node {
        ...PractitionerAdminFields
      }
    }
  }
}
    ${PractitionerAdminFieldsFragmentDoc}`;
export const PractitionerAdminClinicsDocument = gql`
    query PractitionerAdminClinics($filter: ClinicFilter) {
  clinics(filter: $filter, first: 100) {
    edges {
      node {
        id
        slug
        practitioners(first: 100) {
          edges {
            node {
              slug
            }
          }
        }
      }
    }
  }
}
    `;
export const PractitionerAdminTreatmentDocument = gql`
    query PractitionerAdminTreatment($slug: String!) {
  treatment(slug: $slug) {
    id
    slug
    qualifiedPractitioners(first: 100) {
      edges {
        node {
          slug
        }
      }
    }
  }
}
    `;
export const AvailabilityDocument = gql`
    query Availability($clinicId: ID!, $protocolId: ID!, $from: DateTime!, $to: DateTime!, $practitionerId: ID) {
  availability(
    clinicId: $clinicId
    protocolId: $protocolId
    from: $from
    to: $to
    practitionerId: $practitionerId
  ) {
    startsAt
    endsAt
    practitionerId
  }
}
    `;
export const AvailabilityWithPractitionersDocument = gql`
    query AvailabilityWithPractitioners($clinicId: ID!, $protocolId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(clinicId: $clinicId, protocolId: $protocolId, from: $from, to: $to) {
    startsAt
    practitionerId
    practitioner {
      id
      slug
    }
  }
}
    `;
export const PractitionerCalendarDocument = gql`
    query PractitionerCalendar($id: ID!, $clinicId: ID!, $from: DateTime!, $to: DateTime!) {
  practitioner(id: $id) {
    id
    workingHours(clinicId: $clinicId) {
      dayOfWeek
      starts
      ends
    }
    leave(from: $from, to: $to) {
      id
      startsAt
      endsAt
      reason
    }
  }
}
    `;
export const WorkingHoursSetDocument = gql`
    mutation WorkingHoursSet($input: WorkingHoursSetInput!) {
  workingHoursSet(input: $input) {
    practitioner {
      id
      slug
    }
    workingHours {
      dayOfWeek
      starts
      ends
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const LeaveAddDocument = gql`
    mutation LeaveAdd($input: LeaveAddInput!) {
  leaveAdd(input: $input) {
    leave {
      id
      startsAt
      endsAt
      reason
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const LeaveRemoveDocument = gql`
    mutation LeaveRemove($input: LeaveRemoveInput!) {
  leaveRemove(input: $input) {
    leave {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const LeaveOfPractitionerDocument = gql`
    query LeaveOfPractitioner($id: ID!, $from: DateTime!, $to: DateTime!) {
  practitioner(id: $id) {
    id
    leave(from: $from, to: $to) {
      id
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
export const EligibilityDocument = gql`
    query Eligibility($patientId: ID!, $protocolId: ID!, $clinicId: ID!, $on: LocalDate) {
  eligibility(
    patientId: $patientId
    protocolId: $protocolId
    clinicId: $clinicId
    on: $on
  ) {
    verdict
    sessionOn
    reasons {
      code
      severity
      treatmentSlug
      answer {
        field
        value
      }
      message
      advice
      cleared
      waitEndsOn
    }
  }
}
    `;
export const ClearanceRecordDocument = gql`
    mutation ClearanceRecord($input: ClearanceRecordInput!) {
  clearanceRecord(input: $input) {
    clearance {
      id
      code
      note
      practitionerId
      recordedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const CourseStartDocument = gql`
    mutation CourseStart($input: CourseStartInput!) {
  courseStart(input: $input) {
    course {
      id
      status
      plannedSessions
      targetConcerns
      overrideReason
      leadPractitionerId
      progress {
        completed
        planned
        label
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
export const CourseCancelDocument = gql`
    mutation CourseCancel($input: CourseCancelInput!) {
  courseCancel(input: $input) {
    course {
      id
      status
      cancelReason
      cancelledAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const CourseByIdDocument = gql`
    query CourseById($id: ID!) {
  course(id: $id) {
    id
    status
    plannedSessions
    progress {
      completed
      planned
      label
    }
    plan {
      number
      treatmentSlugs
      earliestStart
      latestStart
      session {
        id
      }
      deviation {
        kind
        number
        sessionId
      }
    }
    sessions {
      id
      startsAt
      endsAt
      status
      practitionerId
    }
    deviations {
      kind
      number
      sessionId
    }
  }
}
    `;
export const CourseSessionByIdDocument = gql`
    query CourseSessionById($id: ID!) {
  courseSession(id: $id) {
    id
    status
    startsAt
    endsAt
    practitionerId
    course {
      id
    }
  }
}
    `;
export const CoursesOfPatientDocument = gql`
    query CoursesOfPatient($id: ID!) {
  patient(id: $id) {
    id
    courses {
      id
      status
    }
  }
}
    `;
export const SessionBookDocument = gql`
    mutation SessionBook($input: SessionBookInput!) {
  sessionBook(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const SessionRescheduleDocument = gql`
    mutation SessionReschedule($input: SessionRescheduleInput!) {
  sessionReschedule(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const SessionCancelDocument = gql`
    mutation SessionCancel($input: SessionCancelInput!) {
  sessionCancel(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const SessionCheckInDocument = gql`
    mutation SessionCheckIn($input: SessionRefInput!) {
  sessionCheckIn(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const SessionCompleteDocument = gql`
    mutation SessionComplete($input: SessionCompleteInput!) {
  sessionComplete(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const SessionNoShowDocument = gql`
    mutation SessionNoShow($input: SessionRefInput!) {
  sessionNoShow(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${SessionFieldsFragmentDoc}`;
export const ClearanceByIdDocument = gql`
    query ClearanceById($id: ID!) {
  clearance(id: $id) {
    id
    code
  }
}
    `;
export const TreatmentEligibilityRulesDocument = gql`
    query TreatmentEligibilityRules($slug: String!) {
  treatment(slug: $slug) {
    slug
    eligibilityRules {
      code
      severity
      screeningFlag
      waitingPeriod {
        since
        unit
        setting
      }
      skinTypes
      message
      advice
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
export const OrganizationLookupDocument = gql`
    query OrganizationLookup($slug: String, $id: ID) {
  organization(slug: $slug, id: $id) {
    id
    slug
  }
}
    `;
export const TreatmentLookupDocument = gql`
    query TreatmentLookup($slug: String, $id: ID) {
  treatment(slug: $slug, id: $id) {
    id
    slug
  }
}
    `;
export const ProtocolLookupDocument = gql`
    query ProtocolLookup($slug: String, $id: ID) {
  protocol(slug: $slug, id: $id) {
    id
    slug
  }
}
    `;
export const AuditEventsPageDocument = gql`
    query AuditEventsPage($first: Int, $after: String) {
  auditEvents(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        action
      }
    }
    pageInfo {
      hasNextPage
      endCursor
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
          practitioners(first: 20) {
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
          offerings(first: 20) {
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
                      qualifiedPractitioners(first: 20) {
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
export const OutcomeRecordDocument = gql`
    mutation OutcomeRecord($input: OutcomeRecordInput!) {
  outcomeRecord(input: $input) {
    measurement {
      ...MeasurementFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${MeasurementFieldsFragmentDoc}`;
export const AdverseEventRecordDocument = gql`
    mutation AdverseEventRecord($input: AdverseEventRecordInput!) {
  adverseEventRecord(input: $input) {
    adverseEvent {
      id
      kind
      severity
      onsetAt
      resolvedAt
      sessionId
      session {
        id
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
export const AdverseEventResolveDocument = gql`
    mutation AdverseEventResolve($input: AdverseEventResolveInput!) {
  adverseEventResolve(input: $input) {
    adverseEvent {
      id
      resolvedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const OutcomePhotoRecordDocument = gql`
    mutation OutcomePhotoRecord($input: OutcomePhotoRecordInput!) {
  outcomePhotoRecord(input: $input) {
    photo {
      id
      storageKey
      angle
      area
      takenAt
      consentId
      consentPresent
      sessionId
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `;
export const CourseOutcomesDocument = gql`
    query CourseOutcomes($id: ID!) {
  course(id: $id) {
    id
    outcomeTimeline {
      scale
      area
      assessedBy
      baseline {
        id
        value
      }
      followUps {
        sessionNumber
        change
        improved
        measurement {
          id
          value
          sessionId
        }
      }
      latestChange
    }
    outcomeMeasurements {
      id
    }
    adverseEvents {
      id
      kind
      severity
      resolvedAt
    }
    photos {
      id
      consentPresent
    }
  }
}
    `;
export const OutcomeAnalyticsDocument = gql`
    query OutcomeAnalytics($groupBy: [OutcomeAnalyticsDimension!]!, $filter: OutcomeAnalyticsFilter) {
  outcomeAnalytics(groupBy: $groupBy, filter: $filter) {
    groupBy
    minGroupPatients
    groups {
      ...AnalyticsGroupFields
    }
  }
}
    ${AnalyticsGroupFieldsFragmentDoc}`;
export const PatientRegisterDocument = gql`
    mutation PatientRegister($input: PatientRegisterInput!) {
  patientRegister(input: $input) {
    patient {
      ...PatientFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PatientFieldsFragmentDoc}`;
export const PatientUpdateDocument = gql`
    mutation PatientUpdate($input: PatientUpdateInput!) {
  patientUpdate(input: $input) {
    patient {
      ...PatientFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${PatientFieldsFragmentDoc}`;
export const ScreeningRecordDocument = gql`
    mutation ScreeningRecord($input: ScreeningRecordInput!) {
  screeningRecord(input: $input) {
    screening {
      ...ScreeningFields
      patient {
        id
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${ScreeningFieldsFragmentDoc}`;
export const ConsentRecordDocument = gql`
    mutation ConsentRecord($input: ConsentRecordInput!) {
  consentRecord(input: $input) {
    consent {
      ...ConsentFields
      patient {
        id
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${ConsentFieldsFragmentDoc}`;
export const ConsentWithdrawDocument = gql`
    mutation ConsentWithdraw($input: ConsentWithdrawInput!) {
  consentWithdraw(input: $input) {
    consent {
      ...ConsentFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    ${ConsentFieldsFragmentDoc}`;
export const PatientByIdDocument = gql`
    query PatientById($id: ID!) {
  patient(id: $id) {
    ...PatientFields
  }
}
    ${PatientFieldsFragmentDoc}`;
export const PatientContactDocument = gql`
    query PatientContact($id: ID!) {
  patient(id: $id) {
    id
    displayName
    email
    phone
  }
}
    `;
export const PatientHealthDocument = gql`
    query PatientHealth($id: ID!) {
  patient(id: $id) {
    id
    skinType
    screeningValidUntil
    screeningNeedsRenewal
    latestScreening {
      ...ScreeningFields
    }
    screenings(first: 100) {
      totalCount
      edges {
        node {
          ...ScreeningFields
        }
      }
    }
    consents(first: 100) {
      totalCount
      edges {
        node {
          ...ConsentFields
        }
      }
    }
  }
}
    ${ScreeningFieldsFragmentDoc}
${ConsentFieldsFragmentDoc}`;
export const PatientRenewalDocument = gql`
    query PatientRenewal($id: ID!) {
  patient(id: $id) {
    id
    screeningValidUntil
    screeningNeedsRenewal
    latestScreening {
      id
      screenedOn
    }
  }
}
    `;
export const ScreeningsOfPatientDocument = gql`
    query ScreeningsOfPatient($id: ID!) {
  patient(id: $id) {
    id
    screenings(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `;
export const ConsentsOfPatientDocument = gql`
    query ConsentsOfPatient($id: ID!) {
  patient(id: $id) {
    id
    consents(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `;
export const PatientsDocument = gql`
    query Patients($search: String, $first: Int, $after: String) {
  patients(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        displayName
        email
        phone
      }
    }
  }
}
    `;
export const PatientNodeDocument = gql`
    query PatientNode($id: ID!) {
  node(id: $id) {
    id
    ... on Patient {
      displayName
    }
    ... on Screening {
      screenedOn
      answers {
        pregnantOrBreastfeeding
      }
    }
    ... on Consent {
      kind
      contentVersion
    }
  }
}
    `;
export const MembershipByIdDocument = gql`
    query MembershipById($id: ID!) {
  membership(id: $id) {
    id
    subject
    role
  }
}
    `;
export const QualificationsOfPractitionerDocument = gql`
    query QualificationsOfPractitioner($id: ID!) {
  practitioner(id: $id) {
    id
    qualifications {
      id
    }
  }
}
    `;
export const StepsOfProtocolDocument = gql`
    query StepsOfProtocol($id: ID!) {
  protocol(id: $id) {
    id
    steps {
      id
    }
  }
}
    `;
export const OfferingsOfClinicDocument = gql`
    query OfferingsOfClinic($id: ID!) {
  clinic(id: $id) {
    id
    offerings(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `;
export const PractitionerMembershipsDocument = gql`
    query PractitionerMemberships {
  memberships(first: 100, filter: {role: PRACTITIONER}) {
    edges {
      node {
        id
        subject
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
    TreatmentCreate(variables: TreatmentCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentCreateMutation>({ document: TreatmentCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentCreate', 'mutation', variables);
    },
    TreatmentUpdate(variables: TreatmentUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentUpdateMutation>({ document: TreatmentUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentUpdate', 'mutation', variables);
    },
    TreatmentRetire(variables: TreatmentRetireMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentRetireMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentRetireMutation>({ document: TreatmentRetireDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentRetire', 'mutation', variables);
    },
    ProtocolCreate(variables: ProtocolCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolCreateMutation>({ document: ProtocolCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolCreate', 'mutation', variables);
    },
    ProtocolUpdate(variables: ProtocolUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolUpdateMutation>({ document: ProtocolUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolUpdate', 'mutation', variables);
    },
    ProtocolRetire(variables: ProtocolRetireMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolRetireMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolRetireMutation>({ document: ProtocolRetireDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolRetire', 'mutation', variables);
    },
    AdminTreatmentById(variables: AdminTreatmentByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdminTreatmentByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdminTreatmentByIdQuery>({ document: AdminTreatmentByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdminTreatmentById', 'query', variables);
    },
    AdminProtocolById(variables: AdminProtocolByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdminProtocolByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdminProtocolByIdQuery>({ document: AdminProtocolByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdminProtocolById', 'query', variables);
    },
    AdminCatalogSlugs(variables?: AdminCatalogSlugsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdminCatalogSlugsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdminCatalogSlugsQuery>({ document: AdminCatalogSlugsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdminCatalogSlugs', 'query', variables);
    },
    ClinicCreate(variables: ClinicCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicCreateMutation>({ document: ClinicCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicCreate', 'mutation', variables);
    },
    ClinicUpdate(variables: ClinicUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicUpdateMutation>({ document: ClinicUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicUpdate', 'mutation', variables);
    },
    ClinicDeactivate(variables: ClinicDeactivateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClinicDeactivateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClinicDeactivateMutation>({ document: ClinicDeactivateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClinicDeactivate', 'mutation', variables);
    },
    OrganizationCreate(variables: OrganizationCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationCreateMutation>({ document: OrganizationCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationCreate', 'mutation', variables);
    },
    OrganizationUpdate(variables: OrganizationUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationUpdateMutation>({ document: OrganizationUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationUpdate', 'mutation', variables);
    },
    Memberships(variables?: MembershipsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MembershipsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MembershipsQuery>({ document: MembershipsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Memberships', 'query', variables);
    },
    MembershipCreate(variables: MembershipCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MembershipCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<MembershipCreateMutation>({ document: MembershipCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MembershipCreate', 'mutation', variables);
    },
    MembershipUpdate(variables: MembershipUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MembershipUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<MembershipUpdateMutation>({ document: MembershipUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MembershipUpdate', 'mutation', variables);
    },
    MembershipRevoke(variables: MembershipRevokeMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MembershipRevokeMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<MembershipRevokeMutation>({ document: MembershipRevokeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MembershipRevoke', 'mutation', variables);
    },
    AuditEvents(variables?: AuditEventsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditEventsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditEventsQuery>({ document: AuditEventsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditEvents', 'query', variables);
    },
    OfferingDefaultSet(variables: OfferingDefaultSetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingDefaultSetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingDefaultSetMutation>({ document: OfferingDefaultSetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingDefaultSet', 'mutation', variables);
    },
    OfferingSet(variables: OfferingSetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingSetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingSetMutation>({ document: OfferingSetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingSet', 'mutation', variables);
    },
    OfferingsBulkSet(variables: OfferingsBulkSetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingsBulkSetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingsBulkSetMutation>({ document: OfferingsBulkSetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingsBulkSet', 'mutation', variables);
    },
    OfferingAdminCatalog(variables: OfferingAdminCatalogQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingAdminCatalogQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingAdminCatalogQuery>({ document: OfferingAdminCatalogDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingAdminCatalog', 'query', variables);
    },
    OfferingAdminProtocol(variables: OfferingAdminProtocolQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingAdminProtocolQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingAdminProtocolQuery>({ document: OfferingAdminProtocolDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingAdminProtocol', 'query', variables);
    },
    OrganizationOfferingDefaults(variables: OrganizationOfferingDefaultsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationOfferingDefaultsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationOfferingDefaultsQuery>({ document: OrganizationOfferingDefaultsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationOfferingDefaults', 'query', variables);
    },
    PractitionerCreate(variables: PractitionerCreateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerCreateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerCreateMutation>({ document: PractitionerCreateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerCreate', 'mutation', variables);
    },
    PractitionerUpdate(variables: PractitionerUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerUpdateMutation>({ document: PractitionerUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerUpdate', 'mutation', variables);
    },
    PractitionerAssignClinic(variables: PractitionerAssignClinicMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerAssignClinicMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerAssignClinicMutation>({ document: PractitionerAssignClinicDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerAssignClinic', 'mutation', variables);
    },
    PractitionerRemoveClinic(variables: PractitionerRemoveClinicMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerRemoveClinicMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerRemoveClinicMutation>({ document: PractitionerRemoveClinicDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerRemoveClinic', 'mutation', variables);
    },
    QualificationGrant(variables: QualificationGrantMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<QualificationGrantMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<QualificationGrantMutation>({ document: QualificationGrantDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'QualificationGrant', 'mutation', variables);
    },
    QualificationRevoke(variables: QualificationRevokeMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<QualificationRevokeMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<QualificationRevokeMutation>({ document: QualificationRevokeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'QualificationRevoke', 'mutation', variables);
    },
    PractitionerAdminList(variables?: PractitionerAdminListQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerAdminListQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerAdminListQuery>({ document: PractitionerAdminListDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerAdminList', 'query', variables);
    },
    PractitionerAdminClinics(variables?: PractitionerAdminClinicsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerAdminClinicsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerAdminClinicsQuery>({ document: PractitionerAdminClinicsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerAdminClinics', 'query', variables);
    },
    PractitionerAdminTreatment(variables: PractitionerAdminTreatmentQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerAdminTreatmentQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerAdminTreatmentQuery>({ document: PractitionerAdminTreatmentDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerAdminTreatment', 'query', variables);
    },
    Availability(variables: AvailabilityQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AvailabilityQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AvailabilityQuery>({ document: AvailabilityDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Availability', 'query', variables);
    },
    AvailabilityWithPractitioners(variables: AvailabilityWithPractitionersQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AvailabilityWithPractitionersQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AvailabilityWithPractitionersQuery>({ document: AvailabilityWithPractitionersDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AvailabilityWithPractitioners', 'query', variables);
    },
    PractitionerCalendar(variables: PractitionerCalendarQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerCalendarQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerCalendarQuery>({ document: PractitionerCalendarDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerCalendar', 'query', variables);
    },
    WorkingHoursSet(variables: WorkingHoursSetMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<WorkingHoursSetMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<WorkingHoursSetMutation>({ document: WorkingHoursSetDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'WorkingHoursSet', 'mutation', variables);
    },
    LeaveAdd(variables: LeaveAddMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LeaveAddMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LeaveAddMutation>({ document: LeaveAddDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LeaveAdd', 'mutation', variables);
    },
    LeaveRemove(variables: LeaveRemoveMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LeaveRemoveMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<LeaveRemoveMutation>({ document: LeaveRemoveDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LeaveRemove', 'mutation', variables);
    },
    LeaveOfPractitioner(variables: LeaveOfPractitionerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<LeaveOfPractitionerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<LeaveOfPractitionerQuery>({ document: LeaveOfPractitionerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'LeaveOfPractitioner', 'query', variables);
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
    Eligibility(variables: EligibilityQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<EligibilityQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<EligibilityQuery>({ document: EligibilityDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Eligibility', 'query', variables);
    },
    ClearanceRecord(variables: ClearanceRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClearanceRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClearanceRecordMutation>({ document: ClearanceRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClearanceRecord', 'mutation', variables);
    },
    CourseStart(variables: CourseStartMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CourseStartMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CourseStartMutation>({ document: CourseStartDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CourseStart', 'mutation', variables);
    },
    CourseCancel(variables: CourseCancelMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CourseCancelMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<CourseCancelMutation>({ document: CourseCancelDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CourseCancel', 'mutation', variables);
    },
    CourseById(variables: CourseByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CourseByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CourseByIdQuery>({ document: CourseByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CourseById', 'query', variables);
    },
    CourseSessionById(variables: CourseSessionByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CourseSessionByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CourseSessionByIdQuery>({ document: CourseSessionByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CourseSessionById', 'query', variables);
    },
    CoursesOfPatient(variables: CoursesOfPatientQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CoursesOfPatientQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CoursesOfPatientQuery>({ document: CoursesOfPatientDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CoursesOfPatient', 'query', variables);
    },
    SessionBook(variables: SessionBookMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionBookMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionBookMutation>({ document: SessionBookDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionBook', 'mutation', variables);
    },
    SessionReschedule(variables: SessionRescheduleMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionRescheduleMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionRescheduleMutation>({ document: SessionRescheduleDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionReschedule', 'mutation', variables);
    },
    SessionCancel(variables: SessionCancelMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionCancelMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionCancelMutation>({ document: SessionCancelDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionCancel', 'mutation', variables);
    },
    SessionCheckIn(variables: SessionCheckInMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionCheckInMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionCheckInMutation>({ document: SessionCheckInDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionCheckIn', 'mutation', variables);
    },
    SessionComplete(variables: SessionCompleteMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionCompleteMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionCompleteMutation>({ document: SessionCompleteDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionComplete', 'mutation', variables);
    },
    SessionNoShow(variables: SessionNoShowMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<SessionNoShowMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<SessionNoShowMutation>({ document: SessionNoShowDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'SessionNoShow', 'mutation', variables);
    },
    ClearanceById(variables: ClearanceByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ClearanceByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ClearanceByIdQuery>({ document: ClearanceByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ClearanceById', 'query', variables);
    },
    TreatmentEligibilityRules(variables: TreatmentEligibilityRulesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentEligibilityRulesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentEligibilityRulesQuery>({ document: TreatmentEligibilityRulesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentEligibilityRules', 'query', variables);
    },
    Viewer(variables?: ViewerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ViewerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ViewerQuery>({ document: ViewerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Viewer', 'query', variables);
    },
    OrganizationLookup(variables?: OrganizationLookupQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OrganizationLookupQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OrganizationLookupQuery>({ document: OrganizationLookupDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OrganizationLookup', 'query', variables);
    },
    TreatmentLookup(variables?: TreatmentLookupQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<TreatmentLookupQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<TreatmentLookupQuery>({ document: TreatmentLookupDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'TreatmentLookup', 'query', variables);
    },
    ProtocolLookup(variables?: ProtocolLookupQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ProtocolLookupQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ProtocolLookupQuery>({ document: ProtocolLookupDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ProtocolLookup', 'query', variables);
    },
    AuditEventsPage(variables?: AuditEventsPageQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AuditEventsPageQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<AuditEventsPageQuery>({ document: AuditEventsPageDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AuditEventsPage', 'query', variables);
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
    OutcomeRecord(variables: OutcomeRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OutcomeRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OutcomeRecordMutation>({ document: OutcomeRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OutcomeRecord', 'mutation', variables);
    },
    AdverseEventRecord(variables: AdverseEventRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdverseEventRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdverseEventRecordMutation>({ document: AdverseEventRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdverseEventRecord', 'mutation', variables);
    },
    AdverseEventResolve(variables: AdverseEventResolveMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<AdverseEventResolveMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<AdverseEventResolveMutation>({ document: AdverseEventResolveDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'AdverseEventResolve', 'mutation', variables);
    },
    OutcomePhotoRecord(variables: OutcomePhotoRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OutcomePhotoRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<OutcomePhotoRecordMutation>({ document: OutcomePhotoRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OutcomePhotoRecord', 'mutation', variables);
    },
    CourseOutcomes(variables: CourseOutcomesQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<CourseOutcomesQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<CourseOutcomesQuery>({ document: CourseOutcomesDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'CourseOutcomes', 'query', variables);
    },
    OutcomeAnalytics(variables: OutcomeAnalyticsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OutcomeAnalyticsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OutcomeAnalyticsQuery>({ document: OutcomeAnalyticsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OutcomeAnalytics', 'query', variables);
    },
    PatientRegister(variables: PatientRegisterMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientRegisterMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientRegisterMutation>({ document: PatientRegisterDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientRegister', 'mutation', variables);
    },
    PatientUpdate(variables: PatientUpdateMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientUpdateMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientUpdateMutation>({ document: PatientUpdateDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientUpdate', 'mutation', variables);
    },
    ScreeningRecord(variables: ScreeningRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ScreeningRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ScreeningRecordMutation>({ document: ScreeningRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ScreeningRecord', 'mutation', variables);
    },
    ConsentRecord(variables: ConsentRecordMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsentRecordMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsentRecordMutation>({ document: ConsentRecordDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsentRecord', 'mutation', variables);
    },
    ConsentWithdraw(variables: ConsentWithdrawMutationVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsentWithdrawMutation> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsentWithdrawMutation>({ document: ConsentWithdrawDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsentWithdraw', 'mutation', variables);
    },
    PatientById(variables: PatientByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientByIdQuery>({ document: PatientByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientById', 'query', variables);
    },
    PatientContact(variables: PatientContactQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientContactQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientContactQuery>({ document: PatientContactDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientContact', 'query', variables);
    },
    PatientHealth(variables: PatientHealthQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientHealthQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientHealthQuery>({ document: PatientHealthDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientHealth', 'query', variables);
    },
    PatientRenewal(variables: PatientRenewalQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientRenewalQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientRenewalQuery>({ document: PatientRenewalDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientRenewal', 'query', variables);
    },
    ScreeningsOfPatient(variables: ScreeningsOfPatientQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ScreeningsOfPatientQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ScreeningsOfPatientQuery>({ document: ScreeningsOfPatientDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ScreeningsOfPatient', 'query', variables);
    },
    ConsentsOfPatient(variables: ConsentsOfPatientQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<ConsentsOfPatientQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<ConsentsOfPatientQuery>({ document: ConsentsOfPatientDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'ConsentsOfPatient', 'query', variables);
    },
    Patients(variables?: PatientsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientsQuery>({ document: PatientsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'Patients', 'query', variables);
    },
    PatientNode(variables: PatientNodeQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PatientNodeQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PatientNodeQuery>({ document: PatientNodeDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PatientNode', 'query', variables);
    },
    MembershipById(variables: MembershipByIdQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<MembershipByIdQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<MembershipByIdQuery>({ document: MembershipByIdDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'MembershipById', 'query', variables);
    },
    QualificationsOfPractitioner(variables: QualificationsOfPractitionerQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<QualificationsOfPractitionerQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<QualificationsOfPractitionerQuery>({ document: QualificationsOfPractitionerDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'QualificationsOfPractitioner', 'query', variables);
    },
    StepsOfProtocol(variables: StepsOfProtocolQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<StepsOfProtocolQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<StepsOfProtocolQuery>({ document: StepsOfProtocolDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'StepsOfProtocol', 'query', variables);
    },
    OfferingsOfClinic(variables: OfferingsOfClinicQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<OfferingsOfClinicQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<OfferingsOfClinicQuery>({ document: OfferingsOfClinicDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'OfferingsOfClinic', 'query', variables);
    },
    PractitionerMemberships(variables?: PractitionerMembershipsQueryVariables, requestHeaders?: GraphQLClientRequestHeaders, signal?: RequestInit['signal']): Promise<PractitionerMembershipsQuery> {
      return withWrapper((wrappedRequestHeaders) => client.request<PractitionerMembershipsQuery>({ document: PractitionerMembershipsDocument, variables, requestHeaders: { ...requestHeaders, ...wrappedRequestHeaders }, signal }), 'PractitionerMemberships', 'query', variables);
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