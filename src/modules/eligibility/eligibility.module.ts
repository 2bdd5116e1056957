/**
 * Eligibility: the rules of each treatment (data in `treatments.eligibility_rules`), their
 * validator, and the pure evaluator (evaluate-eligibility.ts) that the courses area calls.
 * The area owns no tenant table; it exposes the rules on `Treatment`.
 */
import { defineModule } from '../module';
import { TreatmentEligibilityRulesResolver } from './eligibility.resolver';

export const eligibilityModule = defineModule({
  name: 'eligibility',
  resolvers: [TreatmentEligibilityRulesResolver],
  entities: [],
  nodeTypes: [],
  tenantTables: {},
});
