/** Every TypeORM entity, for the DataSource's metadata: the areas declare theirs in the module registry. */
import { moduleCatalog } from '../modules';

export const entities = moduleCatalog().entities;
