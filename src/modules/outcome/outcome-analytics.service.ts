/**
 * Runs the analytics statement in the request's transaction (the read-only one of a query,
 * on whatever server the request reads from) under its own statement timeout, then
 * restores the request's timeout. The rows come back shaped as the GraphQL types.
 */
import { RequestContext } from '../../context';
import { uuidFromGlobalId } from '../../common/relay/global-id';
import { InvalidArgumentError } from '../../common/errors';
import { AnalyticsFilterValues, outcomeAnalyticsSql } from './outcome-analytics.sql';
import { OutcomeAnalytics, OutcomeAnalyticsFilter, OutcomeAnalyticsGroup } from './outcome-analytics.types';
import { AnalyticsDimension } from './outcome.enums';

const MAX_IDS = 100;

function ids(values: string[] | null | undefined, typename: string, argument: string[]): string[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_IDS) throw new InvalidArgumentError(argument, `Argument "${argument.join('.')}" takes at most ${MAX_IDS} ids.`);
  return values.map((id) => uuidFromGlobalId(id, typename, argument));
}

/** The filter as SQL values: ids decoded (a malformed or foreign-typed id is BAD_USER_INPUT naming the field). */
export function filterValues(filter: OutcomeAnalyticsFilter | null | undefined): AnalyticsFilterValues {
  const f = filter ?? {};
  if (f.startedFrom && f.startedBefore && f.startedFrom.getTime() >= f.startedBefore.getTime()) {
    throw new InvalidArgumentError(['filter', 'startedBefore'], 'Argument "filter.startedBefore" must follow filter.startedFrom.');
  }
  return {
    protocolIds: ids(f.protocolIds, 'Protocol', ['filter', 'protocolIds']),
    treatmentIds: ids(f.treatmentIds, 'Treatment', ['filter', 'treatmentIds']),
    clinicIds: ids(f.clinicIds, 'Clinic', ['filter', 'clinicIds']),
    practitionerIds: ids(f.practitionerIds, 'Practitioner', ['filter', 'practitionerIds']),
    concerns: f.concerns ?? undefined,
    skinTypes: f.skinTypes ?? undefined,
    startedFrom: f.startedFrom ?? undefined,
    startedBefore: f.startedBefore ?? undefined,
  };
}

export async function outcomeAnalytics(
  ctx: RequestContext,
  filter: OutcomeAnalyticsFilter | null | undefined,
  groupBy: AnalyticsDimension[],
): Promise<OutcomeAnalytics> {
  const dims = [...new Set(groupBy)];
  const { minGroupPatients, statementTimeoutMs } = ctx.analytics;
  const { sql, values } = outcomeAnalyticsSql(ctx.scope, filterValues(filter), dims, minGroupPatients);
  // Its own timeout, and a plan for its own values: the statement goes out as a named
  // prepared statement, which PostgreSQL plans generically (without the organization and
  // the filters) from its sixth execution on: at 1M sessions the API's median was 5.8 s
  // with it, 3.0 s without.
  const [previous] = await ctx.db.query<{ timeout: string; planCacheMode: string }>(
    `SELECT current_setting('statement_timeout') AS timeout, current_setting('plan_cache_mode') AS "planCacheMode",
            set_config('statement_timeout', $1, true), set_config('plan_cache_mode', 'force_custom_plan', true)`,
    [`${statementTimeoutMs}ms`],
  );
  let groups: OutcomeAnalyticsGroup[];
  try {
    groups = await ctx.db.query<OutcomeAnalyticsGroup>(sql, values);
  } finally {
    // A failed statement aborts the transaction, and the settings with it.
    await ctx.db
      .query(`SELECT set_config('statement_timeout', $1, true), set_config('plan_cache_mode', $2, true)`, [
        previous.timeout,
        previous.planCacheMode,
      ])
      .catch(() => undefined);
  }
  return { groupBy: dims, minGroupPatients, groups };
}
