import type { TrendPoint } from '../charts/trend';
import { DataTable } from '../export/DataTable';

interface TrendTableProps {
  points: readonly TrendPoint[];
  caption: string;
  corner: string;
  seriesLabel: (s: string) => string;
}

/** The table beside a trend chart: periods down, series across (activity totals are events, not people). */
export function TrendTable({ points, caption, corner, seriesLabel }: TrendTableProps) {
  const periods = [...new Set(points.map((p) => p.period))].sort();
  const series = [...new Set(points.map((p) => p.series))].sort();
  const at = new Map(points.map((p) => [`${p.period}|${p.series}`, p.value]));
  return (
    <DataTable
      caption={caption}
      header={[corner, ...series.map(seriesLabel)]}
      rows={periods.map((p) => [p, ...series.map((s) => at.get(`${p}|${s}`) ?? 0)])}
      file="activity_participants_by_year.csv"
    />
  );
}
