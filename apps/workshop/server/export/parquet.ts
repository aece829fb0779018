import { parquetWriteBuffer } from 'hyparquet-writer';
import type { NotesTable } from './table';

const TYPES = { string: 'STRING', int: 'INT32', bool: 'BOOLEAN' } as const;

/** The notes table as a Parquet file (pure JS writer, no native code), English column names. */
export function toParquet(table: NotesTable): Buffer {
  const columnData = table.columns.map((column, i) => ({
    name: column.key,
    type: TYPES[column.kind],
    data: table.rows.map((row) => row[i] ?? null),
  }));
  return Buffer.from(parquetWriteBuffer({ columnData }));
}
