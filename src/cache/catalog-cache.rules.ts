/**
 * What the catalog cache may hold and under which key, as pure functions of the request:
 * - only anonymous (no Authorization header at all) `query` operations whose root fields
 *   all read the public catalog (CATALOG_ROOT_FIELDS). Anonymous readers see the same
 *   catalog whoever they are, so one answer serves them all; `availability` is left out
 *   on purpose: its slots move with every booking and with the clock.
 * - the key hashes the schema, the normalised document (parsed and printed, so whitespace
 *   and comments do not matter; a persisted query resolves to the same document), the
 *   operation name, the variables as canonical JSON, and the X-Organization header.
 * - which committed changes drop the cache (touchesPublicCatalog).
 */
import { createHash } from 'node:crypto';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, OperationTypeNode, print, SelectionSetNode } from 'graphql';
import { canonicalJson } from '../common/idempotency';

/**
 * Root fields of the public catalog: the shared library (treatments, protocols), an
 * organization, its clinics (opening hours, offerings), and `node`/`nodes` (which give
 * anonymous readers the same public objects, and null for anything else). A new root
 * field is uncached until it is added here.
 */
export const CATALOG_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'treatment',
  'treatments',
  'protocol',
  'protocols',
  'organization',
  'clinic',
  'clinics',
  'node',
  'nodes',
  '__typename',
]);

/**
 * Actions of committed changes that never touch what anonymous readers see: patients and
 * their health data, courses and sessions (bookings), memberships. Every other action
 * (treatments, protocols, clinics and opening hours, offerings, organizations,
 * practitioners, and any action added later) drops the cache: when in doubt, invalidate.
 */
const PRIVATE_ACTION_AREAS: ReadonlySet<string> = new Set([
  'patient',
  'screening',
  'consent',
  'course',
  'session',
  'clearance',
  'membership',
]);

export function touchesPublicCatalog(action: string): boolean {
  return !PRIVATE_ACTION_AREAS.has(action.split('.', 1)[0]);
}

/** Whether every root field of `operation` (through fragments, whatever their directives) is a catalog field. */
export function readsOnlyCatalog(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const onlyCatalog = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return CATALOG_ROOT_FIELDS.has(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return onlyCatalog(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return true;
          seen.add(name);
          const fragment = fragments.get(name);
          return fragment !== undefined && onlyCatalog(fragment.selectionSet);
        }
        default:
          return false;
      }
    });
  return onlyCatalog(operation.selectionSet);
}

export interface CacheableRequest {
  /** Fingerprint of the schema: answers of another version of the API are never served. */
  schemaHash: string;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
  /** The X-Organization header as sent (anonymous answers do not depend on it today). */
  organization: string | null | undefined;
}

const printedHashes = new WeakMap<DocumentNode, string>();

/** SHA-256 of the printed document; Apollo hands the same parsed document to repeated queries, so it is printed once. */
export function documentHash(document: DocumentNode): string {
  let hash = printedHashes.get(document);
  if (hash === undefined) {
    hash = sha256(print(document));
    printedHashes.set(document, hash);
  }
  return hash;
}

/** The cache key of a request: two requests share a key only when their anonymous answers are the same. */
export function cacheKey(request: CacheableRequest): string {
  return sha256(
    canonicalJson([
      request.schemaHash,
      documentHash(request.document),
      request.operationName ?? null,
      request.variables ?? {},
      request.organization ?? null,
    ]),
  );
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
