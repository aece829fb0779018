import { columnNames, inStorageOrder, insertSql, type TableName } from '@chiiki/model';
import type { Db, Param } from './types';

/** Rows per INSERT: 8 columns × 256 rows stays far below DuckDB's parameter limits and keeps worker round-trips few. */
const CHUNK = 256;

/**
 * Inserts rows with the model's prepared, multi-row INSERT: every value is a bound parameter, so
 * text from files (notes, memos) can never become SQL, and DuckDB fills the model's derived
 * columns (the fiscal year) from them. Rows go in in the model's storage order (activities by
 * kind and date), so the indicators read few row groups. `replace` overwrites rows with the same
 * key; `onRows` hears of each chunk inserted, for the load's percentage.
 */
export async function insertRows(
  db: Db,
  table: TableName,
  rows: readonly Record<string, Param>[],
  replace = false,
  onRows?: (n: number) => void,
): Promise<void> {
  const columns = columnNames(table);
  const ordered = inStorageOrder(table, rows);
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const chunk = ordered.slice(i, i + CHUNK);
    const params: Param[] = [];
    for (const r of chunk) for (const c of columns) params.push(r[c] ?? null);
    await db.query(insertSql(table, { orReplace: replace, rows: chunk.length }), params);
    onRows?.(chunk.length);
  }
}
