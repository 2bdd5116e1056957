/**
 * What an area of clinicgraph brings, declared once in its folder (`<area>.module.ts`)
 * and listed in the registry (`modules/index.ts`). The schema, the DataSource, the
 * tenant scope, the mutation error mapping and the isolation tests read these
 * declarations instead of lists kept by hand.
 */
import { NodeType } from '../common/relay/node-type';
import { UserFacingConstraint } from '../db/sql-errors';

/**
 * Any class: resolvers and entities are passed around as their constructors, which
 * type-graphql and TypeORM read decorator metadata from (never called from here).
 */
export type AnyClass = abstract new (...args: never[]) => unknown;

/** How the rows of one tenant table (one with `organization_id`) relate to what a viewer may see. */
export interface TenantTableRule {
  /**
   * The condition that a row (as `alias`) belongs to one of the clinics in the SQL array
   * expression `clinics`, which narrows what clinic-scoped roles read; null when rows
   * are not tied to a clinic (the organization boundary alone applies, and the
   * resolvers' roles decide who reads them).
   */
  clinicOf: ((alias: string, clinics: string) => string) | null;
  /**
   * For tables whose rows belong to a patient: the condition that a row (as `alias`)
   * belongs to the patient whose uuid is the SQL expression `patientId`. A PATIENT
   * viewer reads only such rows of their own (row-level security checks app.patient_id again).
   */
  patientOf?: (alias: string, patientId: string) => string;
  /** Anonymous clients may read it, for an organization they name (the public catalog). */
  public?: boolean;
}

export interface ClinicgraphModule<Table extends string = string> {
  /** The area's folder name. */
  name: string;
  /** type-graphql resolver classes (queries, mutations, field resolvers). */
  resolvers: AnyClass[];
  /** TypeORM entities whose column metadata the area's services hydrate rows with. */
  entities: AnyClass[];
  /** The Node types `node(id:)` resolves for the area (`<area>.nodes.ts`): how to fetch them and who may read them. */
  nodeTypes: NodeType[];
  /** The tenant tables the area owns (each with organization_id, forced RLS and policies in migrations). */
  tenantTables: Record<Table, TenantTableRule>;
  /**
   * Constraints whose violation a client can cause and should understand, by name:
   * the userError reported instead of the generic one. Other constraints stay anonymous.
   */
  userFacingConstraints?: Record<string, UserFacingConstraint>;
}

/** Declares an area; keeps the literal names of its tenant tables for the TenantTable type. */
export function defineModule<const Table extends string>(module: ClinicgraphModule<Table>): ClinicgraphModule<Table> {
  return module;
}

/** The registry's declarations, indexed for the request path. */
export class ModuleCatalog {
  /** Every area's resolvers; type-graphql refuses to build a schema without one. */
  readonly resolvers: [AnyClass, ...AnyClass[]];
  readonly entities: AnyClass[];
  /** Node types by GraphQL type name. */
  readonly nodeTypes: ReadonlyMap<string, NodeType>;
  readonly tenantTables: ReadonlyMap<string, TenantTableRule>;
  readonly userFacingConstraints: ReadonlyMap<string, UserFacingConstraint>;

  constructor(readonly modules: readonly ClinicgraphModule[]) {
    const [first, ...rest] = modules.flatMap((m) => m.resolvers);
    if (!first) throw new Error('No area declares a resolver: the schema would be empty.');
    this.resolvers = [first, ...rest];
    this.entities = modules.flatMap((m) => m.entities);
    this.nodeTypes = uniqueEntries(modules, 'Node type', (m) => m.nodeTypes.map((type) => [type.typename, type]));
    this.tenantTables = uniqueEntries(modules, 'tenant table', (m) => Object.entries(m.tenantTables));
    this.userFacingConstraints = uniqueEntries(modules, 'constraint', (m) => Object.entries(m.userFacingConstraints ?? {}));
  }
}

/** Merges the areas' named declarations; two areas declaring one name is a programming error. */
function uniqueEntries<V>(
  modules: readonly ClinicgraphModule[],
  what: string,
  entries: (m: ClinicgraphModule) => Array<[string, V]>,
): Map<string, V> {
  const map = new Map<string, V>();
  for (const module of modules) {
    for (const [name, value] of entries(module)) {
      if (map.has(name)) throw new Error(`The ${what} ${name} is declared by two areas (the second is ${module.name}).`);
      map.set(name, value);
    }
  }
  return map;
}
