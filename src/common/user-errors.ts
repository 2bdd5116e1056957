/**
 * Expected mutation failures (validation, business rules, conflicts). Services throw
 * `UserErrorsFailure`; `runMutation` turns it into the payload's `userErrors` after
 * rolling the mutation back, so a failed mutation leaves nothing half-written.
 */
import { ClassType, Field, ObjectType } from 'type-graphql';
import { isBlank } from './validation';

/** Codes every area's error enum includes, because the shared machinery may produce them. */
export const COMMON_ERROR_CODES = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID: 'INVALID',
  TAKEN: 'TAKEN',
  NOT_ALLOWED: 'NOT_ALLOWED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

export const COMMON_ERROR_DESCRIPTIONS = {
  NOT_FOUND: {
    description: 'A referenced object does not exist or is not visible to you (objects of other organizations are never visible).',
  },
  INVALID: { description: 'A value is malformed or out of range, including an id that is not an id of the expected type.' },
  TAKEN: { description: 'A value that must be unique is already in use.' },
  NOT_ALLOWED: { description: 'You can see the object, but your role (or your clinics) may not make this change.' },
  IDEMPOTENCY_KEY_REUSED: {
    description:
      'The idempotency key was used within the last 24 hours for this mutation with a different input; nothing was written. Use a new key for a new request.',
  },
};

export interface UserErrorData {
  code: string;
  /** Path of the input field, e.g. ["input", "address", "timeZone"]; null when the whole input is at fault. */
  field: string[] | null;
  message: string;
}

export class UserErrorsFailure extends Error {
  constructor(readonly errors: UserErrorData[]) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'UserErrorsFailure';
  }
}

/** Collects validation failures and throws them together. */
export class Checks {
  private readonly errors: UserErrorData[] = [];

  check(ok: boolean, code: string, field: string[] | null, message: string): this {
    if (!ok) this.errors.push({ code, field, message });
    return this;
  }

  fail(code: string, field: string[] | null, message: string): this {
    return this.check(false, code, field, message);
  }

  /**
   * A text that must not be blank, when given. Its length limit is declared on the input
   * field (`@TextField`) and checked before any resolver runs.
   */
  notBlank(value: string | null | undefined, field: string[], what: string): this {
    return this.check(value == null || !isBlank(value), COMMON_ERROR_CODES.INVALID, field, `Give ${what}: this one is blank.`);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  throwIfAny(): void {
    if (this.errors.length) throw new UserErrorsFailure([...this.errors]);
  }
}

/** Throws one user error at once. */
export function failWith(code: string, field: string[] | null, message: string): never {
  throw new UserErrorsFailure([{ code, field, message }]);
}

/**
 * Declares `<Area>UserError { code: <Area>ErrorCode!, field: [String!], message: String! }`.
 */
export function UserErrorType<E extends object>(area: string, codes: E): ClassType<UserErrorData> {
  @ObjectType(`${area}UserError`, {
    description: `An expected failure of a mutation in the ${area.toLowerCase()} area: its code, the input field at fault and a message for people.`,
  })
  class AreaUserError implements UserErrorData {
    @Field(() => codes, { description: 'Machine-readable reason.' })
    code: string;

    @Field(() => [String], {
      nullable: true,
      description: 'Path of the input field at fault, e.g. ["input", "timeZone"]; null when the input as a whole is at fault.',
    })
    field: string[] | null;

    @Field({ description: 'What went wrong, for people.' })
    message: string;
  }
  return AreaUserError;
}

/**
 * The uuid behind a global id given in a mutation's input. A malformed id, or one of
 * another type, is invalid input (INVALID at `field`, as query arguments answer
 * BAD_USER_INPUT); whether a well-formed id names an object the viewer sees is the
 * caller's question (NOT_FOUND when not: see README, "Errors of mutations").
 */
export function referenceOf(
  decode: (id: string, typename: string) => string | null,
  id: string,
  typename: string,
  field: string[],
): string {
  const uuid = decode(id, typename);
  if (!uuid) failWith(COMMON_ERROR_CODES.INVALID, field, `This is not the id of a ${typename}.`);
  return uuid;
}
