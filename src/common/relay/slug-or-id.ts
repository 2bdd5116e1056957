/**
 * Lookups "by slug or by id, give one" (`organization`, `treatment`, `protocol`): the
 * arguments, declared once, and the rule that exactly one of them is given.
 */
import { ArgsType, ClassType, Field, ID } from 'type-graphql';
import { InvalidArgumentError } from '../errors';
import { LIMITS, TextField } from '../input-limits';
import { uuidFromGlobalId } from './global-id';

export interface SlugOrId {
  slug?: string | null;
  id?: string | null;
}

/** The `slug` and `id` arguments of a lookup of `typename`, e.g. `SlugOrIdArgs('organization', 'lumiere-skin')`. */
export function SlugOrIdArgs(what: string, slugExample: string): ClassType<SlugOrId> {
  @ArgsType()
  class LookupArgs implements SlugOrId {
    @TextField(LIMITS.SLUG, { nullable: true, description: `The ${what}'s slug, e.g. "${slugExample}". Give this or \`id\`, not both.` })
    slug?: string | null;

    @Field(() => ID, { nullable: true, description: `The ${what}'s global id. Give this or \`slug\`, not both.` })
    id?: string | null;
  }
  return LookupArgs;
}

/** Exactly one of slug and id: the uuid behind the id, or the slug; BAD_USER_INPUT otherwise. */
export function slugOrId(args: SlugOrId, typename: string): { uuid: string } | { slug: string } {
  if (args.slug != null && args.id != null) throw new InvalidArgumentError(['id'], 'Give either "slug" or "id", not both.');
  if (args.id != null) return { uuid: uuidFromGlobalId(args.id, typename, ['id']) };
  if (args.slug != null) return { slug: args.slug };
  throw new InvalidArgumentError(['slug'], 'Give "slug" or "id".');
}
