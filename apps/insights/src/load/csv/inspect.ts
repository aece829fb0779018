import type { FieldProblem } from '@chiiki/model';
import type { CsvTable } from './parseCsv';

/** More columns than any planner's sheet has: a file this wide is not the table it claims to be. */
export const MAX_COLUMNS = 500;
/** The longest header cell: a header is a column name, not a paragraph (or a whole file on one line). */
export const MAX_HEADER_CHARS = 200;
/** Problems of one kind listed before "and N more", so a broken 50 MB file gives a readable list. */
const LIST_AT_MOST = 20;

const problem = (ja: string, en: string): FieldProblem => ({ path: '', ja, en });

/**
 * Refuses bytes that are not CSV text at all, before decoding: an empty file, UTF-16 (which
 * Excel's 「Unicode テキスト」 writes), an Excel workbook or other zip renamed .csv, or binary
 * data (NUL bytes). Decoding such bytes as Shift_JIS would "succeed" and show mojibake headers.
 */
export function bytesProblem(file: string, bytes: Uint8Array): FieldProblem | null {
  if (bytes.length === 0)
    return problem(`${file}: 空のファイルです（0 バイト）。`, `${file}: the file is empty (0 bytes).`);
  const [a, b] = [bytes[0], bytes[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return problem(
      `${file}: UTF-16 で保存されたファイルです。Excel で「CSV UTF-8（コンマ区切り）」か「CSV（コンマ区切り）」で保存し直してください。`,
      `${file}: the file is UTF-16. Save it from Excel as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)".`,
    );
  }
  if (a === 0x50 && b === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return problem(
      `${file}: Excel ブック（.xlsx）などの圧縮ファイルで、CSV ではありません。Excel で CSV 形式で保存してください。`,
      `${file}: an Excel workbook (.xlsx) or another zip file, not CSV. Save it from Excel as CSV.`,
    );
  }
  if (bytes.subarray(0, 1 << 16).includes(0)) {
    return problem(
      `${file}: 文字のファイル（CSV）ではありません（バイナリデータです）。`,
      `${file}: not a text (CSV) file; it holds binary data.`,
    );
  }
  return null;
}

/** Keeps the first problems and counts the rest, so a file bad on every row stays cheap to report. */
function collector(file: string) {
  const list: FieldProblem[] = [];
  let more = 0;
  return {
    add(p: FieldProblem) {
      if (list.length < LIST_AT_MOST) list.push(p);
      else more++;
    },
    done(): FieldProblem[] {
      if (more === 0) return list;
      return [...list, problem(`${file}: ほかに ${more} 件あります。`, `${file}: and ${more} more.`)];
    },
  };
}

/**
 * The header's own problems: none at all, too wide, a cell too long, mojibake (reported before
 * repeated names, since undecodable names all look alike), or a name used twice.
 */
function headerProblems(file: string, header: readonly string[], hasReplacement: boolean): FieldProblem[] {
  if (header.length === 0)
    return [problem(`${file}: データがありません（空のファイル）。`, `${file}: no data (empty file).`)];
  if (header.length > MAX_COLUMNS) {
    return [
      problem(
        `${file}: 見出しの行に ${header.length.toLocaleString()} 列あり、上限 ${MAX_COLUMNS} 列を超えています。表の CSV か確かめてください。`,
        `${file}: the header row has ${header.length.toLocaleString()} columns, over the limit of ${MAX_COLUMNS}. Check that this is a table saved as CSV.`,
      ),
    ];
  }
  const long = header.findIndex((h) => h.length > MAX_HEADER_CHARS);
  if (long >= 0) {
    return [
      problem(
        `${file}: ${long + 1} 列目の見出しが ${header[long]?.length.toLocaleString()} 文字あり、長すぎます（上限 ${MAX_HEADER_CHARS} 文字）。1 行目が見出しの行か確かめてください。`,
        `${file}: the header of column ${long + 1} is ${header[long]?.length.toLocaleString()} characters long (limit ${MAX_HEADER_CHARS}). Check that the first row is the header row.`,
      ),
    ];
  }
  const bad = hasReplacement ? header.findIndex((h) => h.includes('\uFFFD')) : -1;
  if (bad >= 0) {
    return [
      problem(
        `${file} の見出しの行、列「${header[bad] || bad + 1}」: 読めない文字（文字化け）があります。文字コード（UTF-8 か Shift_JIS か）を確かめてください。`,
        `${file}, header row, column "${header[bad] || bad + 1}": characters that cannot be decoded (mojibake). Check the file's encoding (UTF-8 or Shift_JIS).`,
      ),
    ];
  }
  const first = new Map<string, number>();
  const out: FieldProblem[] = [];
  header.forEach((raw, i) => {
    const name = raw.normalize('NFKC').trim();
    if (!name) return;
    const seen = first.get(name);
    if (seen === undefined) first.set(name, i);
    else
      out.push(
        problem(
          `${file}: 見出し「${name}」が ${seen + 1} 列目と ${i + 1} 列目の 2 か所にあります。どちらを使うか分からないため、片方の見出しを変えてください。`,
          `${file}: the header "${name}" appears in column ${seen + 1} and column ${i + 1}; rename one so it is clear which to use.`,
        ),
      );
  });
  return out;
}

/**
 * Finds what makes a parsed CSV untrustworthy before any value is read: header problems,
 * characters the chosen encoding could not decode (U+FFFD, "mojibake"), named by row and column,
 * and rows with more filled cells than the header has columns (an unquoted comma shifts values
 * into the wrong columns). An empty list means the mapping and validation steps may go ahead.
 */
export function tableProblems(file: string, table: CsvTable, hasReplacement: boolean): FieldProblem[] {
  const head = headerProblems(file, table.header, hasReplacement);
  if (head.length > 0) return head;
  const out = collector(file);
  const column = (j: number) => table.header[j] || `${j + 1}`;
  for (const { row, cells } of table.rows) {
    if (hasReplacement) {
      const j = cells.findIndex((c) => c.includes('\uFFFD'));
      if (j >= 0) {
        out.add(
          problem(
            `${file} の ${row} 行目、列「${column(j)}」: 読めない文字（文字化け）があります。文字コード（UTF-8 か Shift_JIS か）を確かめてください。`,
            `${file}, row ${row}, column ${column(j)}: characters that cannot be decoded (mojibake). Check the file's encoding (UTF-8 or Shift_JIS).`,
          ),
        );
      }
    }
    if (cells.length > table.header.length && cells.slice(table.header.length).some((c) => c.trim() !== '')) {
      out.add(
        problem(
          `${file} の ${row} 行目: 見出しより列が多くあります（見出し ${table.header.length} 列、この行 ${cells.length.toLocaleString()} 列）。カンマを含む値は "" で囲んでください。`,
          `${file}, row ${row}: more cells than the header has columns (header ${table.header.length}, this row ${cells.length.toLocaleString()}). Quote values that contain commas.`,
        ),
      );
    }
  }
  return out.done();
}
