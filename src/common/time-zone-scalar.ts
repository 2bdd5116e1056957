/**
 * The `TimeZone` scalar: graphql-scalars' name, description and validation, without its
 * cost. graphql-scalars builds an `Intl.DateTimeFormat` (two, counting its availability
 * probe) for every value it serializes, which was a third of the CPU of a page of
 * clinics. Clinics share a few dozen zones, so a zone is validated once and remembered.
 */
import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

/** Valid zones seen so far; only valid names enter, and there are about 600 of them, but keep a bound anyway. */
const validZones = new Set<string>();
const MAX_REMEMBERED = 2_000;

function validTimeZone(value: unknown, nodes?: ValueNode): string {
  if (typeof value === 'string' && validZones.has(value)) return value;
  if (typeof value !== 'string') throw new GraphQLError(`Value is not a valid IANA time zone: ${String(value)}`, { nodes });
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: value });
  } catch {
    throw new GraphQLError(`Value is not a valid IANA time zone: ${value}`, { nodes });
  }
  if (validZones.size < MAX_REMEMBERED) validZones.add(value);
  return value;
}

export const TimeZoneScalar = new GraphQLScalarType<string, string>({
  name: 'TimeZone',
  description: 'A field whose value exists in the standard IANA Time Zone Database: https://www.iana.org/time-zones',
  serialize: (value) => validTimeZone(value),
  parseValue: (value) => validTimeZone(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Can only sanitize time zone strings, but got: ${ast.kind}`, { nodes: ast });
    return validTimeZone(ast.value, ast);
  },
  extensions: { codegenScalarType: 'string' },
});
