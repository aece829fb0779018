import { Button, useT } from '@chiiki/ui';
import { download, toExcelCsv } from '../export/csv';
import { cell } from '../suppress/format';
import type { CountMatrix } from './matrix';

/** Props of CountTable: the matrix, labels for its rows and columns, and a file name for CSV. */
export interface CountTableProps {
  matrix: CountMatrix;
  caption: string;
  corner: string;
  rowLabel: (key: string) => string;
  colLabel: (key: string) => string;
  file: string;
}

/** The table that sits beside every chart: the same numbers, ＊ where suppressed, with totals and CSV export. */
export function CountTable({ matrix, caption, corner, rowLabel, colLabel, file }: CountTableProps) {
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
      <Button
        variant="quiet"
        className="no-print"
        onClick={() => download(file, toExcelCsv({ header, rows: [...body, foot] }))}
      >
        {t('dash.csv')}
      </Button>
    </div>
  );
}
