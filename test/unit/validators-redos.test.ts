/**
 * Regular-expression denial of service: every validator bounds the length before any
 * pattern, and no pattern backtracks catastrophically, so 50 KB of adversarial input
 * costs microseconds, not seconds of a blocked event loop.
 */
import { lengthViolations } from '../../src/common/input-limits';
import * as validation from '../../src/common/validation';
import { GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLString } from 'graphql';

const SIZE = 50 * 1024;
const fill = (prefix: string, unit: string, suffix: string) =>
  prefix + unit.repeat(Math.ceil((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;

/** Inputs shaped to make a backtracking pattern explode (the e-mail one was quadratic on the first). */
const ADVERSARIAL = [
  fill('a@', '.', '@'),
  fill('a@', 'a.', '@'),
  fill('', 'a', '!'),
  fill('a', '-a', '-'),
  fill('+1', '1', 'x'),
  fill('', '0', ':'),
  fill('2024-', '1', ''),
  fill('', ' ', ''),
  fill('', 'a@', ''),
  fill('A', 'A', ''),
];

type Validator = (value: string) => unknown;
const VALIDATORS: Array<[string, Validator]> = Object.entries(validation as Record<string, unknown>).filter(
  (entry): entry is [string, Validator] => typeof entry[1] === 'function' && entry[0] !== 'latestToday',
);

test('the validators under test are all of them', () => {
  expect(VALIDATORS.map(([name]) => name).sort()).toEqual([
    'isBlank',
    'isCountryCode',
    'isCurrency',
    'isEmail',
    'isLocalDate',
    'isLocalTime',
    'isPastOrToday',
    'isPhone',
    'isSlug',
    'isTimeZone',
    'quote',
  ]);
});

/** The best of three runs: a catastrophic pattern is slow every time, a busy machine only sometimes. */
function fastestMs(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

test.each(VALIDATORS)('%s takes under 50 ms on each 50 KB adversarial input', (_name, validate) => {
  for (const input of ADVERSARIAL) {
    expect(fastestMs(() => validate(input))).toBeLessThan(50);
  }
});

test('the e-mail check still accepts addresses and refuses the adversarial shape', () => {
  expect(validation.isEmail('miami@lumiere-skin.example')).toBe(true);
  expect(validation.isEmail('a.b+c@mail.example.co.uk')).toBe(true);
  expect(validation.isEmail('a@....@')).toBe(false);
  expect(validation.isEmail('a@b')).toBe(false);
  expect(validation.isEmail('a@b..c')).toBe(false);
});

test('quote cuts long values to 40 characters and an ellipsis', () => {
  expect(validation.quote('Europe/Berlin')).toBe('"Europe/Berlin"');
  expect(validation.quote('x'.repeat(100_000))).toBe(`"${'x'.repeat(40)}…"`);
  expect(validation.quote('😀'.repeat(50))).toBe(`"${'😀'.repeat(40)}…"`);
});

test('the length walk finds an over-long string deep in a list of inputs, quickly', () => {
  const Item = new GraphQLInputObjectType({
    name: 'Item',
    fields: { note: { type: GraphQLString, extensions: { maxLength: 10 } } },
  });
  const args = [{ name: 'input', type: new GraphQLNonNull(new GraphQLList(Item)) }];
  const items = Array.from({ length: 1000 }, (_, i) => ({ note: i === 700 ? 'x'.repeat(SIZE) : 'ok' }));
  expect(lengthViolations({ input: items }, args)).toEqual([{ path: ['input', '700', 'note'], maxLength: 10, length: SIZE }]);
  expect(fastestMs(() => lengthViolations({ input: items }, args))).toBeLessThan(50);
});
