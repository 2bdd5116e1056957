/**
 * Who reads patients and their health data: the organization's clinical and front-desk
 * staff (of any of its clinics: a patient of the chain may walk into any of them), and a
 * PATIENT their own record only (TenantScope and row-level security narrow the rows).
 * Never ANALYST (aggregates only) nor anonymous clients nor the platform operator.
 */
import { describeReaders } from '../../auth/read-policy';
import { Role } from '../../auth/roles';

export const PATIENT_READERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK, Role.PATIENT] as const;

/** Who registers patients: the staff, never a PATIENT. */
export const PATIENT_REGISTRARS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK] as const;

/** "Requires ... (PATIENT: their own only)." for descriptions. */
export const PATIENT_READERS_TEXT = `${describeReaders(PATIENT_READERS).slice(0, -1)} (PATIENT: their own record only).`;
