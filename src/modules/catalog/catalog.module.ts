/**
 * The treatment catalog: the shared library (organization_id NULL) and each
 * organization's own treatments and protocols. Its tables are read through
 * `TenantScope.catalogRows`, not as tenant tables.
 */
import { defineModule } from '../module';
import { CatalogAdminResolver } from './catalog-admin.resolver';
import { ProtocolResolver, ProtocolStepResolver, TreatmentPairingResolver, TreatmentResolver } from './catalog.resolver';
import { Protocol, ProtocolStep, Treatment } from './catalog.entity';
import { ProtocolNode, ProtocolStepNode, TreatmentNode } from './catalog.nodes';

export const catalogModule = defineModule({
  name: 'catalog',
  resolvers: [TreatmentResolver, TreatmentPairingResolver, ProtocolResolver, ProtocolStepResolver, CatalogAdminResolver],
  entities: [Treatment, Protocol, ProtocolStep],
  nodeTypes: [TreatmentNode, ProtocolNode, ProtocolStepNode],
  tenantTables: {},
});
