/** The append-only audit trail of administrative changes. */
import { defineModule } from '../module';
import { AuditResolver } from './audit.resolver';
import { AuditEvent } from './audit.entity';

export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditResolver],
  entities: [AuditEvent],
  nodeTypes: [],
  tenantTables: {
    audit_events: { clinicOf: null },
  },
});
