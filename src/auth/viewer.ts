/**
 * Who is asking, resolved once per request from the bearer token and clinicgraph's own
 * memberships (nothing else in the token is trusted for authorization).
 */
import { Role } from './roles';

export interface AnonymousViewer {
  kind: 'anonymous';
}

/** The operator of the installation: no organization, no patient data. */
export interface PlatformAdminViewer {
  kind: 'platform-admin';
  subject: string;
  role: Role.PLATFORM_ADMIN;
}

/** A person with a standing membership of one organization. */
export interface MemberViewer {
  kind: 'member';
  subject: string;
  membershipId: string;
  organizationId: string;
  role: Exclude<Role, Role.PLATFORM_ADMIN>;
  /** For clinic-scoped roles: the clinics they may see; null for organization-wide roles. */
  clinicIds: string[] | null;
  practitionerId: string | null;
  patientId: string | null;
}

export type Viewer = AnonymousViewer | PlatformAdminViewer | MemberViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

/** The member behind a request that only members may make (resolvers enforce the role first). */
export function requireMember(viewer: Viewer): MemberViewer {
  if (viewer.kind !== 'member') throw new Error(`Expected a member, got ${viewer.kind}: check the resolver's @Authorized roles`);
  return viewer;
}
