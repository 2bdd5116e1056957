/** Relay's `node` and `nodes`: any object by its global id. */
import { defineModule } from '../module';
import { NodeResolver } from './node.resolver';

export const nodeModule = defineModule({ name: 'node', resolvers: [NodeResolver], entities: [], nodeTypes: [], tenantTables: {} });
