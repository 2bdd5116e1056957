/**
 * The declaration of one Node type, kept next to the type in its area
 * (`<area>.nodes.ts`): how `node(id:)` fetches it and who may read it. The typed
 * queries and fields of the type use the same `readers` (see auth/read-policy.ts).
 */
import { Readers } from '../../auth/read-policy';
import { RequestContext } from '../../context';

export interface NodeType {
  /** The GraphQL type name, as encoded in its global ids. */
  typename: string;
  /** How many key parts its global ids hold (2 for an offering: clinic and protocol). */
  keys: number;
  /** Who may read objects of this type; rows are then scoped by TenantScope in `fetch`. */
  readers: Readers;
  /** The object its keys name, as the typed query would return it; null when none is visible. */
  fetch(ctx: RequestContext, keys: string[]): Promise<object | null>;
}
