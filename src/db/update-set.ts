/**
 * The SET list of a partial update. Update inputs follow one convention: an omitted
 * field (undefined) stays as it is; an explicit null clears an optional column.
 * Callers pass `value ?? undefined` for required columns, so null leaves those alone.
 */
import { SqlParams } from './sql';

export function setList(q: SqlParams, columns: Record<string, unknown>): string[] {
  return Object.entries(columns)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => `${column} = ${q.param(value)}`);
}
