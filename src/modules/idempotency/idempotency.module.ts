/**
 * Idempotency keys of mutations: shared machinery (src/common/idempotency.ts) whose one
 * table is declared here, so the tenant scope and the row-level-security tests know it.
 */
import { defineModule } from '../module';

export const idempotencyModule = defineModule({
  name: 'idempotency',
  resolvers: [],
  entities: [],
  nodeTypes: [],
  // A key belongs to the person who sent it (row-level security also matches app.subject),
  // not to a clinic or a patient record.
  tenantTables: {
    idempotency_keys: { clinicOf: null },
  },
});
