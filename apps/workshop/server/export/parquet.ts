import { EXPORT_PARQUET_KEY, type WorkshopExport } from '@chiiki/model';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { notesTable } from './table';

const TYPES = { string: 'STRING', int: 'INT32', bool: 'BOOLEAN' } as const;

/**
 * The workshop as a Parquet file (pure JS writer, no native code): one row per note with English
 * column names, for DuckDB, R or pandas; and, in the file's key-value metadata under
 * `EXPORT_PARQUET_KEY`, the whole export as JSON, because the flat table has no plan, vote,
 * group or attendance records and the insights app must load a Parquet file exactly like the JSON one.
 */
export function toParquet(data: WorkshopExport): Buffer {
  const table = notesTable(data);
  const columnData = table.columns.map((column, i) => ({
    name: column.key,
    type: TYPES[column.kind],
    data: table.rows.map((row) => row[i] ?? null),
  }));
  return Buffer.from(
    parquetWriteBuffer({
      columnData,
      kvMetadata: [{ key: EXPORT_PARQUET_KEY, value: JSON.stringify(data) }],
      createdBy: 'chiiki workshop server',
    }),
  );
}
