import type { TrendPoint } from '../charts/trend';
import { CsvButton } from '../export/CsvButton';

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
  const rows = periods.map((p) => [p, ...series.map((s) => at.get(`${p}|${s}`) ?? 0)]);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {series.map((s) => (
              <th key={s} scope="col">
                {seriesLabel(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p}>
              <th scope="row">{p}</th>
              {series.map((s) => (
                <td key={s} className="num">
                  {(at.get(`${p}|${s}`) ?? 0).toLocaleString('ja-JP')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        file="activity_participants_by_year.csv"
        header={[corner, ...series.map(seriesLabel)]}
        rows={rows}
      />
    </div>
  );
}
