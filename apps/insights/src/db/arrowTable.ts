import { TABLES, type TableName } from '@chiiki/model';
import {
  Bool,
  type DataType,
  Float64,
  Table,
  tableToIPC,
  Utf8,
  type Vector,
  vectorFromArray,
} from 'apache-arrow';
import type { Param } from './types';

/** A model column's SQL type. */
type SqlType = (typeof TABLES)[TableName]['columns'][number]['type'];

/** The JS type a column's values must have, and the Arrow type they travel as. */
function arrowType(type: SqlType): { js: 'number' | 'boolean' | 'string'; arrow: DataType } {
  // INTEGER travels as Float64 so DuckDB's own cast (with its range check) stores it, as a bound number did.
  if (type === 'INTEGER' || type === 'DOUBLE') return { js: 'number', arrow: new Float64() };
  if (type === 'BOOLEAN') return { js: 'boolean', arrow: new Bool() };
  // Text, ENUM labels, dates and timestamps travel as text; DuckDB casts them on the way in.
  return { js: 'string', arrow: new Utf8() };
}

/**
 * Serialises rows `from`..`to` of a table as an Arrow IPC stream, one typed column per record
 * column, so a large load reaches DuckDB as data in a single call instead of as bound parameters
 * row by row. A value of the wrong JS type is refused here with the table, row and column named,
 * rather than turned silently into a number or null by Arrow.
 */
export function rowsToArrowIpc(
  table: TableName,
  rows: readonly Record<string, Param>[],
  from: number,
  to: number,
): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const spec of TABLES[table].columns) {
    const { js, arrow } = arrowType(spec.type);
    const values: Param[] = new Array(to - from);
    for (let i = from; i < to; i++) {
      const value = rows[i]?.[spec.name] ?? null;
      if (value !== null && typeof value !== js)
        throw new TypeError(
          `${table} row ${i + 1}: ${spec.name} must be a ${js}, not ${JSON.stringify(value)}`,
        );
      values[i - from] = value;
    }
    vectors[spec.name] = vectorFromArray(values, arrow);
  }
  return tableToIPC(new Table(vectors), 'stream');
}
