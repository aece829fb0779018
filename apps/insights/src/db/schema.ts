import { DDL, INDICATOR_MACROS, TABLE_NAMES } from '@chiiki/model';
import type { Db } from './types';

/**
 * The one table the insights app adds to the model's: district populations per fiscal year
 * (planners receive them yearly; the plan's districts carry only one population).
 */
export const EXTRA_DDL = `CREATE TABLE IF NOT EXISTS district_populations (
  district_code VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL, population INTEGER NOT NULL,
  PRIMARY KEY (district_code, fiscal_year))`;

/** Columns of district_populations, for parameterised inserts. */
export const POPULATION_COLUMNS = ['district_code', 'fiscal_year', 'population'] as const;

/** Every table, the model's and ours, in the order the model creates them. */
export const ALL_TABLES: readonly string[] = [...TABLE_NAMES, 'district_populations'];

/** Creates the model's tables (its DDL, unchanged), ours, and the indicator macros; safe to call twice. */
export async function createTables(db: Db): Promise<void> {
  for (const ddl of DDL) await db.exec(ddl);
  await db.exec(EXTRA_DDL);
  for (const m of INDICATOR_MACROS) await db.exec(m);
}

/** Empties every table (the "clear all data" button, and before replaying sources). */
export async function clearTables(db: Db): Promise<void> {
  for (const t of [...ALL_TABLES].reverse()) await db.exec(`DELETE FROM "${t}"`);
}
