import type { ColumnSource } from 'hyparquet-writer';
import { SUPPRESSED } from '../suppress/format';
import type { ExportTable } from './csv';

type Value = string | number | null;

/** The key of the file-level note (Parquet key-value metadata) that explains suppressed cells. */
export const SUPPRESSION_KEY = 'chiiki.suppression';

/** Suffix of the boolean column added beside any column that has suppressed cells. */
export const SUPPRESSED_SUFFIX = '_suppressed';

/** Column names must be unique in Parquet; a repeated header gets " (2)", " (3)"… */
function uniqueNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h) => {
    const name = h.trim() || 'column';
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/**
 * Typed columns for a table as shown: a column whose visible values are all numbers stays numeric
 * (INT32 when whole, else DOUBLE) so R, Python, DuckDB or Power Query can sum it; a suppressed
 * cell ("＊") becomes null rather than the string "＊", which would turn the whole column into
 * text. So that a suppressed null is not mistaken for "no value", such a column gets a boolean
 * `<name>_suppressed` column beside it, and the file carries a note (see `toParquet`).
 */
export function parquetColumns(t: ExportTable): ColumnSource[] {
  const names = uniqueNames(t.header);
  return names.flatMap((name, j) => {
    const raw: Value[] = t.rows.map((r) => r[j] ?? null);
    const hidden = raw.map((v) => v === SUPPRESSED);
    const shown = raw.filter((v, i) => v !== null && !hidden[i]);
    const numeric = shown.length > 0 && shown.every((v) => typeof v === 'number' && Number.isFinite(v));
    const whole = numeric && shown.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31);
    const data = raw.map((v, i) => {
      if (v === null || hidden[i]) return null;
      if (numeric) return v as number;
      return typeof v === 'number' ? (Number.isFinite(v) ? String(v) : null) : v;
    });
    const column: ColumnSource = { name, data, type: numeric ? (whole ? 'INT32' : 'DOUBLE') : 'STRING' };
    if (!hidden.some(Boolean)) return [column];
    return [column, { name: `${name}${SUPPRESSED_SUFFIX}`, data: hidden, type: 'BOOLEAN' }];
  });
}

/** The sentence stored in the file so whoever opens it later knows why some cells are empty. */
export function suppressionNote(k: number | undefined): string {
  const rule = k === undefined ? 'small counts' : `counts below ${k}`;
  return `Small-cell suppression: ${rule}, and cells that would let them be worked out from totals, are null; the column named <column>${SUPPRESSED_SUFFIX} is true there. 小さな数（秘匿）は null です。`;
}

/**
 * Writes a table as Parquet in the browser with hyparquet-writer (pure JS), loaded only when a
 * planner asks for Parquet so it stays out of the first chunk. duckdb-wasm's own
 * `COPY … TO 'x.parquet'` fails in the browser (decision 0006), so it is not used.
 */
export async function toParquet(t: ExportTable, k?: number): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: parquetColumns(t),
    kvMetadata: [{ key: SUPPRESSION_KEY, value: suppressionNote(k) }],
    createdBy: 'chiiki insights',
  });
  return new Uint8Array(buffer);
}
