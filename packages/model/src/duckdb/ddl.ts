import { type ColumnSpec, TABLE_NAMES, TABLES, type TableName } from './columns';

const quote = (name: string): string => `"${name}"`;

/** The column names of a table, in DDL order: what a prepared INSERT binds, in that order. */
export function columnNames(table: TableName): string[] {
  return TABLES[table].columns.map((c: ColumnSpec) => c.name);
}

/** The CREATE TABLE statement of one table, read from its column description. */
export function createTableSql(table: TableName): string {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  const lines = columns.map((c) => `  ${quote(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}`);
  const keys = columns.filter((c) => c.key).map((c) => quote(c.name));
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${quote(table)} (\n${lines.join(',\n')}\n)`;
}

/**
 * Every CREATE TABLE statement of the analysis database, one per string, so the insights
 * worker, the tests and the benchmarks build the same tables (run each with `conn.query`).
 */
export const DDL: readonly string[] = TABLE_NAMES.map(createTableSql);

/**
 * A parameterised INSERT for one table (`?` per column, in `columnNames` order), for prepared
 * statements, so imported text is bound, never pasted into SQL. `orReplace` lets a re-imported
 * export overwrite its earlier rows (tables with a primary key only).
 */
export function insertSql(table: TableName, options: { orReplace?: boolean } = {}): string {
  const names = columnNames(table);
  const verb = options.orReplace ? 'INSERT OR REPLACE INTO' : 'INSERT INTO';
  return `${verb} ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
}
