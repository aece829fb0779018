import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Activity,
  bindType,
  columnNames,
  exportRows,
  generateActivities,
  generateSample,
  insertFromSql,
  type Row,
  TABLES,
  type TableName,
  toRow,
} from '@chiiki/model';
import { onProcessExit, removeDir } from '../../src/harness';

/** The benchmark's data, once as CSV files (for both DuckDBs) and once as columns (for Arquero). */
export interface IndicatorData {
  dir: string;
  /** CSV file per table, columns in DDL order, header row first. */
  files: Partial<Record<TableName, string>>;
  activities: Activity[];
  rows: Partial<Record<TableName, Row[]>>;
  remove(): void;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  return String(value);
}

function writeCsv(path: string, table: TableName, rows: Iterable<Row>): void {
  const names = columnNames(table);
  const lines = [names.join(',')];
  for (const row of rows) lines.push(names.map((n) => csvCell(row[n])).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Timestamps as DuckDB reads them without a zone suffix (the model stores UTC). */
function sqlTimestamps(table: TableName, row: Row): Row {
  for (const c of TABLES[table].columns) {
    const value = row[c.name];
    if (c.type === 'TIMESTAMP' && typeof value === 'string')
      row[c.name] = value.replace('T', ' ').replace('Z', '');
  }
  return row;
}

/**
 * Makes the issue-5 data set with the model's own generators: `activityRows` activity records
 * and workshops holding `notes` notes (25 a workshop, with votes and attendance), plus the plan
 * and targets; written to a temp dir that is removed at the end even after a crash.
 */
export function makeIndicatorData(activityRows: number, notes: number): IndicatorData {
  const dir = mkdtempSync(join(tmpdir(), 'chiiki-bench-'));
  const unhook = onProcessExit(() => removeDir(dir));
  const sample = generateSample({
    seed: 7,
    workshops: Math.ceil(notes / 25),
    notesPerWorkshop: 25,
    activityRows: 1,
  });
  const rows: Partial<Record<TableName, Row[]>> = {};
  const seen = new Set<string>();
  const add = (table: TableName, row: Row) => {
    const key = `${table}:${JSON.stringify(row)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = rows[table] ?? [];
    rows[table] = list;
    list.push(sqlTimestamps(table, row));
  };
  for (const e of sample.exports) {
    for (const [table, list] of Object.entries(exportRows(e)) as [TableName, Row[]][]) {
      for (const row of list) add(table, row);
    }
  }
  for (const t of sample.targets) add('targets', toRow('targets', t));
  const activities = [...generateActivities(20_250_401, activityRows)];
  rows.activities = activities.map((a) => toRow('activities', a));
  const files: Partial<Record<TableName, string>> = {};
  for (const [table, list] of Object.entries(rows) as [TableName, Row[]][]) {
    const path = join(dir, `${table}.csv`);
    writeCsv(path, table, list);
    files[table] = path;
  }
  return {
    dir,
    files,
    activities,
    rows,
    remove() {
      unhook();
      removeDir(dir);
    },
  };
}

/**
 * The INSERT … SELECT that loads one CSV into its table in either DuckDB, with the column types
 * spelled out from the model so neither engine's type sniffing can make them differ; the model's
 * derived columns (the fiscal year) are computed on the way in, so they count as loading.
 */
export function loadCsvSql(table: TableName, path: string): string {
  const types = TABLES[table].columns.map((c) => `'${c.name}': '${bindType(c.type)}'`).join(', ');
  return insertFromSql(
    table,
    `read_csv('${path}', header = true, quote = '"', escape = '"',
    nullstr = '', allow_quoted_nulls = false, columns = {${types}})`,
  );
}
