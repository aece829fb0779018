import type { SqlType, TableName } from './columns';
import { fiscalYearSql } from './fiscalYear';
import type { Row } from './rows';

/** A column DuckDB stores beside a record's own fields, computed by SQL from the row as it is loaded. */
export interface DerivedColumn {
  readonly name: string;
  readonly type: SqlType;
  /** The expression over the table's own (quoted) column names that fills it. */
  readonly sql: string;
}

const FISCAL_YEAR: DerivedColumn = { name: 'fiscal_year', type: 'INTEGER', sql: fiscalYearSql('"date"') };

/**
 * Every indicator and dashboard query buckets dated facts by fiscal year (年度). Computed once per
 * row when a row is loaded, from the same rule as `fiscalYearOf`, a million activity rows are
 * grouped by a stored integer instead of running the rule per row in every query (decision 0015).
 * Records never carry these columns: files and exports stay as planners and the workshop app write them.
 */
const DERIVED: Partial<Record<TableName, readonly DerivedColumn[]>> = {
  workshops: [FISCAL_YEAR],
  activities: [FISCAL_YEAR],
};

/** The derived columns of a table, after its record columns in the DDL (none for most tables). */
export function derivedColumns(table: TableName): readonly DerivedColumn[] {
  return DERIVED[table] ?? [];
}

/**
 * The order a table's rows are stored in when they are loaded. Activities are kept together by
 * kind, then date: each activity indicator and the dashboard's kind and year filters then read a
 * few row groups and DuckDB's zone maps skip the rest, where rows in file order would mean
 * scanning every row for every kind (decision 0015).
 */
const STORAGE_ORDER: Partial<Record<TableName, readonly string[]>> = {
  activities: ['kind', 'date'],
};

/** The columns a table's rows are stored in order of (empty: the order they come in). */
export function storageOrder(table: TableName): readonly string[] {
  return STORAGE_ORDER[table] ?? [];
}

/** Rows sorted into `storageOrder(table)`, for loads that insert rows in chunks (a copy; rows as `toRow` makes them). */
export function inStorageOrder<R extends Row>(table: TableName, rows: readonly R[]): R[] {
  const keys = storageOrder(table);
  if (keys.length === 0) return [...rows];
  const compare = (a: R, b: R): number => {
    for (const key of keys) {
      const x = String(a[key] ?? '');
      const y = String(b[key] ?? '');
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return [...rows].sort(compare);
}
