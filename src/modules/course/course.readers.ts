/**
 * Who reads courses, sessions and clearances: the organization's staff (clinic-scoped
 * roles: their clinics' courses) and a PATIENT their own; never ANALYST, anonymous
 * clients or the platform operator.
 */
import { describeReaders } from '../../auth/read-policy';
import { Role } from '../../auth/roles';

export const COURSE_READERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK, Role.PATIENT] as const;
export const COURSE_STAFF = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK] as const;
/** Who records what was done in a session. */
export const CLINICIANS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER] as const;
/** Who records a clearance: a practitioner (as themselves) or an ORG_ADMIN (naming the practitioner). */
export const CLEARERS = [Role.ORG_ADMIN, Role.PRACTITIONER] as const;

export const COURSE_READERS_TEXT = `${describeReaders(COURSE_READERS).slice(0, -1)} (clinic-scoped roles: their clinics' courses; PATIENT: their own only).`;
