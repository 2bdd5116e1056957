/** The viewer: who the bearer token names, with their role, organization and clinics. */
import { defineModule } from '../module';
import { ViewerResolver } from './viewer.resolver';

export const identityModule = defineModule({
  name: 'identity',
  resolvers: [ViewerResolver],
  entities: [],
  nodeTypes: [],
  tenantTables: {},
});
