import { Field, ID, InterfaceType } from 'type-graphql';
import { PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/**
 * The Relay Node interface. Its `id` is the opaque global id; objects resolve it from
 * their `globalId` getter, so the uuid stays the `id` of the TypeScript entity.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id that `node(id:)` can fetch again.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id; pass it to `node(id:)` to fetch this object again.' })
  globalId: string;
}

/** Base of every table whose rows are Nodes: a uuid key and the global id derived from it. */
export abstract class NodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
