import { DDL, INDICATOR_MACROS, TABLE_NAMES } from '@chiiki/model';
import type { Db } from './types';

/** Creates the model's types, tables and the indicator macros and views; safe to call twice. */
export async function createTables(db: Db): Promise<void> {
  for (const ddl of DDL) await db.exec(ddl);
  for (const m of INDICATOR_MACROS) await db.exec(m);
}

/** Empties every table (the "clear all data" button, and before replaying sources). */
export async function clearTables(db: Db): Promise<void> {
  for (const t of [...TABLE_NAMES].reverse()) await db.exec(`DELETE FROM "${t}"`);
}
