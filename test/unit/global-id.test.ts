/**
 * Relay global ids: what `toGlobalId` makes, `fromGlobalId` and `uuidFromGlobalId`
 * read back, and anything else is rejected as an invalid argument naming its path.
 */
import { InvalidArgumentError } from '../../src/common/errors';
import { fromGlobalId, toGlobalId, uuidFromGlobalId } from '../../src/common/relay/global-id';

const CLINIC_UUID = '3f1c2a9e-7b4d-4c8e-9a21-5d6f7e8a9b0c';
const PROTOCOL_UUID = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** The InvalidArgumentError `fn` throws (fails the test when it throws nothing or something else). */
function rejection(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('Expected an InvalidArgumentError, but nothing was thrown');
}

describe('toGlobalId / fromGlobalId', () => {
  test('an id made for a type and a uuid decodes back to both', () => {
    const id = toGlobalId('Clinic', CLINIC_UUID);

    expect(fromGlobalId(id, ['id'])).toEqual({ typename: 'Clinic', keys: [CLINIC_UUID] });
  });

  test('an id is opaque and URL-safe: no uuid, type name, padding or "+" and "/" in it', () => {
    const id = toGlobalId('Clinic', CLINIC_UUID);

    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain(CLINIC_UUID);
    expect(id).not.toContain('Clinic');
  });

  test('ids of different objects differ, and the same object always gets the same id', () => {
    expect(toGlobalId('Clinic', CLINIC_UUID)).toBe(toGlobalId('Clinic', CLINIC_UUID));
    expect(toGlobalId('Clinic', CLINIC_UUID)).not.toBe(toGlobalId('Practitioner', CLINIC_UUID));
    expect(toGlobalId('Clinic', CLINIC_UUID)).not.toBe(toGlobalId('Clinic', PROTOCOL_UUID));
  });

  test('a composite key (an offering: clinic and protocol) decodes to its parts in order', () => {
    const id = toGlobalId('Offering', `${CLINIC_UUID}:${PROTOCOL_UUID}`);

    expect(fromGlobalId(id, ['id'])).toEqual({ typename: 'Offering', keys: [CLINIC_UUID, PROTOCOL_UUID] });
  });

  test.each([
    ['an empty string', ''],
    ['plain text', 'not-an-id'],
    ['a non-uuid key', base64url('Clinic:123')],
    ['a type without a key', base64url('Clinic')],
    ['a type with an empty key', base64url('Clinic:')],
    ['a lower-case type name', base64url(`clinic:${CLINIC_UUID}`)],
    ['a key without a type', base64url(`:${CLINIC_UUID}`)],
    ['an upper-case uuid', base64url(`Clinic:${CLINIC_UUID.toUpperCase()}`)],
    ['a uuid followed by more text', base64url(`Clinic:${CLINIC_UUID}x`)],
    ['padded standard base64', Buffer.from(`Clinic:${CLINIC_UUID}`).toString('base64') + '='],
    ['an id with spaces', ` ${toGlobalId('Clinic', CLINIC_UUID)} `],
    ['a very long string', 'A'.repeat(5000)],
  ])('%s is rejected as an invalid id naming the argument', (_case, id) => {
    const error = rejection(() => fromGlobalId(id, ['filter', 'clinicId']));

    expect(error.argument).toEqual(['filter', 'clinicId']);
    expect(error.message).toBe('Argument "filter.clinicId" is not a valid id.');
  });

  test('the argument path of an item of a list names its index', () => {
    const error = rejection(() => fromGlobalId('not-an-id', ['ids', '3']));

    expect(error.argument).toEqual(['ids', '3']);
    expect(error.message).toContain('"ids.3"');
  });
});

describe('uuidFromGlobalId', () => {
  test('gives the uuid of an id of the expected type', () => {
    expect(uuidFromGlobalId(toGlobalId('Practitioner', CLINIC_UUID), 'Practitioner', ['id'])).toBe(CLINIC_UUID);
  });

  test('rejects the id of another type, saying which type was expected', () => {
    const error = rejection(() => uuidFromGlobalId(toGlobalId('Clinic', CLINIC_UUID), 'Practitioner', ['id']));

    expect(error.argument).toEqual(['id']);
    expect(error.message).toBe('Argument "id" is not the id of a Practitioner.');
  });

  test('rejects a composite id even when its type matches', () => {
    const error = rejection(() => uuidFromGlobalId(toGlobalId('Offering', `${CLINIC_UUID}:${PROTOCOL_UUID}`), 'Offering', ['id']));

    expect(error.argument).toEqual(['id']);
  });

  test('rejects a malformed id as invalid, not as a wrong type', () => {
    const error = rejection(() => uuidFromGlobalId(base64url('Clinic:123'), 'Clinic', ['clinicId']));

    expect(error.argument).toEqual(['clinicId']);
    expect(error.message).toBe('Argument "clinicId" is not a valid id.');
  });
});
