import type { Db, Param } from './types';

/** Rows per INSERT: 8 columns × 256 rows stays far below DuckDB's parameter limits and keeps worker round-trips few. */
const CHUNK = 256;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts rows with prepared, multi-row INSERT statements: every value is a bound parameter, so
 * text from files (notes, memos) can never become SQL. Table and column names come from the
 * model's table descriptions, never from a file. `replace` overwrites rows with the same key;
 * `onRows` hears of each chunk inserted, for the load's percentage.
 */
export async function insertRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, Param>[],
  replace = false,
  onRows?: (n: number) => void,
): Promise<void> {
  const head = `${replace ? 'INSERT OR REPLACE INTO' : 'INSERT INTO'} ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: Param[] = [];
    for (const r of chunk) for (const c of columns) params.push(r[c] ?? null);
    await db.query(head + chunk.map(() => tuple).join(', '), params);
    onRows?.(chunk.length);
  }
}
