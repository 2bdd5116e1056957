/**
 * The gate every stored rule passes: `parseEligibilityRules` turns untrusted JSON (the
 * library file, a `treatments.eligibility_rules` value) into typed rules, or refuses the
 * whole list with every problem named. The evaluator trusts what passed.
 */
import { FitzpatrickType } from '../catalog/catalog.enums';
import { EligibilityRule, SCREENING_DATE_FIELDS, SCREENING_FLAGS, SETTING_UNIT } from './eligibility-rule';
import { EligibilityReasonCode, EligibilitySeverity, EVALUATOR_CODES, WaitingPeriodSetting, WaitingPeriodUnit } from './eligibility.enums';

/** Longest message or advice: a few sentences, not an article. */
export const RULE_TEXT_MAX_LENGTH = 500;

export class InvalidEligibilityRulesError extends Error {
  constructor(
    readonly where: string,
    readonly problems: string[],
  ) {
    super(`Invalid eligibility rules (${where}): ${problems.join('; ')}`);
    this.name = 'InvalidEligibilityRulesError';
  }
}

/** The rules in `value`, or an InvalidEligibilityRulesError naming every problem (`where` says whose rules). */
export function parseEligibilityRules(value: unknown, where: string): EligibilityRule[] {
  const problems = eligibilityRuleProblems(value);
  if (problems.length > 0) throw new InvalidEligibilityRulesError(where, problems);
  return value as EligibilityRule[];
}

/** What is wrong with `value` as a treatment's rule list; empty when nothing is. */
export function eligibilityRuleProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['the rules must be a JSON array'];
  const problems: string[] = [];
  const seen = new Set<unknown>();
  value.forEach((rule: unknown, index) => {
    const at = `rule ${index}`;
    problems.push(...ruleProblems(rule).map((problem) => `${at}: ${problem}`));
    if (isObject(rule)) {
      // Clearances name a reason by code and treatment: two rules with one code would be ambiguous.
      if (seen.has(rule.code)) problems.push(`${at}: code ${String(rule.code)} appears twice`);
      seen.add(rule.code);
    }
  });
  return problems;
}

const RULE_KEYS = ['code', 'severity', 'when', 'message', 'advice'];

function ruleProblems(rule: unknown): string[] {
  if (!isObject(rule)) return ['must be an object'];
  const problems = unknownKeys(rule, RULE_KEYS);
  if (!isEnumValue(EligibilityReasonCode, rule.code)) problems.push(`unknown code ${describe(rule.code)}`);
  else if (EVALUATOR_CODES.has(rule.code)) problems.push(`code ${rule.code} is given by the evaluator, not by rules`);
  if (!isEnumValue(EligibilitySeverity, rule.severity)) problems.push(`unknown severity ${describe(rule.severity)}`);
  for (const key of ['message', 'advice'] as const) {
    const text = rule[key];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${key} must be a non-blank string`);
    else if (text.length > RULE_TEXT_MAX_LENGTH) problems.push(`${key} is longer than ${RULE_TEXT_MAX_LENGTH} characters`);
  }
  problems.push(...conditionProblems(rule.when).map((problem) => `when: ${problem}`));
  return problems;
}

function conditionProblems(when: unknown): string[] {
  if (!isObject(when)) return ['must be an object'];
  if ('flag' in when) {
    const problems = unknownKeys(when, ['flag']);
    if (typeof when.flag !== 'string' || !SCREENING_FLAGS.has(when.flag))
      problems.push(`flag ${describe(when.flag)} is not a yes/no screening answer`);
    return problems;
  }
  if ('withinMonthsOf' in when) return waitingPeriodProblems(when, 'withinMonthsOf', WaitingPeriodUnit.MONTHS);
  if ('withinDaysOf' in when) return waitingPeriodProblems(when, 'withinDaysOf', WaitingPeriodUnit.DAYS);
  if ('skinTypes' in when) {
    const problems = unknownKeys(when, ['skinTypes']);
    const types = when.skinTypes;
    if (!Array.isArray(types) || types.length === 0) problems.push('skinTypes must be a non-empty array');
    else {
      for (const type of types) if (!isEnumValue(FitzpatrickType, type)) problems.push(`unknown skin type ${describe(type)}`);
      if (new Set(types).size !== types.length) problems.push('skinTypes repeats a type');
    }
    return problems;
  }
  return ['must have one of flag, withinMonthsOf, withinDaysOf or skinTypes'];
}

function waitingPeriodProblems(when: Record<string, unknown>, key: 'withinMonthsOf' | 'withinDaysOf', unit: WaitingPeriodUnit): string[] {
  const problems = unknownKeys(when, [key, 'setting']);
  const field = when[key];
  if (typeof field !== 'string' || !SCREENING_DATE_FIELDS.has(field))
    problems.push(`${key} ${describe(field)} is not a dated screening answer`);
  const setting = when.setting;
  if (!isEnumValue(WaitingPeriodSetting, setting)) problems.push(`unknown setting ${describe(setting)}`);
  else if (SETTING_UNIT[setting] !== unit) problems.push(`setting ${setting} is not counted in ${unit.toLowerCase()}`);
  return problems;
}

/** Keys of `object` outside `allowed`, as problems (a typo must not silently disable a rule). */
function unknownKeys(object: Record<string, unknown>, allowed: string[]): string[] {
  return Object.keys(object)
    .filter((key) => !allowed.includes(key))
    .map((key) => `unknown key ${key}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEnumValue<E extends Record<string, string>>(enumeration: E, value: unknown): value is E[keyof E] {
  return typeof value === 'string' && Object.values<string>(enumeration).includes(value);
}

/** A bad value for a message: quoted, cut at 40 characters. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
