import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LIMITS, TextField } from '../../common/input-limits';
import { Role } from '../../auth/roles';
import { ConnectionArgs } from '../../common/relay/connection-args';
import { COMMON_ERROR_CODES, COMMON_ERROR_DESCRIPTIONS, UserErrorData, UserErrorType } from '../../common/user-errors';
import { Membership } from './membership.entity';

export const MembershipErrorCode = {
  ...COMMON_ERROR_CODES,
  CLINICS_REQUIRED: 'CLINICS_REQUIRED',
  CLINICS_NOT_ALLOWED: 'CLINICS_NOT_ALLOWED',
} as const;
registerEnumType(MembershipErrorCode, {
  name: 'MembershipErrorCode',
  description: 'Why a membership mutation failed.',
  valuesConfig: {
    ...COMMON_ERROR_DESCRIPTIONS,
    CLINICS_REQUIRED: { description: 'CLINIC_MANAGER, PRACTITIONER and FRONT_DESK need at least one clinic.' },
    CLINICS_NOT_ALLOWED: { description: 'Organization-wide roles (ORG_ADMIN, ANALYST, PATIENT) take no clinics.' },
  },
});
export const MembershipUserError = UserErrorType('Membership', MembershipErrorCode);

@InputType({ description: 'Narrows a list of memberships.' })
export class MembershipFilter {
  @Field(() => Role, { nullable: true, description: 'Only this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include revoked memberships (default false).' })
  includeRevoked?: boolean | null;
}

@ArgsType()
export class MembershipsArgs extends ConnectionArgs {
  @Field(() => MembershipFilter, { nullable: true, description: 'Conditions the memberships must meet.' })
  filter?: MembershipFilter | null;
}

@InputType({ description: "A new membership in the viewer's organization." })
export class MembershipCreateInput {
  @TextField(LIMITS.SUBJECT, { description: "The identity provider's subject of the person." })
  subject: string;

  @Field(() => Role, { description: 'The role (PLATFORM_ADMIN cannot be granted here).' })
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'Clinics of a clinic-scoped role (CLINIC_MANAGER, PRACTITIONER, FRONT_DESK).' })
  clinicIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The practitioner record of this person, if any.' })
  practitionerId?: string | null;
}

@InputType({ description: 'Changes to a membership; omitted fields stay as they are.' })
export class MembershipUpdateInput {
  @Field(() => ID, { description: 'The membership.' })
  id: string;

  @Field(() => Role, { nullable: true, description: 'New role.' })
  role?: Role | null;

  @Field(() => [ID], { nullable: true, description: 'New clinics (replace all of them).' })
  clinicIds?: string[] | null;
}

@InputType({ description: 'The membership to revoke.' })
export class MembershipRevokeInput {
  @Field(() => ID, { description: 'The membership.' })
  id: string;
}

@ObjectType({ description: 'Result of a membership mutation.' })
export class MembershipPayload {
  @Field(() => Membership, { nullable: true, description: 'The membership after the change; null when the mutation failed.' })
  membership: Membership | null;

  @Field(() => [MembershipUserError], { description: 'Why the mutation failed; empty on success.' })
  userErrors: UserErrorData[];
}
