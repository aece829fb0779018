import { describe, expect, it } from 'vitest';
import { linearAudit } from '../suppress/linearAudit';
import { type LinkedTable, publishedFigures, suppressLinked } from '../suppress/linked';
import type { SuppressedTable } from '../suppress/suppressTable';
import { countKey, fyPeriod } from './keys';
import { linkedTable } from './matrix';
import { yearSumTable } from './yearSums';

/** One year's ideas per district and lane as an indicator table prints them: the city row as totals. */
function yearTable(fy: number, cells: number[][], districts: string[], lanes: string[]): LinkedTable {
  return {
    ...linkedTable(cells, districts, lanes, (d, l) => countKey.notes(fyPeriod(fy), d, l)),
    rowTotals: false,
  };
}

const add = (a: number[][], b: number[][]) => a.map((row, i) => row.map((v, j) => v + (b[i]?.[j] ?? 0)));

describe('all-years counts as sums of the years', () => {
  it('a hidden year is not the all-years count minus the other years', () => {
    const districts = ['D01', 'D02'];
    const lanes = ['citizen', 'city'];
    const y2024 = [
      [3, 20],
      [15, 30],
    ];
    const y2025 = [
      [17, 25],
      [12, 40],
    ];
    const published = [
      linkedTable(add(y2024, y2025), districts, lanes, (d, l) => countKey.notes('all', d, l)),
      yearTable(2024, y2024, districts, lanes),
      yearTable(2025, y2025, districts, lanes),
    ];
    const sums = yearSumTable(published) as LinkedTable;
    expect(sums.cells.length).toBe(2);
    // Each table suppressed on its own terms: 2024's 3 is hidden, but 20 − 17 gives it back.
    const alone = suppressLinked(published, 5);
    expect(alone[1]?.hidden[0]?.[0]).toBe(true);
    const hiddenKeys = new Set(
      published.flatMap((t, i) =>
        publishedFigures(t, alone[i] as SuppressedTable)
          .filter((f) => f.hidden)
          .map((f) => f.key),
      ),
    );
    const sumsAsPrinted: SuppressedTable = {
      cells: sums.cells.map((r) => [...r]),
      hidden: sums.cells.map((r, i) => r.map((_, j) => hiddenKeys.has(sums.cellKey(i, j)))),
      rowTotals: [],
      rowHidden: sums.cells.map(() => true),
      colTotals: [],
      colHidden: (sums.cells[0] ?? []).map((_, j) => hiddenKeys.has(sums.colKey(j))),
      total: 0,
      totalHidden: true,
    };
    expect(linearAudit([...published, sums], [...alone, sumsAsPrinted]).derivable).toContain(
      countKey.notes('2024年度', 'D01', 'citizen'),
    );
    const together = suppressLinked([...published, sums], 5);
    expect(linearAudit([...published, sums], together)).toEqual({ derivable: [], inconsistent: [] });
  });

  it('random years × districts × lanes: nothing hidden follows from the all-years table and the years', () => {
    let seed = 3;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 60; n++) {
      const Y = 1 + Math.floor(rnd() * 3);
      const D = 1 + Math.floor(rnd() * 4);
      const L = 1 + Math.floor(rnd() * 3);
      const districts = Array.from({ length: D }, (_, d) => `D0${d + 1}`);
      const lanes = Array.from({ length: L }, (_, l) => `lane${l}`);
      const years = Array.from({ length: Y }, () =>
        Array.from({ length: D }, () => Array.from({ length: L }, () => Math.floor(rnd() * rnd() * 25))),
      );
      const all = years.reduce(add);
      const published = [
        linkedTable(all, districts, lanes, (d, l) => countKey.notes('all', d, l)),
        ...years.map((cells, y) => yearTable(2020 + y, cells, districts, lanes)),
      ];
      const sums = yearSumTable(published) as LinkedTable;
      const result = suppressLinked([...published, sums], 5);
      expect(linearAudit([...published, sums], result), JSON.stringify(years)).toEqual({
        derivable: [],
        inconsistent: [],
      });
    }
  });
});
