/**
 * Keyset pagination in one SQL statement, for one list or for the lists of many
 * parents at once (so a nested connection costs one statement whatever the number of
 * parents). Rows are ordered by a sort key and the id; a cursor holds both values, so
 * a page never skips or repeats rows when others are inserted before it.
 */
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

export type QueryRunner = (sql: string, params: unknown[]) => Promise<any[]>;

/** Validates `first`: default 20, negative rejected, capped at 100 whoever sent it. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) {
    throw new InvalidArgumentError(['first'], 'Argument "first" must be zero or a positive integer (at most 100 items are returned).');
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

function encodeCursor(sortValue: unknown, id: string): string {
  const value = sortValue instanceof Date ? sortValue.toISOString() : sortValue;
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string | number, string] {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // PostgreSQL text cannot hold NUL: such a value would fail in SQL instead of here.
    if (Array.isArray(decoded) && decoded.length === 2 && ['string', 'number'].includes(typeof decoded[0])
      && !String(decoded[0]).includes('\u0000') && typeof decoded[1] === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(decoded[1])) {
      return decoded as [string | number, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidArgumentError(['after'], 'Argument "after" is not a cursor returned by this connection.');
}

/** One page of one list. */
export async function keysetPage<Row>(run: QueryRunner, query: KeysetQuery, args: PageArgs): Promise<Page<Row>> {
  const pages = await runKeyset<Row>(run, query, args, undefined);
  return pages.get('') ?? emptyPage(args);
}

export interface ParentKey {
  /** SQL expression of the parent's key, e.g. "c.organization_id". */
  sql: string;
  /** Its type: a uuid column (indexable) or a composite text key. */
  type: 'uuid' | 'text';
}

/**
 * One page for each parent: the rows of all `parentKeys` are fetched in one statement
 * and split by `parent`. Parents without rows get an empty page.
 */
export async function keysetPagesByParent<Row>(
  run: QueryRunner, query: KeysetQuery, args: PageArgs, parent: ParentKey, parentKeys: readonly string[],
): Promise<Page<Row>[]> {
  const params = query.params;
  const filter = `${parent.sql} = ANY(${params.param(parentKeys)}::${parent.type}[])`;
  const pages = await runKeyset<Row>(run, { ...query, where: [...query.where, filter] }, args, parent.sql);
  return parentKeys.map((key) => pages.get(key) ?? emptyPage(args));
}

function emptyPage<Row>(args: PageArgs): Page<Row> {
  return {
    edges: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: Boolean(args.after), startCursor: null, endCursor: null },
  };
}

async function runKeyset<Row>(
  run: QueryRunner, query: KeysetQuery, args: PageArgs, parent: string | undefined,
): Promise<Map<string, Page<Row>>> {
  const limit = pageSize(args.first);
  const { params, sort } = query;
  const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
  let afterCondition = 'TRUE';
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const fits = sort.type === 'integer' ? Number.isInteger(value)
      : sort.type === 'timestamptz' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
        : typeof value === 'string';
    if (!fits) throw new InvalidArgumentError(['after'], 'Argument "after" is not a cursor returned by this connection.');
    const comparison = direction === 'ASC' ? '>' : '<';
    afterCondition = `(${sort.sql}, ${query.id}) ${comparison} (${params.param(value)}::${sort.type}, ${params.param(id)}::uuid)`;
  }
  const parentSql = parent ? `${parent}::text` : `''::text`;
  // The total is counted before the cursor filter. Rows before the cursor are kept only
  // as one sentinel per parent (so the total survives a cursor past the last row).
  const sql = `
    SELECT * FROM (
      SELECT x.*, row_number() OVER (PARTITION BY x.__parent, x.__after ORDER BY x.__sort ${direction}, x.__id ${direction}) AS __rn
      FROM (
        SELECT ${query.select}, ${parentSql} AS __parent, ${sort.sql} AS __sort, ${query.id} AS __id,
               (count(*) OVER (PARTITION BY ${parentSql}))::int AS __total, ${afterCondition} AS __after
        FROM ${query.from}
        WHERE ${query.where.length ? query.where.join(' AND ') : 'TRUE'}
      ) x
    ) y
    WHERE (y.__after AND y.__rn <= ${params.param(limit + 1)}) OR (NOT y.__after AND y.__rn = 1)
    ORDER BY y.__parent, y.__after, y.__rn`;
  const rows = await run(sql, params.values);

  const grouped = new Map<string, any[]>();
  const totals = new Map<string, number>();
  for (const row of rows) {
    totals.set(row.__parent, row.__total);
    if (!row.__after) continue;
    const list = grouped.get(row.__parent) ?? [];
    list.push(row);
    grouped.set(row.__parent, list);
  }
  const pages = new Map<string, Page<Row>>();
  for (const [key, total] of totals) {
    const list = grouped.get(key) ?? [];
    const edges = list.slice(0, limit).map((row) => ({ cursor: encodeCursor(row.__sort, row.__id), node: row as Row }));
    pages.set(key, {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: list.length > limit,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    });
  }
  return pages;
}
