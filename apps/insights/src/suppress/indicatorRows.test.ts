import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../indicators/runner';
import { indicatorTables } from './indicatorRows';
import { suppressLinked } from './linked';

const row = (
  district: string,
  value: number,
  n: number | null,
  lane: string | null = null,
  fiscalYear = 2025,
  previous: number | null = null,
): IndicatorRow => ({
  fiscalYear,
  district,
  lane,
  value,
  n,
  previous,
  target: null,
  ratio: null,
  status: 'no_target',
});

const key = (fy: number, d: string, lane: string) => `x|${fy}|${d}|${lane}`;

/** Suppresses one indicator's rows on their own. */
function hide(rows: IndicatorRow[], k: number) {
  const { tables, hiding } = indicatorTables(rows, key, k);
  return hiding(suppressLinked(tables, k));
}

describe('indicator rows', () => {
  it('a small district count is hidden with a complement, since the city total is published', () => {
    const rows = [row('D01', 3, 3), row('D02', 40, 40), row('D03', 12, 12), row('*', 55, 55)];
    const { hidden } = hide(rows, 5);
    expect(rows.map((r) => hidden.has(r))).toEqual([true, false, true, false]);
  });
  it('a share built on a small count is hidden with its count', () => {
    const rows = [
      row('D01', 75, 3, 'citizen'),
      row('D01', 25, 1, 'city'),
      row('*', 60, 30, 'citizen'),
      row('*', 40, 20, 'city'),
    ];
    const { hidden } = hide(rows, 5);
    expect(hidden.has(rows[0] as IndicatorRow)).toBe(true);
    expect(hidden.has(rows[1] as IndicatorRow)).toBe(true);
  });
  it('events (no n) are never hidden; k ≤ 1 turns suppression off', () => {
    const rows = [row('D01', 1, null), row('*', 1, null)];
    expect(hide(rows, 5).hidden.size).toBe(0);
    expect(hide([row('D01', 3, 3), row('*', 3, 3)], 0).hidden.size).toBe(0);
  });
  it('last year’s value is hidden on this year’s row wherever last year’s row is hidden', () => {
    // FY2024 D01 had 3 people (hidden); FY2025 D01 has 30 and prints "last year: 3" beside it.
    const rows = [
      row('D01', 3, 3, null, 2024),
      row('D02', 40, 40, null, 2024),
      row('*', 43, 43, null, 2024),
      row('D01', 30, 30, null, 2025, 3),
      row('D02', 41, 41, null, 2025, 40),
      row('*', 71, 71, null, 2025, 43),
    ];
    const { hidden, previousHidden } = hide(rows, 5);
    expect(hidden.has(rows[3] as IndicatorRow)).toBe(false);
    expect(previousHidden.has(rows[3] as IndicatorRow)).toBe(true);
    // D02's 2024 row is D01's complement, so its value is hidden beside 2025 too; the city's is not.
    expect(previousHidden.has(rows[4] as IndicatorRow)).toBe(true);
    expect(previousHidden.has(rows[5] as IndicatorRow)).toBe(false);
  });
  it('a count shared with another table is hidden in both', () => {
    // The dashboard's district table hides D02 (its complement choice); the indicator must too.
    const rows = [row('D01', 30, 30), row('D02', 40, 40), row('*', 70, 70)];
    const { tables, hiding } = indicatorTables(rows, key, 5);
    const other = {
      cells: [[30], [40], [2]],
      rowTotals: false,
      colTotals: true,
      cellKey: (i: number) => key(2025, ['D01', 'D02', 'D09'][i] as string, ''),
      rowKey: (i: number) => `other|${i}`,
      colKey: () => 'other|total',
      totalKey: 'other|*',
    };
    const results = suppressLinked([other, ...tables], 5);
    const hiddenInOther = results[0]?.hidden.map((r) => r[0]);
    const { hidden } = hiding(results.slice(1));
    expect(hiddenInOther?.[2]).toBe(true);
    expect([hidden.has(rows[0] as IndicatorRow), hidden.has(rows[1] as IndicatorRow)]).toEqual([
      Boolean(hiddenInOther?.[0]),
      Boolean(hiddenInOther?.[1]),
    ]);
    expect(hidden.has(rows[0] as IndicatorRow) || hidden.has(rows[1] as IndicatorRow)).toBe(true);
  });
});
