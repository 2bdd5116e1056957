/** Every TypeORM entity, for the DataSource's metadata. */
import { Clinic, Organization } from '../modules/organization/organization.entity';
import { Practitioner, Qualification } from '../modules/practitioner/practitioner.entity';
import { Protocol, ProtocolStep, Treatment } from '../modules/catalog/catalog.entity';
import { Membership } from '../modules/membership/membership.entity';
import { AuditEvent } from '../modules/audit/audit.entity';

export const entities = [Organization, Clinic, Practitioner, Qualification, Treatment, Protocol, ProtocolStep, Membership, AuditEvent];
