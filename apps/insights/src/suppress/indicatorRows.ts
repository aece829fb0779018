import type { IndicatorRow } from '../indicators/runner';
import { suppressTable } from './suppressTable';

/**
 * Which indicator rows to print as ＊. Rows with an `n` (the count of people or ideas the value
 * rests on) are pivoted per fiscal year into districts × lanes with the city row as published
 * column totals, and suppressed like any count table; a count's value, a share or a rate is
 * hidden wherever its `n` is, so a share can't reveal a hidden count. Rows without `n`
 * (events such as lectures held) are never hidden.
 */
export function hiddenIndicatorRows(rows: readonly IndicatorRow[], k: number): Set<IndicatorRow> {
  const hidden = new Set<IndicatorRow>();
  if (k <= 1) return hidden;
  const years = [...new Set(rows.filter((r) => r.n !== null).map((r) => r.fiscalYear))];
  for (const fy of years) {
    const inYear = rows.filter((r) => r.fiscalYear === fy && r.n !== null);
    const districts = [...new Set(inYear.filter((r) => r.district !== '*').map((r) => r.district))];
    const lanes = [...new Set(inYear.map((r) => r.lane ?? ''))];
    const at = (d: string, l: string) => inYear.find((r) => r.district === d && (r.lane ?? '') === l);
    const cells = districts.map((d) => lanes.map((l) => at(d, l)?.n ?? 0));
    const t = suppressTable(cells, { k, rowTotals: false, colTotals: true });
    districts.forEach((d, i) => {
      lanes.forEach((l, j) => {
        const row = at(d, l);
        if (row && t.hidden[i]?.[j]) hidden.add(row);
      });
    });
    lanes.forEach((l, j) => {
      const city = at('*', l);
      if (city && (t.colHidden[j] || ((city.n ?? 0) > 0 && (city.n ?? 0) < k))) hidden.add(city);
    });
  }
  return hidden;
}
