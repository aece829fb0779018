import { TABLES, type TableName } from '@chiiki/model';
import {
  Bool,
  type Data,
  Float64,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  Utf8,
  type Vector,
} from 'apache-arrow';
import type { Param } from './types';

/** A model column's SQL type. */
type SqlType = (typeof TABLES)[TableName]['columns'][number]['type'];

/** The JS type a column's values must have on the way into Arrow. */
type JsType = 'number' | 'boolean' | 'string';

/**
 * INTEGER travels as a double so DuckDB's own cast (with its range check) stores it, as a bound
 * number did; ENUM labels, dates and timestamps travel as text and DuckDB casts them on the way in.
 */
function jsType(type: SqlType): JsType {
  if (type === 'INTEGER' || type === 'DOUBLE') return 'number';
  if (type === 'BOOLEAN') return 'boolean';
  return 'string';
}

/** Arrow's validity bitmap (bit set: a value, least significant bit first) and its null count. */
function validity(values: readonly Param[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) nullCount++;
    else nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return { nullBitmap, nullCount };
}

/** A UTF-8 column: every string encoded into one buffer, with offsets. */
function utf8Data(values: readonly Param[]): Data<Utf8> {
  const encoder = new TextEncoder();
  let bound = 0;
  for (const v of values) if (v !== null) bound += (v as string).length * 3;
  const bytes = new Uint8Array(bound);
  const valueOffsets = new Int32Array(values.length + 1);
  let end = 0;
  values.forEach((v, i) => {
    if (v !== null) end += encoder.encodeInto(v as string, bytes.subarray(end)).written;
    valueOffsets[i + 1] = end;
  });
  const type = new Utf8();
  return makeData({
    type,
    length: values.length,
    ...validity(values),
    valueOffsets,
    data: bytes.subarray(0, end),
  });
}

/** A Float64 column (nulls stored as 0 under a cleared validity bit). */
function float64Data(values: readonly Param[]): Data<Float64> {
  const data = Float64Array.from(values, (v) => (v === null ? 0 : (v as number)));
  return makeData({ type: new Float64(), length: values.length, ...validity(values), data });
}

/** A Bool column: values bit-packed like the validity bitmap. */
function boolData(values: readonly Param[]): Data<Bool> {
  const data = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v === true) data[i >> 3] = (data[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return makeData({ type: new Bool(), length: values.length, ...validity(values), data });
}

const DATA: Record<JsType, (values: readonly Param[]) => Data> = {
  number: float64Data,
  boolean: boolData,
  string: utf8Data,
};

/**
 * Serialises rows `from`..`to` of a table as an Arrow IPC stream, one typed column per record
 * column, so a large load reaches DuckDB as data in a single call instead of as bound parameters
 * row by row. Columns are laid out by hand: Arrow's builders compile their null test with
 * `new Function`, which the insights page's CSP (no 'unsafe-eval') refuses. A value of the wrong
 * JS type is refused here with the table, row and column named, rather than coerced silently.
 */
export function rowsToArrowIpc(
  table: TableName,
  rows: readonly Record<string, Param>[],
  from: number,
  to: number,
): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const spec of TABLES[table].columns) {
    const js = jsType(spec.type);
    const values: Param[] = new Array(to - from);
    for (let i = from; i < to; i++) {
      const value = rows[i]?.[spec.name] ?? null;
      if (value !== null && typeof value !== js)
        throw new TypeError(
          `${table} row ${i + 1}: ${spec.name} must be a ${js}, not ${JSON.stringify(value)}`,
        );
      values[i - from] = value;
    }
    vectors[spec.name] = makeVector(DATA[js](values));
  }
  return tableToIPC(new Table(vectors), 'stream');
}
