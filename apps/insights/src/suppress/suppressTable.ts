import { derivableEntries, type Edge } from './bridges';
import { pickComplement } from './complement';

/** Options of small-cell suppression. */
export interface SuppressOptions {
  /** Counts from 1 to k−1 are hidden (default 5). Zeros are shown: "nobody" identifies no one. */
  k?: number;
  /** Whether row totals / column totals (and the grand total) are published with the table. */
  rowTotals?: boolean;
  colTotals?: boolean;
  /**
   * Figures another published table hides (linked suppression): hidden here too, whatever their
   * size, and protected like small counts so these totals cannot work them out either.
   */
  forced?: ForcedEntries;
}

/** Entries to hide regardless of size: cells, row totals, column totals, the grand total. */
export interface ForcedEntries {
  cells?: readonly (readonly boolean[])[];
  rowTotals?: readonly boolean[];
  colTotals?: readonly boolean[];
  total?: boolean;
}

/** Whether entry (i, j) of the extended table (margins in row R and column C) is forced hidden. */
function isForced(f: ForcedEntries | undefined, R: number, C: number, i: number, j: number): boolean {
  if (!f) return false;
  if (i < R && j < C) return Boolean(f.cells?.[i]?.[j]);
  if (i < R) return Boolean(f.rowTotals?.[i]);
  if (j < C) return Boolean(f.colTotals?.[j]);
  return Boolean(f.total);
}

/** A count table after suppression: which entries to print as ＊, margins included. */
export interface SuppressedTable {
  cells: number[][];
  hidden: boolean[][];
  rowTotals: number[];
  rowHidden: boolean[];
  colTotals: number[];
  colHidden: boolean[];
  total: number;
  totalHidden: boolean;
}

/**
 * Hides small counts (primary suppression) and then as few other entries as needed
 * (complementary suppression) so that no hidden count can be worked out from the published
 * row and column totals. The table with margins is a graph; we add the smallest non-zero cells
 * that close a cycle through every derivable entry, then audit again until none is derivable.
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  options: SuppressOptions = {},
): SuppressedTable {
  const k = options.k ?? 5;
  const R = cells.length;
  const C = cells[0]?.length ?? 0;
  // Extended (R+1)×(C+1) table: row R holds column totals, column C row totals, (R,C) the grand total.
  const x: number[][] = Array.from({ length: R + 1 }, (_, i) =>
    Array.from({ length: C + 1 }, (_, j) => (i < R && j < C ? (cells[i]?.[j] ?? 0) : 0)),
  );
  for (let i = 0; i < R; i++)
    for (let j = 0; j < C; j++) {
      const v = x[i]?.[j] ?? 0;
      (x[i] as number[])[C] = (x[i]?.[C] ?? 0) + v;
      (x[R] as number[])[j] = (x[R]?.[j] ?? 0) + v;
      (x[R] as number[])[C] = (x[R]?.[C] ?? 0) + v;
    }
  const small = (v: number) => v > 0 && v < k;
  const forced = (i: number, j: number) => isForced(options.forced, R, C, i, j);
  const hid: boolean[][] = x.map((row, i) =>
    row.map((v, j) => {
      const margin = i === R || j === C;
      const unpublished =
        (j === C && i < R && !options.rowTotals) || (i === R && j < C && !options.colTotals);
      const grandUnpublished = i === R && j === C && !options.rowTotals && !options.colTotals;
      return small(v) || forced(i, j) || (margin && (unpublished || grandUnpublished));
    }),
  );
  for (let guard = 0; guard < (R + 1) * (C + 1); guard++) {
    const edges: Edge[] = [];
    hid.forEach((row, i) => {
      row.forEach((h, j) => {
        if (h) edges.push([i, j]);
      });
    });
    const derivable = derivableEntries(R + 1, C + 1, edges).filter(
      ([i, j]) => small(x[i]?.[j] ?? 0) || forced(i, j) || (i < R && j < C),
    );
    const target = derivable[0];
    if (!target) break;
    const [ti, tj] = target;
    const chosen = pickComplement(x, hid, ti, tj);
    if (chosen.length === 0) break;
    for (const [i, j] of chosen) (hid[i] as boolean[])[j] = true;
  }
  return {
    cells: x.slice(0, R).map((r) => r.slice(0, C)),
    hidden: hid.slice(0, R).map((r) => r.slice(0, C)),
    rowTotals: x.slice(0, R).map((r) => r[C] ?? 0),
    rowHidden: hid.slice(0, R).map((r) => Boolean(r[C]) && Boolean(options.rowTotals)),
    colTotals: (x[R] ?? []).slice(0, C),
    colHidden: (hid[R] ?? []).slice(0, C).map((h) => h && Boolean(options.colTotals)),
    total: x[R]?.[C] ?? 0,
    totalHidden: Boolean(hid[R]?.[C]),
  };
}
