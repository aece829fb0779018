import { TABLE_NAMES, TABLES } from '@chiiki/model';
import { insertRows } from '../db/insert';
import type { LockedDb } from '../db/locked';
import { clearTables } from '../db/schema';
import type { Db } from '../db/types';
import type { ProgressSink } from '../load/progress';
import { type Source, sourceRowCount } from './source';

/** Inserts one source's rows, table by table in the model's order (plans before what refers to them). */
async function insertSource(db: Db, source: Source, onRows?: (n: number) => void): Promise<void> {
  for (const table of TABLE_NAMES) {
    const rows = source.tables[table];
    if (!rows || rows.length === 0) continue;
    const keyed = TABLES[table].columns.some((c) => c.key);
    await insertRows(db, table, rows, keyed, onRows);
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
