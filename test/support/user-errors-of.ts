/** Runs a pure rule on fresh Checks and answers the user errors it reported (none: []). */
import { Checks, UserErrorData, UserErrorsFailure } from '../../src/common/user-errors';

export function userErrorsOf(rule: (checks: Checks) => void): UserErrorData[] {
  const checks = new Checks();
  rule(checks);
  try {
    checks.throwIfAny();
  } catch (error) {
    if (error instanceof UserErrorsFailure) return error.errors;
    throw error;
  }
  return [];
}
