import {
  type ColumnSpec,
  ENUM_TYPES,
  type EnumName,
  type SqlType,
  TABLE_NAMES,
  TABLES,
  type TableName,
} from './columns';
import { derivedColumns, storageOrder } from './derived';

const quote = (name: string): string => `"${name}"`;
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The column names of a table's records, in DDL order: what a prepared INSERT binds, in that order. */
export function columnNames(table: TableName): string[] {
  return TABLES[table].columns.map((c: ColumnSpec) => c.name);
}

/**
 * The type a bound value or a file's column is read as before DuckDB stores it: ENUM columns are
 * read as text and checked against their list on insert (an unknown kind is a conversion error).
 */
export function bindType(type: SqlType): SqlType {
  return type in ENUM_TYPES ? 'VARCHAR' : type;
}

/** The CREATE TYPE statement of each of the model's ENUM types; safe to run twice. */
function createTypeSql(name: EnumName): string {
  return `CREATE TYPE IF NOT EXISTS ${quote(name)} AS ENUM (${ENUM_TYPES[name].map(literal).join(', ')})`;
}

/** The CREATE TABLE statement of one table, read from its column description and derived columns. */
export function createTableSql(table: TableName): string {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  const lines = [
    ...columns.map((c) => `  ${quote(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}`),
    ...derivedColumns(table).map((d) => `  ${quote(d.name)} ${d.type} NOT NULL`),
  ];
  const keys = columns.filter((c) => c.key).map((c) => quote(c.name));
  if (keys.length > 0) lines.push(`  PRIMARY KEY (${keys.join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${quote(table)} (\n${lines.join(',\n')}\n)`;
}

/**
 * The analysis database lives in memory but compressed (dictionary, FSST, RLE, bit-packing), in
 * its own catalog that becomes the connection's default. Compressed columns are scanned and
 * grouped several times faster by duckdb-wasm, which has one thread and no SIMD (decision 0015).
 * Rows are compressed at a checkpoint: run `COMPACT_SQL` after each load.
 */
const DATABASE_SQL = [`ATTACH IF NOT EXISTS ':memory:' AS analysis (COMPRESS)`, 'USE analysis'];

/** Compresses what the last loads added (a checkpoint of the in-memory database); run after a load commits. */
export const COMPACT_SQL = 'CHECKPOINT';

/**
 * Every statement that builds the analysis database, one per string (the compressed in-memory
 * catalog, the ENUM types, then one CREATE TABLE per table), so the insights worker, the tests and
 * the benchmarks build the same tables (run each with `conn.query`); safe to run twice.
 */
export const DDL: readonly string[] = [
  ...DATABASE_SQL,
  ...(Object.keys(ENUM_TYPES) as EnumName[]).map(createTypeSql),
  ...TABLE_NAMES.map(createTableSql),
];

/**
 * The INSERT of rows read from `source` (a SELECT or table function yielding the record columns
 * by name, e.g. `read_csv(…)`), which fills the derived columns by SQL on the way in and stores
 * the rows in `storageOrder`: how a bulk load gets the same stored columns as `insertSql`.
 */
export function insertFromSql(
  table: TableName,
  source: string,
  options: { orReplace?: boolean } = {},
): string {
  const names = columnNames(table).map(quote);
  const derived = derivedColumns(table);
  const verb = options.orReplace ? 'INSERT OR REPLACE INTO' : 'INSERT INTO';
  const target = [...names, ...derived.map((d) => quote(d.name))].join(', ');
  const values = [...names, ...derived.map((d) => d.sql)].join(', ');
  const order = storageOrder(table).map(quote);
  const orderBy = order.length > 0 ? ` ORDER BY ${order.join(', ')}` : '';
  return `${verb} ${quote(table)} (${target}) SELECT ${values} FROM ${source}${orderBy}`;
}

/**
 * A parameterised INSERT of `rows` rows (`?` per record column, in `columnNames` order, row after
 * row) for prepared statements, so imported text is bound, never pasted into SQL. Derived columns
 * are computed by DuckDB from the bound values. `orReplace` lets a re-imported export overwrite
 * its earlier rows (tables with a primary key only).
 */
export function insertSql(table: TableName, options: { orReplace?: boolean; rows?: number } = {}): string {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  const rows = options.rows ?? 1;
  if (derivedColumns(table).length === 0) {
    const verb = options.orReplace ? 'INSERT OR REPLACE INTO' : 'INSERT INTO';
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    return `${verb} ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')}`;
  }
  // Dates are bound as text: cast, so the derived expressions read a DATE. Other values are cast
  // by the INSERT itself (fewer casts keep the statement quick to prepare).
  const param = (c: ColumnSpec) => (c.type === 'DATE' || c.type === 'TIMESTAMP' ? `?::${c.type}` : '?');
  const tuple = `(${columns.map(param).join(', ')})`;
  const source = `(VALUES ${Array(rows).fill(tuple).join(', ')}) AS v(${columns.map((c) => quote(c.name)).join(', ')})`;
  return insertFromSql(table, source, options);
}
