import { ClassType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page; fetch them with `after: endCursor`.' })
  hasNextPage: boolean;

  @Field({ description: 'True when this page was requested with an `after` cursor.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page, null when it is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page, null when it is empty.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What services return for a list: one page plus where it sits. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when read (a getter): clients that do not ask for it do not pay for it. */
  readonly totalCount: number | Promise<number>;
}

export function mapPage<T, U>(page: Page<T>, map: (node: T) => U): Page<U> {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type.
 * Usage: `@ObjectType() class ClinicConnection extends Connection(Clinic) {}`.
 */
export function Connection<T extends object>(NodeType: ClassType<T>, nodeDescription = NodeType.name) {
  @ObjectType(`${NodeType.name}Edge`, { description: `One ${nodeDescription} in a connection, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
    cursor: string;

    @Field(() => NodeType, { description: `The ${nodeDescription}.` })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [EdgeType], { description: "The items of this page, in the connection's order." })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;

    @Field(() => Int, {
      description: 'How many items the whole list has, across all pages, with the same filter (counted only when asked for).',
    })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}
