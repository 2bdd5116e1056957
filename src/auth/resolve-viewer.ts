/**
 * Turns a verified token subject into a Viewer using clinicgraph's own records:
 * platform_admins, then standing memberships. Revoking a membership therefore takes
 * effect on the very next request, whatever the token's expiry.
 */
import { RequestDatabase } from '../db/database';
import { UnauthenticatedError } from './auth-errors';
import { CLINIC_SCOPED_ROLES, Role } from './roles';
import { MemberViewer, Viewer } from './viewer';

interface MembershipRow {
  id: string;
  organization_id: string;
  organization_slug: string;
  role: MemberViewer['role'];
  practitioner_id: string | null;
  patient_id: string | null;
  clinic_ids: string[];
}

/**
 * @param organizationSlug chooses among several memberships of the same person
 *   (header X-Organization). Without it the request is served as the person's earliest
 *   standing membership: a membership another organization grants later never changes
 *   how the person is served by the organization they already belong to (nor locks
 *   them out); the new one is used when the request names its organization.
 */
export async function resolveViewer(db: RequestDatabase, subject: string, organizationSlug: string | undefined): Promise<Viewer> {
  const [admin] = await db.query('SELECT 1 FROM platform_admins WHERE subject = $1', [subject]);
  if (admin && !organizationSlug) return { kind: 'platform-admin', subject, role: Role.PLATFORM_ADMIN };

  const rows: MembershipRow[] = await db.query(
    `SELECT m.id, m.organization_id, o.slug AS organization_slug, m.role, m.practitioner_id, m.patient_id,
            COALESCE(array_agg(mc.clinic_id) FILTER (WHERE mc.clinic_id IS NOT NULL), '{}') AS clinic_ids
       FROM memberships m
       JOIN organizations o ON o.id = m.organization_id
       LEFT JOIN membership_clinics mc ON mc.membership_id = m.id
      WHERE m.subject = $1 AND m.revoked_at IS NULL
      GROUP BY m.id, m.organization_id, o.slug
      ORDER BY m.created_at, m.id`,
    [subject],
  );
  // One standing membership per organization (memberships refuse a second one).
  const m = organizationSlug ? rows.find((r) => r.organization_slug === organizationSlug) : rows[0];
  if (!m) throw new UnauthenticatedError('The bearer token names no member of this organization.');
  db.setOrganization(m.organization_id);
  // A PATIENT sees only their own patient's rows; one without a patient sees none (the nil uuid).
  if (m.role === Role.PATIENT) db.setPatient(m.patient_id ?? '00000000-0000-0000-0000-000000000000');
  return {
    kind: 'member',
    subject,
    membershipId: m.id,
    organizationId: m.organization_id,
    role: m.role,
    clinicIds: CLINIC_SCOPED_ROLES.has(m.role) ? m.clinic_ids : null,
    practitionerId: m.practitioner_id,
    patientId: m.patient_id,
  };
}
