import { INDICATOR_MACROS } from '@chiiki/model';
import type { Db } from './types';

/**
 * Tables the insights app reads. Column names follow the model's records in snake_case; the
 * model's DDL is the source of truth and this list mirrors it until it is exported.
 */
export const TABLE_DDL: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS districts (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, population INTEGER)`,
  `CREATE TABLE IF NOT EXISTS lanes (key VARCHAR PRIMARY KEY, ja VARCHAR NOT NULL, en VARCHAR NOT NULL, colour VARCHAR, "order" INTEGER)`,
  `CREATE TABLE IF NOT EXISTS goals (code VARCHAR PRIMARY KEY, ja VARCHAR NOT NULL, en VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS workshops (id VARCHAR PRIMARY KEY, plan_id VARCHAR, district_code VARCHAR NOT NULL, theme VARCHAR, date DATE NOT NULL, status VARCHAR, phase VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS notes (id VARCHAR PRIMARY KEY, workshop_id VARCHAR NOT NULL, lane VARCHAR NOT NULL, goal_code VARCHAR, text VARCHAR NOT NULL, author_id VARCHAR, group_id VARCHAR, created_at TIMESTAMP, updated_at TIMESTAMP)`,
  `CREATE TABLE IF NOT EXISTS votes (id VARCHAR PRIMARY KEY, workshop_id VARCHAR NOT NULL, note_id VARCHAR NOT NULL, participant_id VARCHAR, created_at TIMESTAMP)`,
  `CREATE TABLE IF NOT EXISTS attendance (workshop_id VARCHAR NOT NULL, participant_id VARCHAR NOT NULL, via_tablet BOOLEAN, count INTEGER NOT NULL, age_band VARCHAR, affiliation VARCHAR, district_code VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS activities (date DATE NOT NULL, district_code VARCHAR NOT NULL, kind VARCHAR NOT NULL, organiser VARCHAR NOT NULL, participants INTEGER NOT NULL, volunteers INTEGER NOT NULL, memo VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS targets (indicator_id VARCHAR NOT NULL, district_code VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL, value DOUBLE NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS district_populations (district_code VARCHAR NOT NULL, fiscal_year INTEGER NOT NULL, population INTEGER NOT NULL)`,
];

/** Every table, in an order safe for clearing. */
export const TABLES = [
  'votes',
  'notes',
  'attendance',
  'workshops',
  'activities',
  'targets',
  'district_populations',
  'goals',
  'lanes',
  'districts',
] as const;

/** Creates the tables and the indicator macros (fiscal year etc.); safe to call twice. */
export async function createTables(db: Db): Promise<void> {
  for (const ddl of TABLE_DDL) await db.exec(ddl);
  for (const m of INDICATOR_MACROS) await db.exec(m);
}

/** Empties every table (the "clear all data" button and the replay on start). */
export async function clearTables(db: Db): Promise<void> {
  for (const t of TABLES) await db.exec(`DELETE FROM ${t}`);
}
