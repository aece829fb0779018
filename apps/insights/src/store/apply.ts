import { columnNames, TABLE_NAMES, TABLES, type TableName } from '@chiiki/model';
import { insertRows } from '../db/insert';
import type { LockedDb } from '../db/locked';
import { clearTables, POPULATION_COLUMNS } from '../db/schema';
import type { Db } from '../db/types';
import type { Source } from './source';

function isModelTable(t: string): t is TableName {
  return (TABLE_NAMES as readonly string[]).includes(t);
}

/** Inserts one source's rows, table by table in the model's order (plans before what refers to them). */
async function insertSource(db: Db, source: Source): Promise<void> {
  const order = [...TABLE_NAMES, 'district_populations'];
  for (const table of order) {
    const rows = source.tables[table];
    if (!rows || rows.length === 0) continue;
    if (isModelTable(table)) {
      const keyed = TABLES[table].columns.some((c) => c.key);
      await insertRows(db, table, columnNames(table), rows, keyed);
    } else await insertRows(db, table, POPULATION_COLUMNS, rows, true);
  }
}

/**
 * Loads a source in one transaction: it succeeds whole or leaves the database exactly as it was
 * (a bad row, a duplicate key or a type error rolls everything back).
 */
export async function applySource(db: LockedDb, source: Source): Promise<void> {
  await db.transaction((tx) => insertSource(tx, source));
}

/**
 * Rebuilds the database from a list of sources (after a reload, or when a source is removed or
 * replaced), again in one transaction.
 */
export async function rebuild(db: LockedDb, sources: readonly Source[]): Promise<void> {
  await db.transaction(async (tx) => {
    await clearTables(tx);
    for (const s of sources) await insertSource(tx, s);
  });
}
