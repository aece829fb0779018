import type { ReactNode } from 'react';
import { SUPPRESSED } from '../suppress/format';
import { CsvButton } from './CsvButton';

type Plain = string | number | null;

/**
 * A cell as shown and as exported. Screens want "1,234", "75%" or "2025年度"; CSV and Parquet
 * want 1234, 75 and 2025 so a spreadsheet can sum them. A plain value is both; `{ text, value }`
 * says each separately; ＊ (SUPPRESSED) as the value keeps a suppressed cell ＊ in CSV and null
 * with its flag in Parquet.
 */
export type Cell = Plain | { text: string; value: Plain; className?: string };
// className: '' keeps a number (a year, a rank) out of the right-aligned `num` style.

interface DataTableProps {
  caption: ReactNode;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** A totals row, printed in <tfoot> and exported as the last row. */
  foot?: readonly Cell[];
  /** The CSV file name (the Parquet one is derived from it). */
  file: string;
  /** The suppression threshold in force, noted in the Parquet file. */
  k?: number;
  /** Whether the first column names the row (a <th scope="row">). */
  rowHeaders?: boolean;
}

const text = (c: Cell): string =>
  c !== null && typeof c === 'object'
    ? c.text
    : c === null
      ? '－'
      : typeof c === 'number'
        ? c.toLocaleString('ja-JP')
        : c;
const value = (c: Cell): Plain => (c !== null && typeof c === 'object' ? c.value : c);
const className = (c: Cell): string | undefined => {
  if (c !== null && typeof c === 'object') {
    if (c.className !== undefined) return c.className || undefined;
    // A figure with no value ("－") still sits in a column of numbers, aligned like them.
    if (c.value === null) return 'num';
  }
  const v = value(c);
  return typeof v === 'number' || v === SUPPRESSED ? 'num' : undefined;
};

function Row({ cells, rowHeaders }: { cells: readonly Cell[]; rowHeaders: boolean }) {
  return (
    <tr>
      {cells.map((c, j) =>
        j === 0 && rowHeaders ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
          <th key={j} scope="row" className={className(c)}>
            {text(c)}
          </th>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
          <td key={j} className={className(c)}>
            {text(c)}
          </td>
        ),
      )}
    </tr>
  );
}

/**
 * Every table beside a chart: caption, header, body and the CSV/Parquet buttons, built from one
 * list of cells so what is printed and what is saved cannot differ, least of all in what is
 * suppressed.
 */
export function DataTable({ caption, header, rows, foot, file, k, rowHeaders = true }: DataTableProps) {
  const exported = [...rows, ...(foot ? [foot] : [])].map((r) => r.map(value));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((h, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat (two word columns)
              <th key={j} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows as shown have no identity beyond their order
            <Row key={i} cells={r} rowHeaders={rowHeaders} />
          ))}
        </tbody>
        {foot ? (
          <tfoot>
            <Row cells={foot} rowHeaders={rowHeaders} />
          </tfoot>
        ) : null}
      </table>
      <CsvButton file={file} header={header} rows={exported} k={k} />
    </div>
  );
}
