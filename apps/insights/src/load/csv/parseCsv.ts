import { progressTicker } from '../progress';

/** A parsed CSV: the header and the data rows, each row with the line a planner sees in Excel. */
export interface CsvTable {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

/**
 * Parses RFC 4180 CSV as Excel writes it: quoted fields with "" escapes and embedded newlines,
 * CRLF or LF line ends, a trailing newline, and blank lines skipped. Row numbers count the
 * header as row 1, the way Excel numbers them, so error messages point at the right cell.
 */
export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const n = text.length;
  const tick = progressTicker('parse', n, 1 << 18);
  let nextTick = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < n) {
    if (i >= nextTick) {
      tick(i);
      nextTick = i + (1 << 18);
    }
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += text[i];
      i++;
      continue;
    }
    if (c === 34 && field === '') {
      quoted = true;
    } else if (c === 44) {
      record.push(field);
      field = '';
    } else if (c === 13 || c === 10) {
      endRecord();
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    } else {
      field += text[i];
    }
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  const numbered = records.map((cells, k) => ({ row: k + 1, cells }));
  const nonBlank = numbered.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonBlank;
  return { header: head ? head.cells.map((h) => h.replace(/^\uFEFF/, '').trim()) : [], rows };
}
