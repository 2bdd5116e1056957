import { registerEnumType } from 'type-graphql';

/** What a person may do; stored on memberships (PLATFORM_ADMIN in platform_admins). */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  ORG_ADMIN = 'ORG_ADMIN',
  CLINIC_MANAGER = 'CLINIC_MANAGER',
  PRACTITIONER = 'PRACTITIONER',
  FRONT_DESK = 'FRONT_DESK',
  ANALYST = 'ANALYST',
  PATIENT = 'PATIENT',
}
registerEnumType(Role, {
  name: 'Role',
  description: "What a person may do in clinicgraph. Permissions are written into each field's description.",
  valuesConfig: {
    PLATFORM_ADMIN: { description: 'Operator of the installation: onboards organizations; sees no patient data.' },
    ORG_ADMIN: { description: 'Franchise admin: the whole organization.' },
    CLINIC_MANAGER: { description: 'Manages their clinics; may grant roles no higher than their own, for their clinics.' },
    PRACTITIONER: { description: 'Treats patients at their clinics.' },
    FRONT_DESK: { description: 'Registers patients and books sessions at their clinics.' },
    ANALYST: { description: 'Reads aggregates only, never patient-identifying fields.' },
    PATIENT: { description: 'Sees only their own records.' },
  },
});

/** Roles limited to the clinics listed on their membership. */
export const CLINIC_SCOPED_ROLES: ReadonlySet<Role> = new Set([Role.CLINIC_MANAGER, Role.PRACTITIONER, Role.FRONT_DESK]);

/** Rank for "never granting more than their own role": higher may grant lower or equal. */
export const ROLE_RANK: Record<Role, number> = {
  PLATFORM_ADMIN: 100,
  ORG_ADMIN: 50,
  CLINIC_MANAGER: 40,
  PRACTITIONER: 30,
  FRONT_DESK: 20,
  ANALYST: 20,
  PATIENT: 0,
};
