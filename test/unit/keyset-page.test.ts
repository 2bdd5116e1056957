/** pageSize(): the `first` argument of every connection, validated in one place. */
import { InvalidArgumentError } from '../../src/common/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../../src/common/relay/keyset-page';

test('the documented limits: 20 by default, at most 100', () => {
  expect(DEFAULT_PAGE_SIZE).toBe(20);
  expect(MAX_PAGE_SIZE).toBe(100);
});

test.each([
  ['omitted', undefined, 20],
  ['null', null, 20],
  ['zero', 0, 0],
  ['one', 1, 1],
  ['the maximum', 100, 100],
  ['just above the maximum', 101, 100],
  ['far above the maximum', 500, 100],
  ['the largest GraphQL Int', 2147483647, 100],
])('first %s gives a page of %p -> %p', (_case, first, expected) => {
  expect(pageSize(first)).toBe(expected);
});

test.each([
  ['negative', -1],
  ['very negative', -2147483648],
  ['fractional', 1.5],
  ['not a number', Number.NaN],
  ['infinite', Number.POSITIVE_INFINITY],
])('first %s (%p) is rejected as an invalid "first" argument', (_case, first) => {
  let thrown: unknown;
  try {
    pageSize(first);
  } catch (error) {
    thrown = error;
  }

  expect(thrown).toBeInstanceOf(InvalidArgumentError);
  expect((thrown as InvalidArgumentError).argument).toEqual(['first']);
  expect((thrown as InvalidArgumentError).message).toContain('"first"');
});
