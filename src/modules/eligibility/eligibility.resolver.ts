import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Treatment } from '../catalog/catalog.entity';
import { EligibilityRule, isFlagCondition, isWithinMonthsCondition } from './eligibility-rule';
import { parseEligibilityRules } from './eligibility-rule-validation';
import { EligibilityRuleType, EligibilityWaitingPeriod } from './eligibility-rule.types';
import { WaitingPeriodUnit } from './eligibility.enums';

@Resolver(() => Treatment)
export class TreatmentEligibilityRulesResolver {
  @FieldResolver(() => [EligibilityRuleType], {
    description:
      'The rules that decide who may receive this treatment, in order: contraindications from the screening, waiting periods and skin-type risks. Public.',
  })
  eligibilityRules(@Root() treatment: Treatment): EligibilityRuleType[] {
    // Stored rules were validated when written; a corrupt value fails loudly rather than passing patients silently.
    return parseEligibilityRules(treatment.eligibilityRulesDocument, `treatment ${treatment.id}`).map(toSchema);
  }
}

function toSchema(rule: EligibilityRule): EligibilityRuleType {
  const when = rule.when;
  let waitingPeriod: EligibilityWaitingPeriod | null = null;
  if ('setting' in when) {
    const months = isWithinMonthsCondition(when);
    waitingPeriod = Object.assign(new EligibilityWaitingPeriod(), {
      since: months ? when.withinMonthsOf : when.withinDaysOf,
      unit: months ? WaitingPeriodUnit.MONTHS : WaitingPeriodUnit.DAYS,
      setting: when.setting,
    });
  }
  return Object.assign(new EligibilityRuleType(), {
    code: rule.code,
    severity: rule.severity,
    screeningFlag: isFlagCondition(when) ? when.flag : null,
    waitingPeriod,
    skinTypes: 'skinTypes' in when ? when.skinTypes : [],
    message: rule.message,
    advice: rule.advice,
  });
}
