import { columnNames, TABLE_NAMES, TABLES, type TableName } from '@chiiki/model';
import { insertRows } from '../db/insert';
import type { LockedDb } from '../db/locked';
import { clearTables, POPULATION_COLUMNS } from '../db/schema';
import type { Db } from '../db/types';
import type { ProgressSink } from '../load/progress';
import { type Source, sourceRowCount } from './source';

function isModelTable(t: string): t is TableName {
  return (TABLE_NAMES as readonly string[]).includes(t);
}

/** Inserts one source's rows, table by table in the model's order (plans before what refers to them). */
async function insertSource(db: Db, source: Source, onRows?: (n: number) => void): Promise<void> {
  const order = [...TABLE_NAMES, 'district_populations'];
  for (const table of order) {
    const rows = source.tables[table];
    if (!rows || rows.length === 0) continue;
    if (isModelTable(table)) {
      const keyed = TABLES[table].columns.some((c) => c.key);
      await insertRows(db, table, columnNames(table), rows, keyed, onRows);
    } else await insertRows(db, table, POPULATION_COLUMNS, rows, true, onRows);
  }
}

/**
 * Loads a source in one transaction: it succeeds whole or leaves the database exactly as it was
 * (a bad row, a duplicate key or a type error rolls everything back).
 */
export async function applySource(db: LockedDb, source: Source, onProgress?: ProgressSink): Promise<void> {
  await db.transaction((tx) => insertSource(tx, source, counter([source], onProgress)));
}

/** Counts inserted rows against the sources' total and reports them as the 'insert' step. */
function counter(sources: readonly Source[], onProgress?: ProgressSink): ((n: number) => void) | undefined {
  if (!onProgress) return undefined;
  const total = sources.reduce((n, s) => n + sourceRowCount(s), 0);
  let done = 0;
  return (n) => {
    done += n;
    onProgress({ phase: 'insert', done, total });
  };
}

/**
 * Rebuilds the database from a list of sources (after a reload, or when a source is removed or
 * replaced), again in one transaction.
 */
export async function rebuild(
  db: LockedDb,
  sources: readonly Source[],
  onProgress?: ProgressSink,
): Promise<void> {
  const onRows = counter(sources, onProgress);
  await db.transaction(async (tx) => {
    await clearTables(tx);
    for (const s of sources) await insertSource(tx, s, onRows);
  });
}
