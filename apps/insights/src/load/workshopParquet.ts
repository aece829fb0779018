import { EXPORT_PARQUET_KEY, type WorkshopExport } from '@chiiki/model';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { checkedExport, type ExportResult } from './workshopExport';

type Refusal = Extract<ExportResult, { ok: false }>;

/** The columns of the server's flat notes table that must agree with the export it carries. */
const CHECKED = ['note_id', 'workshop_id', 'lane', 'text', 'votes'] as const;

const refuse = (name: string, ja: string, en: string): Refusal => ({
  ok: false,
  ja: `${name}: ${ja}`,
  en: `${name}: ${en}`,
});

/** The value each checked column holds for a note, as the server's exporter writes it. */
function expected(e: WorkshopExport, index: number): Record<(typeof CHECKED)[number], unknown> {
  const note = e.notes[index];
  return {
    note_id: note?.id,
    workshop_id: e.workshop.id,
    lane: note?.lane,
    text: note?.text,
    votes: e.votes.filter((v) => v.noteId === note?.id).length,
  };
}

/**
 * Checks the rows a planner sees (in DuckDB, R or pandas) against the export in the metadata, so
 * a file whose table was edited after export is refused naming the row and column, instead of
 * loading data that differs from what the planner looked at.
 */
async function rowsDisagree(name: string, file: ArrayBuffer, e: WorkshopExport): Promise<Refusal | null> {
  let rows: Record<string, unknown>[];
  try {
    rows = (await parquetReadObjects({ file, columns: [...CHECKED] })) as Record<string, unknown>[];
  } catch {
    return refuse(
      name,
      `付箋の表に必要な列（${CHECKED.join('、')}）が読めません。`,
      `the notes table lacks a required column (${CHECKED.join(', ')}).`,
    );
  }
  if (rows.length !== e.notes.length) {
    return refuse(
      name,
      `付箋の表が ${rows.length} 行ですが、ファイル内のワークショップ記録には付箋が ${e.notes.length} 枚あります。書き出した後に編集されたファイルは読み込めません。`,
      `the notes table has ${rows.length} rows but the workshop record in the file has ${e.notes.length} notes. A file edited after export cannot be loaded.`,
    );
  }
  for (const [i, row] of rows.entries()) {
    const want = expected(e, i);
    const column = CHECKED.find((c) => row[c] !== want[c]);
    if (column) {
      return refuse(
        name,
        `${i + 1} 行目、列「${column}」: ファイル内のワークショップ記録と一致しません。書き出した後に編集されたファイルは読み込めません。`,
        `row ${i + 1}, column ${column}: does not match the workshop record in the file. A file edited after export cannot be loaded.`,
      );
    }
  }
  return null;
}

/**
 * Reads a Parquet workshop export from the server: the whole export is in the file's key-value
 * metadata (`EXPORT_PARQUET_KEY`), validated by the model exactly like a JSON export, and the
 * flat notes table must agree with it. A Parquet file without that metadata (another tool's, an
 * older server's, or a table saved from this app) is refused, saying what it lacks.
 */
export async function readWorkshopParquet(name: string, bytes: Uint8Array): Promise<ExportResult> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const magic = (at: number) => new TextDecoder().decode(bytes.subarray(at, at + 4)) === 'PAR1';
  let kv: { key: string; value?: string }[] | undefined;
  try {
    if (bytes.length < 12 || !magic(0) || !magic(bytes.length - 4)) throw new Error('not parquet');
    kv = parquetMetadata(file).key_value_metadata;
  } catch {
    return refuse(
      name,
      'Parquet ファイルとして読めません（壊れているか、別の形式です）。ワークショップの書き出しファイルを選んでください。',
      'cannot be read as a Parquet file (damaged or another format). Choose a workshop export file.',
    );
  }
  const text = kv?.find((entry) => entry.key === EXPORT_PARQUET_KEY)?.value;
  if (text === undefined) {
    return refuse(
      name,
      'ワークショップの記録（計画・投票・グループ・参加者数）が入っていない Parquet ファイルです。付箋の表だけでは読み込めません。サーバーからもう一度書き出すか、JSON の書き出しファイルを使ってください。',
      'this Parquet file does not carry the workshop record (plan, votes, groups, attendance); the notes table alone cannot be loaded. Export it again from the server, or use the JSON export.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(
      name,
      'ファイル内のワークショップ記録が壊れています（JSON として読めません）。',
      'the workshop record in the file is damaged (not valid JSON).',
    );
  }
  const { result, value } = checkedExport(name, json);
  if (!value) return result;
  return (await rowsDisagree(name, file, value)) ?? result;
}
