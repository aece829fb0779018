import type { IndicatorRow } from '../indicators/runner';
import { isSmall } from './format';
import type { LinkedTable } from './linked';
import type { SuppressedTable } from './suppressTable';

/** Which rows of an indicator print ＊, and on which rows last year's value does. */
export interface IndicatorHiding {
  hidden: Set<IndicatorRow>;
  /** Rows whose `previous` (last year's value) is hidden: last year's row is, or this one is. */
  previousHidden: Set<IndicatorRow>;
}

/**
 * An indicator's rows as count tables for suppression: per fiscal year, districts × lanes of the
 * `n` each value rests on (the count of people or ideas), with the city row as published column
 * totals. `key` names each count, so a count another table also prints is suppressed alike
 * (`suppressLinked`). Rows without `n` (events such as lectures held) are never hidden.
 * `hiding` turns the suppressed tables back into rows: a value, share or rate is hidden wherever
 * its `n` is, and last year's value wherever last year's row is.
 */
export function indicatorTables(
  rows: readonly IndicatorRow[],
  key: (fy: number, district: string, lane: string) => string,
  k: number,
): { tables: LinkedTable[]; hiding: (results: readonly SuppressedTable[]) => IndicatorHiding } {
  const years = [...new Set(rows.filter((r) => r.n !== null).map((r) => r.fiscalYear))];
  const parts = years.map((fy) => {
    const inYear = rows.filter((r) => r.fiscalYear === fy && r.n !== null);
    const districts = [...new Set(inYear.filter((r) => r.district !== '*').map((r) => r.district))];
    const lanes = [...new Set(inYear.map((r) => r.lane ?? ''))];
    const at = (d: string, l: string) => inYear.find((r) => r.district === d && (r.lane ?? '') === l);
    const table: LinkedTable = {
      cells: districts.map((d) => lanes.map((l) => at(d, l)?.n ?? 0)),
      rowTotals: false,
      colTotals: true,
      cellKey: (i, j) => key(fy, districts[i] as string, lanes[j] as string),
      rowKey: (i) => key(fy, districts[i] as string, '*'),
      colKey: (j) => key(fy, '*', lanes[j] as string),
      totalKey: key(fy, '*', '*'),
    };
    return { table, districts, lanes, at };
  });
  const hiding = (results: readonly SuppressedTable[]): IndicatorHiding => {
    const hidden = new Set<IndicatorRow>();
    parts.forEach(({ districts, lanes, at }, n) => {
      const t = results[n];
      if (!t) return;
      districts.forEach((d, i) => {
        lanes.forEach((l, j) => {
          const row = at(d, l);
          if (row && t.hidden[i]?.[j]) hidden.add(row);
        });
      });
      lanes.forEach((l, j) => {
        const city = at('*', l);
        if (city && (t.colHidden[j] || isSmall(city.n ?? 0, k))) hidden.add(city);
      });
    });
    const previousHidden = new Set<IndicatorRow>();
    for (const r of rows) {
      const last = rows.find(
        (p) => p.fiscalYear === r.fiscalYear - 1 && p.district === r.district && p.lane === r.lane,
      );
      // Without last year's row its suppression is unknown, so a count's previous value is hidden.
      const unknown = !last && r.previous !== null && r.n !== null;
      if (hidden.has(r) || unknown || (last && hidden.has(last))) previousHidden.add(r);
    }
    return { hidden, previousHidden };
  };
  return { tables: parts.map((p) => p.table), hiding };
}
