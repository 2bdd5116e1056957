/**
 * Keyset pagination in one SQL statement, for one list or for the lists of many
 * parents at once (so a nested connection costs one statement whatever the number of
 * parents). Rows are ordered by a sort key and the id; a cursor holds both values, so
 * a page never skips or repeats rows when others are inserted before it.
 *
 * A cursor is bound to the list and the ordering that produced it: it carries a short
 * digest of the query's FROM clause and sort key (still opaque), and a cursor of another
 * connection or ordering is refused (BAD_USER_INPUT naming `after`) rather than read as
 * a position in a list it does not belong to.
 */
import { createHash } from 'node:crypto';
import { InvalidArgumentError } from '../errors';
import { SqlParams } from '../../db/sql';
import { Page } from './connection';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** SQL expression of the sort value; must not be NULL. */
  sql: string;
  /** PostgreSQL type of the expression, used to compare it with a cursor's value. */
  type: 'text' | 'integer' | 'timestamptz';
  direction: SortDirection;
}

export interface KeysetQuery {
  /** Columns to return, e.g. "c.*"; names must not start with "__". */
  select: string;
  /** FROM clause with joins, e.g. "clinics c". */
  from: string;
  /** Conditions ANDed together; their placeholders come from `params`. */
  where: string[];
  params: SqlParams;
  /** SQL expression of the row's uuid, the tiebreaker of the order. */
  id: string;
  sort: SortKey;
}

/**
 * Runs one SQL statement and returns its rows, typed by the caller: `run<ClinicRow>(sql, params)`.
 * The type is a promise about the SELECT list, not a check; untyped rows are `Record<string, unknown>`.
 */
export type QueryRunner = <Row = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<Row[]>;

/** The columns every keyset statement adds to the caller's row. */
interface KeysetColumns {
  __parent: string;
  __sort: unknown;
  __id: string;
}

/** Validates `first`: default 20, negative rejected, capped at 100 whoever sent it. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new InvalidArgumentError(['first'], 'Argument "first" must be zero or a positive integer (at most 100 items are returned).');
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

/** Which list and ordering a cursor belongs to: a digest, so the cursor reveals no SQL. */
function bindingOf(query: KeysetQuery): string {
  const { sql, type, direction } = query.sort;
  return createHash('sha256').update(`${query.from}\n${sql}\n${type}\n${direction}`).digest('base64url').slice(0, 12);
}

function encodeCursor(sortValue: unknown, id: string, binding: string): string {
  return Buffer.from(JSON.stringify([sortValue, id, binding]), 'utf8').toString('base64url');
}

/**
 * The sort value as the cursor keeps it. A timestamp travels as microsecond text: a
 * JavaScript Date holds milliseconds, and a cursor cut to them would skip the rows
 * that share the page's last millisecond.
 */
function sortColumn(sort: SortKey): string {
  return sort.type === 'timestamptz' ? `to_char((${sort.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : sort.sql;
}

const NOT_A_CURSOR = 'Argument "after" is not a cursor returned by this connection.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A UTC instant with PostgreSQL's microseconds, as `sortColumn` writes it: the only form our timestamp cursors hold. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const INT4 = 2 ** 31;

function decodeCursor(cursor: string, binding: string): [string | number, string] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidArgumentError(['after'], NOT_A_CURSOR);
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw new InvalidArgumentError(['after'], NOT_A_CURSOR);
  const [value, id, cursorBinding] = decoded as unknown[];
  if (
    (typeof value !== 'string' && typeof value !== 'number') ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    typeof cursorBinding !== 'string'
  ) {
    throw new InvalidArgumentError(['after'], NOT_A_CURSOR);
  }
  if (cursorBinding !== binding) {
    throw new InvalidArgumentError(
      ['after'],
      'Argument "after" is a cursor of another connection or ordering; pass a cursor of this list as it is ordered now.',
    );
  }
  return [value, id];
}

/**
 * Whether a cursor's sort value can be compared with the sort key in SQL without an
 * error there (a wrong type, an integer out of range, a NUL PostgreSQL text cannot hold).
 */
function fitsSortKey(value: string | number, type: SortKey['type']): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) < INT4;
    case 'timestamptz':
      return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

/** One page of one list. */
export async function keysetPage<Row = Record<string, unknown>>(run: QueryRunner, query: KeysetQuery, args: PageArgs): Promise<Page<Row>> {
  const [page] = await runKeyset<Row>(run, query, args, null, ['']);
  return page;
}

/**
 * The key of a page's parent: one or more uuid columns. A parent key string joins the
 * parts with ":" in the order of `columns` (e.g. "<treatment id>:<clinic id>").
 */
export interface ParentKey {
  /** SQL expressions of the key's parts, e.g. ["c.organization_id"]. */
  columns: string[];
}

/**
 * One page for each parent, in the order of `parentKeys`, fetched in one statement:
 * each parent's page is read by its own index-driven LATERAL subquery.
 */
export function keysetPagesByParent<Row = Record<string, unknown>>(
  run: QueryRunner,
  query: KeysetQuery,
  args: PageArgs,
  parent: ParentKey,
  parentKeys: readonly string[],
): Promise<Page<Row>[]> {
  return runKeyset<Row>(run, query, args, parent, parentKeys);
}

function cursorCondition(query: KeysetQuery, direction: 'ASC' | 'DESC', after: string | null | undefined): string {
  if (!after) return 'TRUE';
  const { sort, params } = query;
  const [value, id] = decodeCursor(after, bindingOf(query));
  if (!fitsSortKey(value, sort.type)) throw new InvalidArgumentError(['after'], NOT_A_CURSOR);
  const comparison = direction === 'ASC' ? '>' : '<';
  return `(${sort.sql}, ${query.id}) ${comparison} (${params.param(value)}::${sort.type}, ${params.param(id)}::uuid)`;
}

async function runKeyset<Row>(
  run: QueryRunner,
  query: KeysetQuery,
  args: PageArgs,
  parent: ParentKey | null,
  parentKeys: readonly string[],
): Promise<Page<Row>[]> {
  const limit = pageSize(args.first);
  const { params, sort } = query;
  const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
  const where = query.where.length ? query.where.join(' AND ') : 'TRUE';

  // The parents as a relation k(k0, k1, ...) of uuid columns.
  const parts = parent ? parent.columns.map((_, i) => parentKeys.map((key) => key.split(':')[i])) : [];
  const keyRelation = parent
    ? `unnest(${parts.map((values) => `${params.param(values)}::uuid[]`).join(', ')}) AS k(${parent.columns.map((_, i) => `k${i}`).join(', ')})`
    : '';
  const matchesKey = parent ? parent.columns.map((column, i) => `${column} = k.k${i}`).join(' AND ') : 'TRUE';
  const parentText = parent ? parent.columns.map((column) => `${column}::text`).join(` || ':' || `) : `''`;

  // totalCount costs a count of every matching row: run it only when a client asks for it,
  // once for all the parents of this batch.
  const countSql = parent
    ? `SELECT ${parentText} AS __parent, count(*)::int AS __total FROM ${query.from}
        WHERE ${where} AND (${parent.columns.join(', ')}) IN (SELECT * FROM ${keyRelation}) GROUP BY 1`
    : `SELECT '' AS __parent, count(*)::int AS __total FROM ${query.from} WHERE ${where}`;
  const countParams = [...params.values];
  let counting: Promise<Map<string, number>> | undefined;
  const totals = () =>
    (counting ??= run<{ __parent: string; __total: number }>(countSql, countParams).then(
      (rows) => new Map(rows.map((row) => [row.__parent, row.__total])),
    ));

  const after = cursorCondition(query, direction, args.after);
  const ordered = `ORDER BY ${sort.sql} ${direction}, ${query.id} ${direction} LIMIT ${params.param(limit + 1)}`;
  const columns = `${query.select}, ${sortColumn(sort)} AS __sort, ${query.id} AS __id`;
  const sql = parent
    ? `SELECT ${parent.columns.map((_, i) => `k.k${i}::text`).join(` || ':' || `)} AS __parent, x.*
         FROM ${keyRelation}
         CROSS JOIN LATERAL (SELECT ${columns} FROM ${query.from} WHERE ${where} AND ${matchesKey} AND ${after} ${ordered}) x`
    : `SELECT '' AS __parent, ${columns} FROM ${query.from} WHERE ${where} AND ${after} ${ordered}`;
  const rows = await run<Row & KeysetColumns>(sql, params.values);
  const binding = bindingOf(query);

  const grouped = new Map<string, Array<Row & KeysetColumns>>();
  for (const row of rows) {
    const list = grouped.get(row.__parent) ?? [];
    list.push(row);
    grouped.set(row.__parent, list);
  }
  return parentKeys.map((key) => {
    const list = grouped.get(key) ?? [];
    const edges = list.slice(0, limit).map((row) => ({ cursor: encodeCursor(row.__sort, row.__id, binding), node: row }));
    return {
      edges,
      get totalCount() {
        return totals().then((map) => map.get(key) ?? 0);
      },
      pageInfo: {
        hasNextPage: list.length > limit,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  });
}
