import { describe, expect, it } from 'vitest';
import { linearAudit } from './linearAudit';
import { type LinkedTable, suppressLinked } from './linked';
import { suppressTable } from './suppressTable';

/** A table whose figures are keyed `${name}|row|col`, with its margins under `*`. */
function keyed(
  cells: number[][],
  rows: string[],
  cols: string[],
  name: (row: string, col: string) => string,
  totals: { rowTotals: boolean; colTotals: boolean } = { rowTotals: true, colTotals: true },
): LinkedTable {
  return {
    cells,
    ...totals,
    cellKey: (i, j) => name(rows[i] as string, cols[j] as string),
    rowKey: (i) => name(rows[i] as string, '*'),
    colKey: (j) => name('*', cols[j] as string),
    totalKey: name('*', '*'),
  };
}

/** Seeded random numbers, so a failing table can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('suppressLinked', () => {
  it('a hidden month cannot be worked out from the year table that publishes its kind total', () => {
    // Months of FY2025 × kinds. April's salon (3) is small. The year table's FY2025 row is the
    // month table's kind totals, so it must not show what the month table's totals hide.
    const months = [
      [3, 20],
      [12, 30],
      [9, 25],
    ];
    const years = [
      [40, 60],
      [sum(months.map((r) => r[0] as number)), sum(months.map((r) => r[1] as number))],
    ];
    const monthTable = keyed(months, ['04', '05', '06'], ['salon', 'lecture'], (m, kind) =>
      m === '*' ? `2025|${kind}` : `2025-${m}|${kind}`,
    );
    const yearTable = keyed(years, ['2024', '2025'], ['salon', 'lecture'], (fy, kind) =>
      fy === '*' ? `all|${kind}` : `${fy}|${kind}`,
    );
    // Hiding April's salon by k alone (as the trends did) hands it over: 24 − 12 − 9 = 3.
    const kOnly = suppressTable(months, { k: 1, rowTotals: true, colTotals: true });
    (kOnly.hidden[0] as boolean[])[0] = true;
    const shownYears = suppressTable(years, { rowTotals: true, colTotals: true });
    expect(linearAudit([monthTable, yearTable], [kOnly, shownYears]).derivable).toEqual(['2025-04|salon']);
    const linked = suppressLinked([monthTable, yearTable], 5);
    expect(linearAudit([monthTable, yearTable], linked)).toEqual({ derivable: [], inconsistent: [] });
    expect(linked[0]?.hidden[0]?.[0]).toBe(true);
  });

  it('a figure hidden in one table is hidden in the other too, and protected there', () => {
    // FY2024's salon (2) is small; the year table hides the whole 2×2 rectangle to protect it,
    // FY2025's row included, and that row is the month table's kind totals.
    const months = [
      [10, 20],
      [5, 30],
      [9, 25],
    ];
    const years = [
      [2, 60],
      [24, 75],
    ];
    const monthTable = keyed(months, ['04', '05', '06'], ['salon', 'lecture'], (m, kind) =>
      m === '*' ? `2025|${kind}` : `2025-${m}|${kind}`,
    );
    const yearTable = keyed(years, ['2024', '2025'], ['salon', 'lecture'], (fy, kind) =>
      fy === '*' ? `all|${kind}` : `${fy}|${kind}`,
    );
    const alone = [
      suppressTable(months, { rowTotals: true, colTotals: true }),
      suppressTable(years, { rowTotals: true, colTotals: true }),
    ];
    expect(alone[0]?.colHidden).toEqual([false, false]);
    expect(alone[1]?.hidden[1]).toEqual([true, true]);
    expect(linearAudit([monthTable, yearTable], alone).inconsistent.sort()).toEqual([
      '2025|lecture',
      '2025|salon',
    ]);
    const linked = suppressLinked([monthTable, yearTable], 5);
    expect(linked[0]?.colHidden).toEqual([true, true]);
    expect(linearAudit([monthTable, yearTable], linked)).toEqual({ derivable: [], inconsistent: [] });
  });

  it('random months × kinds, districts × kinds and years × kinds: nothing hidden follows from all three', () => {
    const rnd = random(11);
    for (let n = 0; n < 120; n++) {
      const D = 1 + Math.floor(rnd() * 4);
      const M = 1 + Math.floor(rnd() * 5);
      const K = 1 + Math.floor(rnd() * 4);
      const Y = 1 + Math.floor(rnd() * 3);
      // One fiscal year's participants by district, month and kind: the dashboard shows two of
      // its margins (months × kinds, districts × kinds), and the year table shows its total.
      const x = Array.from({ length: D }, () =>
        Array.from({ length: M }, () => Array.from({ length: K }, () => Math.floor(rnd() * rnd() * 12))),
      );
      const months = Array.from({ length: M }, (_, m) =>
        Array.from({ length: K }, (_, k) => sum(x.map((d) => d[m]?.[k] ?? 0))),
      );
      const districts = x.map((d) => Array.from({ length: K }, (_, k) => sum(d.map((m) => m[k] ?? 0))));
      const earlier = Array.from({ length: Y - 1 }, () =>
        Array.from({ length: K }, () => Math.floor(rnd() * 40)),
      );
      const years = [...earlier, Array.from({ length: K }, (_, k) => sum(months.map((r) => r[k] ?? 0)))];
      const kinds = Array.from({ length: K }, (_, k) => `k${k}`);
      const fy = `fy${Y - 1}`;
      const tables = [
        keyed(
          months,
          months.map((_, m) => `m${m}`),
          kinds,
          (m, k) => (m === '*' ? `${fy}|*|${k}` : `${m}|*|${k}`),
        ),
        keyed(
          districts,
          districts.map((_, d) => `d${d}`),
          kinds,
          (d, k) => `${fy}|${d}|${k}`,
        ),
        keyed(
          years,
          years.map((_, y) => `fy${y}`),
          kinds,
          (y, k) => (y === '*' ? `all|*|${k}` : `${y}|*|${k}`),
        ),
      ];
      const result = suppressLinked(tables, 5);
      const audit = linearAudit(tables, result);
      expect(audit, JSON.stringify({ months, districts, years })).toEqual({
        derivable: [],
        inconsistent: [],
      });
    }
  });
});
