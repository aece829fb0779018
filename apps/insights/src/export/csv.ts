/** A table ready to export: header labels (Japanese by default) and display strings. */
export interface ExportTable {
  header: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Quotes a cell for Excel: a value starting with = + - @ tab or CR is prefixed with ' so Excel
 * shows it as text instead of running it as a formula (CSV injection); quotes and commas escaped.
 * Plain negative numbers stay numbers.
 */
export function excelCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s) && !/^-\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== value ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A CSV Excel opens correctly in Japanese: UTF-8 with a BOM (without it Excel reads Shift_JIS
 * and garbles the text) and CRLF line ends.
 */
export function toExcelCsv(t: ExportTable): string {
  const lines = [t.header, ...t.rows].map((r) => r.map(excelCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers a text or bytes as a file download, built in the browser: nothing is uploaded. */
export function download(
  name: string,
  body: string | Uint8Array<ArrayBuffer>,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
