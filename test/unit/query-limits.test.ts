/** measureOperation(): the cost model on a small schema, case by case. */
import { buildSchema, FragmentDefinitionNode, getOperationAST, getVariableValues, Kind, parse, validate } from 'graphql';
import { measureOperation, QueryMeasure } from '../../src/graphql/query-limits';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Query {
    shop(slug: String!): Shop
    shops(first: Int): ShopConnection!
    nodes(ids: [ID!]!): [Node]!
  }
  type Shop implements Node { id: ID! name: String! owner: Person! items(first: Int): ItemConnection! tags: [Tag!]! }
  type Person implements Node { id: ID! name: String! shops: [Shop!]! }
  type Tag { label: String! }
  type Item implements Node { id: ID! price: Int! }
  type ShopConnection { totalCount: Int! edges: [ShopEdge!]! }
  type ShopEdge { cursor: String! node: Shop! }
  type ItemConnection { edges: [ItemEdge!]! }
  type ItemEdge { node: Item! }
`);

function measure(query: string, variables: Record<string, unknown> = {}): QueryMeasure {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return measureOperation(schema, fragments, operation, coerced.coerced!);
}

test('scalars cost nothing, objects 1 each; depth counts the leaf', () => {
  expect(measure('{ shop(slug: "a") { name } }')).toEqual({ depth: 2, aliases: 0, cost: 1 });
  expect(measure('{ shop(slug: "a") { owner { name } } }')).toEqual({ depth: 3, aliases: 0, cost: 2 });
  expect(measure('{ __typename }')).toEqual({ depth: 1, aliases: 0, cost: 0 });
});

test('a connection is one object, its edges and their nodes a page each (default 20, at most 100)', () => {
  expect(measure('{ shops { totalCount edges { node { name } } } }').cost).toBe(1 + 20 + 20);
  expect(measure('{ shops(first: 3) { edges { cursor } } }').cost).toBe(1 + 3);
  expect(measure('{ shops(first: 5000) { edges { cursor } } }').cost).toBe(1 + 100);
  expect(measure('query($n: Int) { shops(first: $n) { edges { cursor } } }', { n: 7 }).cost).toBe(1 + 7);
  // A negative page is refused by the resolvers: nothing under it is returned.
  expect(measure('{ shops(first: -1) { edges { cursor } } }').cost).toBe(1);
});

test('nested connections multiply their pages', () => {
  const query = '{ shops(first: 10) { edges { node { items(first: 10) { edges { node { price } } } } } } }';
  // shops 1, 10 edges, 10 shops, 10 item connections, 100 edges, 100 items
  expect(measure(query)).toEqual({ depth: 7, aliases: 0, cost: 1 + 10 + 10 + 10 * (1 + 10 + 10) });
});

test('nodes(ids:) returns one object per id, from a literal or a variable', () => {
  expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(3);
  expect(measure('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b'] }).cost).toBe(2);
});

test('plain lists count as one item', () => {
  expect(measure('{ shop(slug: "a") { tags { label } } }').cost).toBe(2);
});

test('aliases count, also inside fragments each time they are spread', () => {
  const query = `{ a: shop(slug: "a") { ...F } b: shop(slug: "b") { ...F } }
    fragment F on Shop { n: name o: owner { name } }`;
  expect(measure(query)).toEqual({ depth: 3, aliases: 2 + 2 * 2, cost: 2 * 2 });
});

test('fragments on different types of one abstract field all count', () => {
  const query = '{ nodes(ids: ["a"]) { ... on Shop { owner { name } } ... on Person { shops { name } } } }';
  expect(measure(query).cost).toBe(1 * (1 + 1 + 1));
});

test('@skip and @include are applied', () => {
  const query = 'query($no: Boolean!) { shop(slug: "a") { owner @include(if: $no) { name } tags @skip(if: $no) { label } } }';
  expect(measure(query, { no: false }).cost).toBe(1 + 1);
  expect(measure(query, { no: true }).cost).toBe(1 + 1);
  expect(measure('{ shop(slug: "a") { owner @skip(if: true) { name } } }').cost).toBe(1);
});

test('introspection is not measured', () => {
  expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }')).toEqual({ depth: 0, aliases: 0, cost: 0 });
});

test('fragments spread exponentially are measured in time linear in the document', () => {
  // F0 spreads F1 twice, F1 spreads F2 twice, ... : 2^40 selections once expanded.
  const levels = 40;
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Shop { x${i}: name }`
      : `fragment F${i} on Shop { ...F${i + 1} owner { shops { ...F${i + 1} } } }`,
  );
  const started = Date.now();

  const result = measure(`{ shop(slug: "a") { ...F0 } } ${fragments.join(' ')}`);

  expect(Date.now() - started).toBeLessThan(2000);
  expect(result.aliases).toBe(2 ** (levels - 1));
  // shop, then owner and shops per level, then name
  expect(result.depth).toBe(1 + 2 * (levels - 1) + 1);
});
