import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../auth/roles';

@ObjectType('Viewer', { description: "The person behind the bearer token, as clinicgraph's memberships know them." })
export class ViewerProfile {
  @Field({ description: "The token's subject (the identity provider's id of the person)." })
  subject: string;

  @Field(() => Role, { description: 'The role of the membership in use.' })
  role: Role;

  organizationId: string | null;
  clinicIds: string[] | null;
}
