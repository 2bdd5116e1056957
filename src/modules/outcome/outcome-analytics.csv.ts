/**
 * GET /analytics/outcomes.csv: the rows of `outcomeAnalytics` as CSV for spreadsheet and BI
 * tools that do not speak GraphQL (Metabase, Power BI). The same filters as query
 * parameters (lists comma-separated or repeated), the same Bearer token and
 * `X-Organization` header, the same roles, scoping and suppression, and the same SQL
 * statement: the request goes through `createRequestContext` and its read-only request
 * transaction like a GraphQL query, and ends with `ctx.db.finish`.
 *
 *   curl -H "authorization: Bearer $TOKEN" \
 *     'http://localhost:4000/analytics/outcomes.csv?groupBy=PROTOCOL,MONTH&startedFrom=2026-01-01T00:00:00Z'
 */
import express from 'express';
import { DateTimeResolver } from 'graphql-scalars';
import { ForbiddenError, UnauthenticatedError } from '../../auth/auth-errors';
import { InvalidArgumentError, StatementTimeoutError } from '../../common/errors';
import { loggableError } from '../../common/safe-log';
import { ContextDependencies, createRequestContext, RequestContext } from '../../context';
import { classifyDatabaseError } from '../../db/sql-errors';
import { FitzpatrickType, SkinConcern } from '../catalog/catalog.enums';
import { outcomeAnalytics } from './outcome-analytics.service';
import { OutcomeAnalyticsFilter, OutcomeAnalyticsGroup } from './outcome-analytics.types';
import { AnalyticsDimension } from './outcome.enums';
import { ANALYTICS_READERS } from './outcome.readers';
import { ADVERSE_EVENT_KINDS, SCALES } from './outcome.rules';

export const OUTCOMES_CSV_PATH = '/analytics/outcomes.csv';

type Cell = string | number | boolean | null;

const GROUP_COLUMNS: Array<[string, (g: OutcomeAnalyticsGroup) => Cell]> = [
  ['protocol_id', (g) => g.protocolId],
  ['protocol_name', (g) => g.protocolName],
  ['clinic_id', (g) => g.clinicId],
  ['clinic_name', (g) => g.clinicName],
  ['practitioner_id', (g) => g.practitionerId],
  ['skin_type', (g) => g.skinType],
  ['month', (g) => g.month],
  ['suppressed', (g) => g.suppressed],
  ['patients', (g) => g.patients],
  ['courses_started', (g) => g.coursesStarted],
  ['courses_completed', (g) => g.coursesCompleted],
  ['completed_patients', (g) => g.completedPatients],
  ['completion_rate', (g) => g.completionRate],
  ['mean_sessions_per_completed_course', (g) => g.meanSessionsPerCompletedCourse],
  ['no_show_sessions', (g) => g.noShowSessions],
  ['due_sessions', (g) => g.dueSessions],
  ['due_session_patients', (g) => g.dueSessionPatients],
  ['no_show_rate', (g) => g.noShowRate],
  ['treated_sessions', (g) => g.treatedSessions],
  ['treated_patients', (g) => g.treatedPatients],
];
const SCALE_FIELDS = ['observations', 'patients', 'meanValue', 'meanChange', 'medianChange', 'improvedShare'] as const;
const EVENT_FIELDS = ['sessions', 'rate', 'patients'] as const;
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every column, in order: the group's own, then each scale's, then each adverse-event kind's (empty where absent or suppressed). */
const COLUMNS: Array<[string, (g: OutcomeAnalyticsGroup) => Cell]> = [
  ...GROUP_COLUMNS,
  ...SCALES.flatMap((scale) =>
    SCALE_FIELDS.map((field): [string, (g: OutcomeAnalyticsGroup) => Cell] => [
      `${scale.toLowerCase()}_${snake(field)}`,
      (g) => g.scales.find((s) => s.scale === scale)?.[field] ?? null,
    ]),
  ),
  ...ADVERSE_EVENT_KINDS.flatMap((kind) =>
    EVENT_FIELDS.map((field): [string, (g: OutcomeAnalyticsGroup) => Cell] => [
      `adverse_${kind.toLowerCase()}_${field}`,
      (g) => g.adverseEvents.find((e) => e.kind === kind)?.[field] ?? null,
    ]),
  ),
];

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return first) is prefixed with an apostrophe; numbers are written as such.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(groups: OutcomeAnalyticsGroup[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const g of groups) lines.push(COLUMNS.map(([, cell]) => csvCell(cell(g))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A query parameter as a list: repeated, comma-separated, or both; undefined when absent. */
function list(query: express.Request['query'], name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === 'string' ? v.split(',') : []));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function enumList<E extends string>(query: express.Request['query'], name: string, values: readonly E[]): E[] | undefined {
  const items = list(query, name);
  const bad = items?.find((v) => !values.includes(v as E));
  if (bad !== undefined)
    throw new InvalidArgumentError([name], `Parameter "${name}" takes ${values.join(', ')}; got "${bad.slice(0, 40)}".`);
  return items as E[] | undefined;
}

function instant(query: express.Request['query'], name: string): Date | undefined {
  const [value, ...more] = list(query, name) ?? [];
  if (value === undefined) return undefined;
  try {
    if (more.length) throw new Error('several');
    return DateTimeResolver.parseValue(value);
  } catch {
    throw new InvalidArgumentError([name], `Parameter "${name}" must be one RFC 3339 date-time, e.g. 2026-01-01T00:00:00Z.`);
  }
}

/** The GraphQL arguments from the query string. */
export function csvArguments(query: express.Request['query']): { groupBy: AnalyticsDimension[]; filter: OutcomeAnalyticsFilter } {
  return {
    groupBy: enumList(query, 'groupBy', Object.values(AnalyticsDimension)) ?? [],
    filter: {
      protocolIds: list(query, 'protocolIds'),
      treatmentIds: list(query, 'treatmentIds'),
      clinicIds: list(query, 'clinicIds'),
      practitionerIds: list(query, 'practitionerIds'),
      concerns: enumList(query, 'concerns', Object.values(SkinConcern)),
      skinTypes: enumList(query, 'skinTypes', Object.values(FitzpatrickType)),
      startedFrom: instant(query, 'startedFrom'),
      startedBefore: instant(query, 'startedBefore'),
    },
  };
}

function fail(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** The route, for `app.use(...)` in server.ts. */
export function outcomesCsvRoute(deps: ContextDependencies): express.Router {
  const router = express.Router();
  router.get(OUTCOMES_CSV_PATH, async (req, res) => {
    let ctx: RequestContext | undefined;
    try {
      ctx = await createRequestContext(deps, {
        authorization: req.headers.authorization,
        organization: req.header('x-organization'),
        requestId: req.header('x-request-id'),
      });
      res.setHeader('x-request-id', ctx.requestId);
      // A pure read, like a GraphQL query: READ ONLY, and on the read replica when one is configured.
      ctx.db.markReadOnly();
      ctx.db.readFromReplica();
      const { viewer } = ctx;
      if (viewer.kind === 'anonymous') throw new UnauthenticatedError('A Bearer token is required.');
      if (viewer.kind !== 'member' || !(ANALYTICS_READERS as readonly string[]).includes(viewer.role)) {
        throw new ForbiddenError('Outcome analytics requires ANALYST, ORG_ADMIN or CLINIC_MANAGER.');
      }
      const { groupBy, filter } = csvArguments(req.query);
      const result = await outcomeAnalytics(ctx, filter, groupBy);
      const csv = toCsv(result.groups);
      await ctx.db.finish(true);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', 'attachment; filename="outcomes.csv"')
        .setHeader('cache-control', 'no-store')
        .send(csv);
    } catch (error) {
      await ctx?.db.finish(false).catch(() => undefined);
      if (error instanceof UnauthenticatedError)
        return fail(res.setHeader('www-authenticate', 'Bearer'), 401, 'UNAUTHENTICATED', error.message);
      if (error instanceof ForbiddenError) return fail(res, 403, 'FORBIDDEN', error.message);
      if (error instanceof InvalidArgumentError) return fail(res, 400, 'BAD_USER_INPUT', error.message, { argument: error.argument });
      if (error instanceof StatementTimeoutError || classifyDatabaseError(error, new Map())?.kind === 'timeout') {
        return fail(res, 503, 'STATEMENT_TIMEOUT', new StatementTimeoutError().message, { retryable: true });
      }
      deps.log('unexpected error in the outcomes CSV export', loggableError(error));
      return fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
