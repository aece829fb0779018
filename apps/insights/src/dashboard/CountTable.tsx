import { useT } from '@chiiki/ui';
import { CsvButton } from '../export/CsvButton';
import { cell, SUPPRESSED } from '../suppress/format';
import type { CountMatrix } from './matrix';

interface CountTableProps {
  matrix: CountMatrix;
  caption: string;
  corner: string;
  rowLabel: (key: string) => string;
  colLabel: (key: string) => string;
  file: string;
  /** The suppression threshold in force, noted in the Parquet export. */
  k?: number;
}

/** The table that sits beside every chart: the same numbers, ＊ where suppressed, with totals and CSV export. */
export function CountTable({ matrix, caption, corner, rowLabel, colLabel, file, k }: CountTableProps) {
  const { t } = useT('insights');
  const m = matrix.table;
  const total = t('dash.total');
  const header = [corner, ...matrix.colKeys.map(colLabel), total];
  const body = matrix.rowKeys.map((r, i) => [
    rowLabel(r),
    ...matrix.colKeys.map((_, j) => cell(m.cells[i]?.[j] ?? 0, Boolean(m.hidden[i]?.[j]))),
    cell(m.rowTotals[i] ?? 0, Boolean(m.rowHidden[i])),
  ]);
  const foot = [
    total,
    ...matrix.colKeys.map((_, j) => cell(m.colTotals[j] ?? 0, Boolean(m.colHidden[j]))),
    cell(m.total, m.totalHidden),
  ];
  // Exports carry plain numbers (not "1,234"), so spreadsheets and Parquet readers can sum them.
  const raw = (v: number | undefined, hidden: unknown) => (hidden ? SUPPRESSED : (v ?? 0));
  const exported = [
    ...matrix.rowKeys.map((r, i) => [
      rowLabel(r),
      ...matrix.colKeys.map((_, j) => raw(m.cells[i]?.[j], m.hidden[i]?.[j])),
      raw(m.rowTotals[i], m.rowHidden[i]),
    ]),
    [
      total,
      ...matrix.colKeys.map((_, j) => raw(m.colTotals[j], m.colHidden[j])),
      raw(m.total, m.totalHidden),
    ],
  ];
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((r) => (
            <tr key={r[0]}>
              <th scope="row">{r[0]}</th>
              {r.slice(1).map((v, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
                <td key={j} className="num">
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{foot[0]}</th>
            {foot.slice(1).map((v, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
              <td key={j} className="num">
                {v}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <CsvButton file={file} header={header} rows={exported} k={k} />
    </div>
  );
}
