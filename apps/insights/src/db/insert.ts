import { insertFromSql, TABLES, type TableName } from '@chiiki/model';
import { rowsToArrowIpc } from './arrowTable';
import type { Db, Param } from './types';

/**
 * Rows per Arrow batch: large enough that a million rows are a few dozen calls, small enough that
 * one batch's IPC buffer stays a few MB and the progress bar moves.
 */
const BATCH = 65_536;

const quote = (name: string): string => `"${name}"`;

/** The staging table a load's rows pass through; one per table, dropped before the load commits. */
const stagingName = (table: TableName): string => `staging_${table}`;

/** Reads the staging table with dates and timestamps cast back from text, as the model's INSERT reads them. */
function stagingSource(table: TableName): string {
  const columns = TABLES[table].columns.map((c) =>
    c.type === 'DATE' || c.type === 'TIMESTAMP'
      ? `CAST(${quote(c.name)} AS ${c.type}) AS ${quote(c.name)}`
      : quote(c.name),
  );
  return `(SELECT ${columns.join(', ')} FROM ${quote(stagingName(table))}) AS staged`;
}

/**
 * Inserts rows through Arrow: they are serialised in batches to Arrow IPC streams (values stay
 * data, never SQL text) into a staging table, then moved with the model's bulk INSERT … SELECT,
 * so DuckDB fills the derived columns (the fiscal year) and stores the rows in the model's
 * storage order (activities by kind and date). A million activity rows take about 3 s instead of
 * 75 s of 256-row bound-parameter INSERTs (decision 0018). Run it inside the load's transaction:
 * an unknown ENUM label or a bad date fails the INSERT and rolls everything back. `replace`
 * overwrites rows with the same key; `onRows` hears of each batch staged, the last one once stored.
 */
export async function insertRows(
  db: Db,
  table: TableName,
  rows: readonly Record<string, Param>[],
  replace = false,
  onRows?: (n: number) => void,
): Promise<void> {
  if (rows.length === 0) return;
  const staging = stagingName(table);
  let lastBatch = 0;
  for (let from = 0; from < rows.length; from += BATCH) {
    const to = Math.min(from + BATCH, rows.length);
    await db.insertArrow(staging, rowsToArrowIpc(table, rows, from, to), from === 0);
    // The last batch is counted once the rows are in the table, so 100% means done.
    if (to < rows.length) onRows?.(to - from);
    else lastBatch = to - from;
  }
  await db.exec(insertFromSql(table, stagingSource(table), { orReplace: replace }));
  await db.exec(`DROP TABLE ${quote(staging)}`);
  onRows?.(lastBatch);
}
