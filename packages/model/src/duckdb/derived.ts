import type { SqlType, TableName } from './columns';
import { fiscalYearSql } from './fiscalYear';

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
