import type { NotesTable } from './table';

/** Characters that make Excel read a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a value safe for Excel: a leading ' keeps a would-be formula as text, then RFC 4180 quoting. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The notes table as CSV for Excel: UTF-8 with a BOM (so Excel reads Japanese correctly), CRLF
 * line ends, English or Japanese headers, and no cell that Excel would run as a formula.
 */
export function toCsv(table: NotesTable, headers: 'en' | 'ja'): Buffer {
  const head = table.columns.map((c) => csvCell(headers === 'ja' ? c.ja : c.key)).join(',');
  const lines = [head, ...table.rows.map((row) => row.map(csvCell).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
