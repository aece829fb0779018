import { describe, expect, it } from 'vitest';
import { derivableEntries } from './bridges';
import { linearAudit } from './linearAudit';
import { suppressTable } from './suppressTable';

/** All hidden entries of the extended table as edges, for the audit. */
function hiddenEdges(t: ReturnType<typeof suppressTable>, rowTotals: boolean, colTotals: boolean) {
  const R = t.cells.length;
  const C = t.cells[0]?.length ?? 0;
  const e: [number, number][] = [];
  t.hidden.forEach((r, i) => {
    r.forEach((h, j) => {
      if (h) e.push([i, j]);
    });
  });
  for (let i = 0; i < R; i++) if (!rowTotals || t.rowHidden[i]) e.push([i, C]);
  for (let j = 0; j < C; j++) if (!colTotals || t.colHidden[j]) e.push([R, j]);
  if (t.totalHidden) e.push([R, C]);
  return { R, C, e };
}

describe('suppressTable', () => {
  it('hides counts 1..k-1, keeps zeros, and adds complements so no hidden cell follows from totals', () => {
    const t = suppressTable(
      [
        [12, 3, 20],
        [15, 9, 30],
        [0, 11, 7],
      ],
      { k: 5, rowTotals: true, colTotals: true },
    );
    // 3 is primary; the cheapest cycle through it is 12 → 15 → 9 (cost 36, vs 20 → 7 → 11 = 38).
    expect(t.hidden).toEqual([
      [true, true, false],
      [true, true, false],
      [false, false, false],
    ]);
    expect(t.rowTotals).toEqual([35, 54, 18]);
    expect(t.colTotals).toEqual([27, 23, 57]);
    const { R, C, e } = hiddenEdges(t, true, true);
    const derivable = derivableEntries(R + 1, C + 1, e).filter(([i, j]) => i < R && j < C);
    expect(derivable).toEqual([]);
  });

  it('hand-computed: a 2×2 with one small cell hides the whole rectangle', () => {
    const t = suppressTable(
      [
        [2, 10],
        [8, 9],
      ],
      { k: 5, rowTotals: true, colTotals: true },
    );
    expect(t.hidden).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(t.rowHidden).toEqual([false, false]);
    expect(t.total).toBe(29);
  });

  it('a 1-D list with a published total hides a second value', () => {
    const t = suppressTable([[3], [40], [25]], { k: 5, rowTotals: false, colTotals: true });
    expect(t.hidden.map((r) => r[0])).toEqual([true, false, true]);
  });

  it('nothing small, nothing hidden', () => {
    const t = suppressTable(
      [
        [5, 6],
        [7, 8],
      ],
      { rowTotals: true, colTotals: true },
    );
    expect(t.hidden.flat().some(Boolean)).toBe(false);
  });

  it('random tables: no hidden cell is ever derivable from published margins', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 200; n++) {
      const R = 1 + Math.floor(rnd() * 6);
      const C = 1 + Math.floor(rnd() * 5);
      const cells = Array.from({ length: R }, () =>
        Array.from({ length: C }, () => Math.floor(rnd() * rnd() * 30)),
      );
      const t = suppressTable(cells, { rowTotals: true, colTotals: true });
      const { e } = hiddenEdges(t, true, true);
      const bad = derivableEntries(R + 1, C + 1, e).filter(([i, j]) => i < R && j < C);
      expect(bad, JSON.stringify(cells)).toEqual([]);
      // The same answer from linear algebra over the table's sums, the audit linked tables use.
      const keyed = {
        cells,
        rowTotals: true,
        colTotals: true,
        cellKey: (i: number, j: number) => `${i}|${j}`,
        rowKey: (i: number) => `${i}|*`,
        colKey: (j: number) => `*|${j}`,
        totalKey: '*|*',
      };
      const derivable = linearAudit([keyed], [t]).derivable.filter((key) => !key.includes('*'));
      expect(derivable, JSON.stringify(cells)).toEqual([]);
    }
  });
});
