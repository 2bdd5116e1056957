/**
 * Relay global ids: opaque strings that name a type and a key, so `node(id:)` can find
 * any object. The encoding (base64url of "Type:key") is not a contract; clients must not
 * build or parse ids.
 */
import { InvalidArgumentError } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  typename: string;
  /** The key parts; a uuid for most types, several for composite keys. */
  keys: string[];
}

/** Decodes an id; throws InvalidArgumentError (naming `argument`) when it is malformed. */
export function fromGlobalId(id: string, argument: string[]): DecodedGlobalId {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const [typename, ...keys] = decoded.split(':');
  if (!/^[A-Z][A-Za-z]*$/.test(typename ?? '') || keys.length === 0 || !keys.every((k) => UUID.test(k))) {
    throw new InvalidArgumentError(argument, `Argument "${argument.join('.')}" is not a valid id.`);
  }
  return { typename, keys };
}

/** Decodes an id that must name one object of `typename`; returns its uuid. */
export function uuidFromGlobalId(id: string, typename: string, argument: string[]): string {
  const decoded = fromGlobalId(id, argument);
  if (decoded.typename !== typename || decoded.keys.length !== 1) {
    throw new InvalidArgumentError(argument, `Argument "${argument.join('.')}" is not the id of a ${typename}.`);
  }
  return decoded.keys[0];
}

/** The uuid of a `typename` id, or null when `id` is malformed or names another type. */
export function tryUuidFromGlobalId(id: string, typename: string): string | null {
  try {
    return uuidFromGlobalId(id, typename, []);
  } catch {
    return null;
  }
}
