import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { Node, NodeEntity } from '../../common/relay/node';
import { Connection } from '../../common/relay/connection';
import { isValidOn, utcDay } from './qualification.rules';

@ObjectType({ implements: Node, description: 'A person who treats patients at one or more clinics of an organization.' })
@Entity('practitioners')
export class Practitioner extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field({ description: 'URL-safe name, unique within the organization.' })
  @Column()
  slug: string;

  @Field(() => String, { nullable: true, description: 'Honorific, e.g. "Dr."' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field({ description: 'Given (first) name.' })
  @Column({ name: 'given_name' })
  givenName: string;

  @Field({ description: 'Family (last) name.' })
  @Column({ name: 'family_name' })
  familyName: string;

  @Field({ description: 'Profession, e.g. "Dermatologist", "Aesthetic nurse", "Licensed esthetician".' })
  @Column()
  profession: string;

  @Field(() => [String], { description: 'Post-nominal credentials and licences, e.g. ["MD", "FAAD"].' })
  @Column({ type: 'text', array: true })
  credentials: string[];

  @Field(() => String, { nullable: true, description: 'Short biography for patients.' })
  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Field({ description: 'False once the practitioner has left the organization.' })
  @Column()
  active: boolean;

  @Field({ description: 'Name as shown to patients: title, given and family name.' })
  get displayName(): string {
    return [this.title, this.givenName, this.familyName].filter(Boolean).join(' ');
  }
}

@ObjectType({ implements: Node, description: "A practitioner's qualification to perform one treatment, possibly expiring." })
@Entity('practitioner_qualifications')
export class Qualification extends NodeEntity {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'practitioner_id', type: 'uuid' })
  practitionerId: string;

  @Column({ name: 'treatment_id', type: 'uuid' })
  treatmentId: string;

  @Field(() => LocalDateResolver, { description: 'Day the qualification was obtained.' })
  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day the qualification is valid; null when it does not expire.' })
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field({
    description:
      'True when the qualification is not revoked and today (UTC) is not past its expiry date. Only valid qualifications allow booking.',
  })
  get isValid(): boolean {
    return isValidOn(this, utcDay());
  }
}

@ObjectType({ description: 'A page of practitioners.' })
export class PractitionerConnection extends Connection(Practitioner, 'practitioner') {}
