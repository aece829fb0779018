import type { TrendPoint } from '../charts/trend';
import { DataTable } from '../export/DataTable';
import { figure } from '../suppress/format';

interface TrendTableProps {
  points: readonly TrendPoint[];
  caption: string;
  corner: string;
  seriesLabel: (s: string) => string;
  k: number;
}

/** The table beside a trend chart: periods down, series across; suppressed points print as ＊. */
export function TrendTable({ points, caption, corner, seriesLabel, k }: TrendTableProps) {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const series = [...new Set(points.map((p) => p.series))].sort();
  const at = new Map(points.map((p) => [`${p.period}|${p.series}`, p]));
  return (
    <DataTable
      caption={caption}
      header={[corner, ...series.map(seriesLabel)]}
      rows={periods.map((p) => [
        p,
        ...series.map((s) => {
          const point = at.get(`${p}|${s}`);
          return figure(point?.value ?? 0, Boolean(point?.hidden));
        }),
      ])}
      file="activity_participants_by_year.csv"
      k={k}
    />
  );
}
