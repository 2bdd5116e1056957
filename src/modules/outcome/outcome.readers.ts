/** Who records outcomes and who reads analytics. Outcome rows are read like courses (course.readers.ts). */
import { Role } from '../../auth/roles';

/** Who records outcome measurements: clinicians, and a PATIENT their own patient-reported values. */
export const OUTCOME_RECORDERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.PATIENT] as const;
/** Who records adverse events and photos. */
export const CLINICAL_RECORDERS = [Role.ORG_ADMIN, Role.CLINIC_MANAGER, Role.PRACTITIONER] as const;
/** Who reads outcome analytics (aggregates only; CLINIC_MANAGER: their clinics). */
export const ANALYTICS_READERS = [Role.ANALYST, Role.ORG_ADMIN, Role.CLINIC_MANAGER] as const;
