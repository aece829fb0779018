import { useT } from '@chiiki/ui';
import { DataTable } from '../export/DataTable';
import { figure } from '../suppress/format';
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
  const rows = matrix.rowKeys.map((r, i) => [
    rowLabel(r),
    ...matrix.colKeys.map((_, j) => figure(m.cells[i]?.[j] ?? 0, Boolean(m.hidden[i]?.[j]))),
    figure(m.rowTotals[i] ?? 0, Boolean(m.rowHidden[i])),
  ]);
  const foot = [
    total,
    ...matrix.colKeys.map((_, j) => figure(m.colTotals[j] ?? 0, Boolean(m.colHidden[j]))),
    figure(m.total, m.totalHidden),
  ];
  return (
    <DataTable
      caption={caption}
      header={[corner, ...matrix.colKeys.map(colLabel), total]}
      rows={rows}
      foot={foot}
      file={file}
      k={k}
    />
  );
}
