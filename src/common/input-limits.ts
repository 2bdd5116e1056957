/**
 * Length limits of string inputs, declared once next to each field and enforced in one
 * place before any resolver (or validator pattern) sees the value.
 *
 * `@TextField(LIMITS.NAME, {...})` declares a String input field (or `@TextListField` a
 * list of strings, each limited): it records the limit in the GraphQL field's extensions
 * (`maxLength`) and appends it to the description. `checkInputLimits`, type-graphql's
 * `validateFn`, walks every argument of a field against the built schema's input types
 * before the resolver runs (after authorization). A violation in a mutation's input
 * becomes a userError at the field's path (INVALID, which every area's code enum
 * includes); in a query argument it is BAD_USER_INPUT naming the argument.
 */
import {
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { Extensions, Field, FieldOptions, ResolverData } from 'type-graphql';
import { InvalidArgumentError } from './errors';
import { COMMON_ERROR_CODES, UserErrorData, UserErrorsFailure } from './user-errors';

/** The limits the schema uses, so that equal things get equal limits. */
export const LIMITS = {
  /** URL-safe names. */
  SLUG: 80,
  /** Names, titles of things, short labels, cities, street addresses. */
  NAME: 200,
  /** Summaries, notes, advice, biographies. */
  TEXT: 2000,
  /** Long descriptions and answers. */
  LONG_TEXT: 20000,
  /** An identity provider's subject. */
  SUBJECT: 255,
  /** RFC 5321's longest address. */
  EMAIL: 254,
  /** E.164: "+" and at most 15 digits. */
  PHONE: 16,
  /** IANA zone names are at most about 32 characters. */
  TIME_ZONE: 64,
  CURRENCY: 3,
  COUNTRY_CODE: 2,
  POSTAL_CODE: 20,
  /** "YYYY-MM-DD". */
  LOCAL_DATE: 10,
  /** "HH:MM:SS". */
  LOCAL_TIME: 8,
  /** Honorifics and credentials such as "Dr." or "FAAD". */
  SHORT_LABEL: 50,
  /** Audit actions and type names. */
  CODE: 100,
  /** A client's idempotency key (a UUID or a similar random token). */
  IDEMPOTENCY_KEY: 128,
  /** Pagination cursors (opaque; they hold a sort value such as a name). */
  CURSOR: 4000,
} as const;

/** The extension key under which a field's limit is recorded. */
export const MAX_LENGTH_EXTENSION = 'maxLength';

type TextFieldOptions = Omit<FieldOptions, 'description'> & { description: string };

function describedLimit(description: string, maxLength: number): string {
  return `${description} At most ${maxLength} characters.`;
}

/** A String input field (of an input type or an args type) of at most `maxLength` characters. */
export function TextField(maxLength: number, options: TextFieldOptions): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { ...options, description: describedLimit(options.description, maxLength) })(target, key);
    Extensions({ [MAX_LENGTH_EXTENSION]: maxLength })(target, key);
  };
}

/** A list of strings, each of at most `maxLength` characters. */
export function TextListField(maxLength: number, options: TextFieldOptions): PropertyDecorator {
  return (target, key) => {
    Field(() => [String], { ...options, description: `${options.description} Each at most ${maxLength} characters.` })(target, key);
    Extensions({ [MAX_LENGTH_EXTENSION]: maxLength })(target, key);
  };
}

/** The limit recorded on an input field or argument, if any. */
export function maxLengthOf(field: { extensions?: Readonly<Record<string, unknown>> | null }): number | undefined {
  const value = field.extensions?.[MAX_LENGTH_EXTENSION];
  return typeof value === 'number' ? value : undefined;
}

export interface LengthViolation {
  path: string[];
  maxLength: number;
  length: number;
}

/** Stop after this many: a huge list of long strings needs no huge answer. */
const MAX_VIOLATIONS = 20;

/** Characters as PostgreSQL counts them (code points); cheap when the string is short. */
function characterCount(value: string, maxLength: number): number {
  if (value.length <= maxLength) return value.length;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) i++;
    count++;
  }
  return count;
}

/**
 * Every string value longer than its declared limit, walking the values against their
 * input types without recursion (input nesting is bounded by the query, but a loop costs
 * nothing and cannot overflow).
 */
export function lengthViolations(
  args: Record<string, unknown>,
  argDefs: ReadonlyArray<{ name: string; type: GraphQLInputType; extensions?: Readonly<Record<string, unknown>> | null }>,
): LengthViolation[] {
  const violations: LengthViolation[] = [];
  const stack: Array<{ value: unknown; type: GraphQLInputType; path: string[]; maxLength: number | undefined }> = argDefs
    .map((arg) => ({ value: args[arg.name], type: arg.type, path: [arg.name], maxLength: maxLengthOf(arg) }))
    .reverse();
  while (stack.length && violations.length < MAX_VIOLATIONS) {
    const { value, type, path, maxLength } = stack.pop()!;
    if (value == null) continue;
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped)) {
      if (!Array.isArray(value)) continue;
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], type: unwrapped.ofType, path: [...path, String(i)], maxLength });
    } else if (isInputObjectType(unwrapped)) {
      const fields = Object.values(unwrapped.getFields()).reverse();
      for (const field of fields) {
        stack.push({
          value: (value as Record<string, unknown>)[field.name],
          type: field.type,
          path: [...path, field.name],
          maxLength: maxLengthOf(field),
        });
      }
    } else if (typeof value === 'string' && maxLength !== undefined) {
      const length = characterCount(value, maxLength);
      if (length > maxLength) violations.push({ path, maxLength, length });
    }
  }
  return violations;
}

export function lengthMessage(v: LengthViolation): string {
  return `Give at most ${v.maxLength} characters (this value has ${v.length}).`;
}

const checked = new WeakSet<object>();

/**
 * type-graphql's `validateFn`: called once per parameter, with the same resolver data for
 * all parameters of one call, so the whole field's arguments are checked on the first.
 */
export function checkInputLimits(_value: unknown, _type: unknown, data: ResolverData<object>): void {
  if (checked.has(data)) return;
  checked.add(data);
  const { info } = data;
  const field = info.parentType.getFields()[info.fieldName];
  const violations = lengthViolations(data.args, field.args);
  if (!violations.length) return;
  if (info.parentType === info.schema.getMutationType()) {
    throw new UserErrorsFailure(violations.map((v) => ({ code: COMMON_ERROR_CODES.INVALID, field: v.path, message: lengthMessage(v) })));
  }
  const [first] = violations;
  throw new InvalidArgumentError(first.path, `Argument "${first.path.join('.')}" is too long: ${lengthMessage(first)}`);
}

/**
 * A mutation's payload carrying only userErrors: every other field is null, or an empty
 * list when it is a non-null list.
 */
function failedPayload(type: GraphQLObjectType, userErrors: UserErrorData[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    payload[field.name] = isNonNullType(field.type) && isListType(field.type.ofType) ? [] : null;
  }
  payload.userErrors = userErrors;
  return payload;
}

/**
 * Input failures found before a mutation's resolver ran (the limits above) are reported
 * like the resolver's own: in the payload's userErrors, not as top-level errors.
 */
export function reportInputFailuresAsUserErrors(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const payloadType = getNamedType(field.type);
    const resolve = field.resolve;
    if (!resolve || !isObjectType(payloadType) || !payloadType.getFields().userErrors) continue;
    field.resolve = async (source, args, context, info) => {
      try {
        return await resolve(source, args, context, info);
      } catch (error) {
        if (error instanceof UserErrorsFailure) return failedPayload(payloadType, error.errors);
        throw error;
      }
    };
  }
}
