/**
 * One rule decides who may read an object, whichever way it is asked for. Generated
 * from the module registry's Node types: for every type, one object of the demo
 * organization (at clinic new-york-soho) is read by every kind of viewer through
 * `node`, `nodes` and the type's typed query, and all three must agree with each other
 * and with the role matrix the README and the schema's descriptions promise.
 */
import 'reflect-metadata';
import { ClientError } from 'graphql-request';
import { Role } from '../../src/auth/roles';
import { devSubject, DevIdentity } from '../../src/auth/dev-tokens';
import { moduleCatalog } from '../../src/modules';
import { Api, startTestApp, TestApp } from '../support/harness';
import { toGlobalId, uuidFromGlobalId } from '../../src/common/relay/global-id';

const uuidOf = (id: string) => uuidFromGlobalId(id, 'Practitioner', []);

/** A course of Amelia Hart at the clinic with one session and a clearance, written as the owner (the course tests cover the mutations). */
async function courseOfHart(app: TestApp, patientId: string, practitionerId: string, clinicSlug: string) {
  const [course] = await app.sql.query(
    `INSERT INTO courses (organization_id, patient_id, clinic_id, protocol_owner_id, protocol_id, lead_practitioner_id, target_concerns, planned_sessions)
     SELECT p.organization_id, p.id, c.id, pr.owner_id, pr.id, $2, '{ACNE_SCARS}', 4
       FROM patients p JOIN clinics c ON c.organization_id = p.organization_id AND c.slug = $3
       JOIN protocols pr ON pr.slug = 'microneedling' AND pr.organization_id IS NULL WHERE p.id = $1 RETURNING id, organization_id, clinic_id`,
    [patientId, practitionerId, clinicSlug],
  );
  const [session] = await app.sql.query(
    `INSERT INTO course_sessions (organization_id, course_id, patient_id, clinic_id, practitioner_id, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, $5, '2031-01-06T15:00:00Z', '2031-01-06T16:00:00Z') RETURNING id`,
    [course.organization_id, course.id, patientId, course.clinic_id, practitionerId],
  );
  const [clearance] = await app.sql.query(
    `INSERT INTO eligibility_clearances (organization_id, patient_id, screening_id, treatment_owner_id, treatment_id, code, note, practitioner_id)
     SELECT s.organization_id, s.patient_id, s.id, t.owner_id, t.id, 'HERPES_HISTORY', 'Antiviral cover.', $2
       FROM screenings s JOIN treatments t ON t.slug = 'microneedling' AND t.organization_id IS NULL
      WHERE s.patient_id = $1 ORDER BY s.screened_on DESC LIMIT 1 RETURNING id`,
    [patientId, practitionerId],
  );
  // Outcome rows of the course: a baseline, an adverse event on the session, a photo under a photo consent.
  const [measurement] = await app.sql.query(
    `INSERT INTO outcome_measurements (organization_id, course_id, patient_id, clinic_id, scale, scale_version, value, area, assessed_by, practitioner_id, assessed_at)
     VALUES ($1, $2, $3, $4, 'GOODMAN_BARON_QUALITATIVE', 'test', 3, 'FACE', 'CLINICIAN', $5, '2030-12-01T10:00:00Z') RETURNING id`,
    [course.organization_id, course.id, patientId, course.clinic_id, practitionerId],
  );
  const [adverseEvent] = await app.sql.query(
    `INSERT INTO adverse_events (organization_id, course_id, session_id, patient_id, clinic_id, kind, severity, onset_at)
     VALUES ($1, $2, $3, $4, $5, 'ERYTHEMA', 'MILD', '2031-01-06T16:00:00Z') RETURNING id`,
    [course.organization_id, course.id, session.id, patientId, course.clinic_id],
  );
  const [consent] = await app.sql.query(
    `INSERT INTO consents (organization_id, patient_id, kind, content_version, signed_at) VALUES ($1, $2, 'PHOTOS', 'photos-test', '2030-01-01') RETURNING id`,
    [course.organization_id, patientId],
  );
  const [photo] = await app.sql.query(
    `INSERT INTO outcome_photos (organization_id, course_id, session_id, patient_id, clinic_id, consent_id, storage_key, angle, taken_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'matrix/front.jpg', 'FRONT', '2031-01-06T15:05:00Z') RETURNING id`,
    [course.organization_id, course.id, session.id, patientId, course.clinic_id, consent.id],
  );
  return {
    courseId: course.id as string,
    sessionId: session.id as string,
    clearanceId: clearance.id as string,
    measurementId: measurement.id as string,
    adverseEventId: adverseEvent.id as string,
    photoId: photo.id as string,
  };
}

let app: TestApp;
afterAll(() => app?.close());

type ViewerName =
  | 'anonymous'
  | 'PLATFORM_ADMIN'
  | 'ORG_ADMIN'
  | 'CLINIC_MANAGER of its clinic'
  | 'CLINIC_MANAGER of another clinic'
  | 'PRACTITIONER'
  | 'FRONT_DESK'
  | 'ANALYST'
  | 'PATIENT'
  | 'ORG_ADMIN of another organization';

const CLINIC = 'new-york-soho';
const IDENTITIES: Record<Exclude<ViewerName, 'anonymous'>, Partial<DevIdentity> & { role: Role }> = {
  PLATFORM_ADMIN: { role: Role.PLATFORM_ADMIN },
  ORG_ADMIN: { role: Role.ORG_ADMIN },
  'CLINIC_MANAGER of its clinic': { role: Role.CLINIC_MANAGER, clinics: [CLINIC] },
  'CLINIC_MANAGER of another clinic': { role: Role.CLINIC_MANAGER, clinics: ['los-angeles-west-hollywood'] },
  PRACTITIONER: { role: Role.PRACTITIONER, clinics: [CLINIC] },
  FRONT_DESK: { role: Role.FRONT_DESK, clinics: [CLINIC] },
  ANALYST: { role: Role.ANALYST },
  PATIENT: { role: Role.PATIENT },
  'ORG_ADMIN of another organization': { role: Role.ORG_ADMIN, organization: 'glow-london' },
};
const VIEWERS: ViewerName[] = ['anonymous', ...(Object.keys(IDENTITIES) as ViewerName[])];

/** Readers of staff data: the organization's staff at the object's clinic, never ANALYST (aggregates only) nor PATIENT. */
const STAFF: ViewerName[] = ['ORG_ADMIN', 'CLINIC_MANAGER of its clinic', 'PRACTITIONER', 'FRONT_DESK'];
/** Who sees each type's object: the promise of the README's role table, written out independently of the code. */
const EXPECTED_READERS: Record<string, ViewerName[] | 'everyone'> = {
  Organization: 'everyone',
  Clinic: 'everyone',
  Treatment: 'everyone',
  Protocol: 'everyone',
  ProtocolStep: 'everyone',
  Offering: 'everyone',
  Practitioner: STAFF,
  Qualification: STAFF,
  Membership: ['ORG_ADMIN', 'CLINIC_MANAGER of its clinic'],
  // Patients belong to the organization, not to a clinic: staff of any of its clinics, and the patient themselves.
  Patient: [...STAFF, 'CLINIC_MANAGER of another clinic', 'PATIENT'],
  Screening: [...STAFF, 'CLINIC_MANAGER of another clinic', 'PATIENT'],
  Consent: [...STAFF, 'CLINIC_MANAGER of another clinic', 'PATIENT'],
  PractitionerLeave: STAFF,
  // Courses and sessions belong to their clinic (and patient); clearances to the patient, like screenings.
  Course: [...STAFF, 'PATIENT'],
  CourseSession: [...STAFF, 'PATIENT'],
  Clearance: [...STAFF, 'CLINIC_MANAGER of another clinic', 'PATIENT'],
  // Outcomes belong to their course: its clinic's staff and the patient; analysts read aggregates only.
  OutcomeMeasurement: [...STAFF, 'PATIENT'],
  AdverseEvent: [...STAFF, 'PATIENT'],
  OutcomePhoto: [...STAFF, 'PATIENT'],
};

type Visibility = 'visible' | 'hidden';

/**
 * The typed way to read each type's object: its root query by id, or the typed field
 * that lists it under its parent. Resolves to the object's id when it comes back.
 */
interface Fixture {
  id: string;
  parentId: string;
}
const TYPED_READ: Record<string, (api: Api, fixture: Fixture) => Promise<string | undefined>> = {
  Organization: async (api, { id }) => (await api.OrganizationById({ id })).organization?.id,
  Clinic: async (api, { id }) => (await api.ClinicById({ id })).clinic?.id,
  Practitioner: async (api, { id }) => (await api.PractitionerById({ id })).practitioner?.id,
  Qualification: async (api, { id, parentId }) =>
    (await api.QualificationsOfPractitioner({ id: parentId })).practitioner?.qualifications.find((q) => q.id === id)?.id,
  Treatment: async (api, { id }) => (await api.TreatmentById({ id })).treatment?.id,
  Protocol: async (api, { id }) => (await api.ProtocolById({ id })).protocol?.id,
  ProtocolStep: async (api, { id, parentId }) => (await api.StepsOfProtocol({ id: parentId })).protocol?.steps.find((s) => s.id === id)?.id,
  Offering: async (api, { id, parentId }) =>
    (await api.OfferingsOfClinic({ id: parentId })).clinic?.offerings.edges.find((e) => e.node.id === id)?.node.id,
  Membership: async (api, { id }) => (await api.MembershipById({ id })).membership?.id,
  Patient: async (api, { id }) => (await api.PatientById({ id })).patient?.id,
  Screening: async (api, { id, parentId }) =>
    (await api.ScreeningsOfPatient({ id: parentId })).patient?.screenings.edges.find((e) => e.node.id === id)?.node.id,
  Consent: async (api, { id, parentId }) =>
    (await api.ConsentsOfPatient({ id: parentId })).patient?.consents.edges.find((e) => e.node.id === id)?.node.id,
  PractitionerLeave: async (api, { id, parentId }) =>
    (await api.LeaveOfPractitioner({ id: parentId, ...LEAVE_RANGE })).practitioner?.leave.find((l) => l.id === id)?.id,
  Course: async (api, { id }) => (await api.CourseById({ id })).course?.id,
  CourseSession: async (api, { id }) => (await api.CourseSessionById({ id })).courseSession?.id,
  Clearance: async (api, { id }) => (await api.ClearanceById({ id })).clearance?.id,
  OutcomeMeasurement: async (api, { id, parentId }) =>
    (await api.CourseOutcomes({ id: parentId })).course?.outcomeMeasurements.find((m) => m.id === id)?.id,
  AdverseEvent: async (api, { id, parentId }) =>
    (await api.CourseOutcomes({ id: parentId })).course?.adverseEvents.find((a) => a.id === id)?.id,
  OutcomePhoto: async (api, { id, parentId }) => (await api.CourseOutcomes({ id: parentId })).course?.photos.find((p) => p.id === id)?.id,
};
const LEAVE_RANGE = { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' };

/** A typed read's visibility: refused with UNAUTHENTICATED/FORBIDDEN or null is hidden. */
async function typedVisibility(read: Promise<string | undefined>, id: string): Promise<Visibility> {
  try {
    const found = await read;
    if (found !== undefined) expect(found).toBe(id);
    return found === undefined ? 'hidden' : 'visible';
  } catch (error) {
    const errors = error instanceof ClientError ? (error.response.errors ?? []) : [];
    if (errors.length === 0) throw error;
    for (const e of errors) expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(e.extensions?.code);
    return 'hidden';
  }
}

const apis = {} as Record<ViewerName, Api>;
const fixtures = {} as Record<string, Fixture>;

beforeAll(async () => {
  app = await startTestApp();
  // The PATIENT viewer is the demo patient whose objects the matrix reads (Amelia Hart, of new-york-soho).
  const [hart] = await app.sql.query(`SELECT id FROM patients WHERE email = 'amelia.hart@example.com'`);
  IDENTITIES.PATIENT.patientId = hart.id;
  apis.anonymous = app.api;
  for (const name of Object.keys(IDENTITIES) as Array<Exclude<ViewerName, 'anonymous'>>) apis[name] = (await app.as(IDENTITIES[name])).api;

  // Given one object of every type at clinic new-york-soho of the demo organization, as its ORG_ADMIN reads them
  const admin = apis.ORG_ADMIN;
  const { organization } = await admin.OrganizationBySlug({ slug: 'lumiere-skin' });
  const clinic = (await admin.Clinics({})).clinics.edges.find((e) => e.node.slug === CLINIC)!.node;
  const practitioner = (await admin.Practitioners({ filter: { clinicId: clinic.id, name: 'Marcus' } })).practitioners.edges[0].node;
  const { protocol } = await admin.ProtocolBySlug({ slug: 'microneedling-prp' });
  const { treatment } = await admin.TreatmentBySlug({ slug: 'microneedling' });
  const offering = (await admin.OfferingsOfClinic({ id: clinic.id })).clinic!.offerings.edges[0].node;
  const practitionerSubject = devSubject({ organization: 'lumiere-skin', clinics: [], ...IDENTITIES.PRACTITIONER });
  const patient = (await admin.Patients({ search: 'amelia.hart@' })).patients.edges[0].node;
  const health = (await admin.PatientHealth({ id: patient.id })).patient!;
  const { leaveAdd } = await admin.LeaveAdd({
    input: { practitionerId: practitioner.id, startsAt: '2027-01-04T00:00:00Z', endsAt: '2027-01-09T00:00:00Z' },
  });
  const membership = (await admin.PractitionerMemberships()).memberships.edges.find((e) => e.node.subject === practitionerSubject)!.node;
  const course = await courseOfHart(app, hart.id, uuidOf(practitioner.id), CLINIC);
  Object.assign(fixtures, {
    Organization: { id: organization!.id, parentId: organization!.id },
    Clinic: { id: clinic.id, parentId: organization!.id },
    Practitioner: { id: practitioner.id, parentId: clinic.id },
    Qualification: { id: practitioner.qualifications[0].id, parentId: practitioner.id },
    Treatment: { id: treatment!.id, parentId: treatment!.id },
    Protocol: { id: protocol!.id, parentId: protocol!.id },
    ProtocolStep: { id: protocol!.steps[0].id, parentId: protocol!.id },
    Offering: { id: offering.id, parentId: clinic.id },
    Membership: { id: membership.id, parentId: organization!.id },
    Patient: { id: patient.id, parentId: organization!.id },
    Screening: { id: health.screenings.edges[0].node.id, parentId: patient.id },
    Consent: { id: health.consents.edges[0].node.id, parentId: patient.id },
    PractitionerLeave: { id: leaveAdd.leave!.id, parentId: practitioner.id },
    Course: { id: toGlobalId('Course', course.courseId), parentId: patient.id },
    CourseSession: { id: toGlobalId('CourseSession', course.sessionId), parentId: toGlobalId('Course', course.courseId) },
    Clearance: { id: toGlobalId('Clearance', course.clearanceId), parentId: patient.id },
    OutcomeMeasurement: { id: toGlobalId('OutcomeMeasurement', course.measurementId), parentId: toGlobalId('Course', course.courseId) },
    AdverseEvent: { id: toGlobalId('AdverseEvent', course.adverseEventId), parentId: toGlobalId('Course', course.courseId) },
    OutcomePhoto: { id: toGlobalId('OutcomePhoto', course.photoId), parentId: toGlobalId('Course', course.courseId) },
  });
});

const typenames = [...moduleCatalog().nodeTypes.keys()];

test('every Node type has an object, a typed read and an expectation here', () => {
  // A new Node type must be added to this matrix before it can ship.
  for (const typename of typenames) {
    expect({ typename, fixture: !!fixtures[typename], typedRead: !!TYPED_READ[typename], expected: !!EXPECTED_READERS[typename] }).toEqual({
      typename,
      fixture: true,
      typedRead: true,
      expected: true,
    });
  }
});

describe.each(VIEWERS)('as %s', (viewer) => {
  test.each(typenames)('%s: node, nodes and the typed query agree with the role matrix', async (typename) => {
    const api = apis[viewer];
    const fixture = fixtures[typename];
    const readers = EXPECTED_READERS[typename];
    const expected: Visibility = readers === 'everyone' || readers.includes(viewer) ? 'visible' : 'hidden';

    // When the viewer reads the object by node, among others by nodes, and by its typed query
    const { node } = await api.Node({ id: fixture.id });
    const others = Object.values(fixtures)
      .map((f) => f.id)
      .filter((id) => id !== fixture.id);
    const { nodes } = await api.Nodes({ ids: [others[0], fixture.id, others[1]] });
    const typed = await typedVisibility(TYPED_READ[typename](api, fixture), fixture.id);

    // Then all three give the same answer, the one the role matrix promises
    const byNode: Visibility = node ? 'visible' : 'hidden';
    const byNodes: Visibility = nodes[1] ? 'visible' : 'hidden';
    expect({ node: byNode, nodes: byNodes, typed }).toEqual({ node: expected, nodes: expected, typed: expected });
    if (node) expect(node).toMatchObject({ __typename: typename, id: fixture.id });
    if (nodes[1]) expect(nodes[1]).toEqual({ __typename: typename, id: fixture.id });
  });
});
