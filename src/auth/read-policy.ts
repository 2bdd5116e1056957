/**
 * Who may read an object: one declaration per Node type (see each area's
 * `<area>.nodes.ts`), consulted by the typed queries and nested fields (through
 * `@ReadableBy`, which becomes type-graphql's `@Authorized`) and by `node`/`nodes`
 * (through `mayRead`). Which rows a permitted viewer then sees (their organization,
 * their clinics) is TenantScope's decision, made in the fetch itself.
 */
import { Authorized } from 'type-graphql';
import { Role } from './roles';
import { Viewer } from './viewer';

/** Everyone may read it, signed in or not: the public catalog. */
export const PUBLIC = 'PUBLIC';

/** Who may read objects of a type: everyone, or people holding one of these roles. */
export type Readers = typeof PUBLIC | readonly Role[];

/** Whether `viewer` may read objects whose readers are `readers` (before row scoping). */
export function mayRead(viewer: Viewer, readers: Readers): boolean {
  if (readers === PUBLIC) return true;
  return viewer.kind !== 'anonymous' && readers.includes(viewer.role);
}

type FieldDecorator = MethodDecorator & PropertyDecorator;

const NO_CHECK: FieldDecorator = () => undefined;

/**
 * Marks a query or field that returns objects read by `readers`: nothing for public
 * ones, else `@Authorized(readers)` (UNAUTHENTICATED without a token, FORBIDDEN for
 * other roles).
 */
export function ReadableBy(readers: Readers): FieldDecorator {
  return readers === PUBLIC ? NO_CHECK : Authorized(readers);
}

/** "ORG_ADMIN, CLINIC_MANAGER or PRACTITIONER", for descriptions that must match the rule. */
export function describeReaders(readers: Readers): string {
  if (readers === PUBLIC) return 'Public.';
  const names = [...readers];
  const last = names.pop();
  return `Requires ${names.length ? `${names.join(', ')} or ${last}` : last}.`;
}
