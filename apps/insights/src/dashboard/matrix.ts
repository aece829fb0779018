import type { TrendPoint } from '../charts/trend';
import type { LinkedTable } from '../suppress/linked';
import type { SuppressedTable } from '../suppress/suppressTable';

/** A count table with its row and column keys and its suppression. */
export interface CountMatrix {
  rowKeys: string[];
  colKeys: string[];
  table: SuppressedTable;
}

/** Pivots (row, column, count) triples into a matrix over the given keys; absent pairs count 0. */
export function pivot(
  triples: readonly { row: string; col: string; count: number }[],
  rowKeys: readonly string[],
  colKeys: readonly string[],
): number[][] {
  const index = new Map<string, number>();
  for (const t of triples) {
    const key = `${t.row}\u0000${t.col}`;
    index.set(key, (index.get(key) ?? 0) + t.count);
  }
  return rowKeys.map((r) => colKeys.map((c) => index.get(`${r}\u0000${c}`) ?? 0));
}

/**
 * A pivoted table published with both totals, its figures named so that the same number in
 * another table (a month table's kind totals are the year table's row) shares the name:
 * `name(row, col)`, with '*' for a total over rows or columns.
 */
export function linkedTable(
  cells: number[][],
  rowKeys: readonly string[],
  colKeys: readonly string[],
  name: (row: string, col: string) => string,
): LinkedTable {
  return {
    cells,
    rowTotals: true,
    colTotals: true,
    cellKey: (i, j) => name(rowKeys[i] as string, colKeys[j] as string),
    rowKey: (i) => name(rowKeys[i] as string, '*'),
    colKey: (j) => name('*', colKeys[j] as string),
    totalKey: name('*', '*'),
  };
}

/**
 * The points a trend chart draws from a suppressed periods × series table: every period and
 * series (a period without activity is 0), and no value where the table prints ＊, so the chart
 * cannot show what its table hides.
 */
export function trendPoints(m: CountMatrix): TrendPoint[] {
  return m.rowKeys.flatMap((period, i) =>
    m.colKeys.map((series, j) => {
      const hidden = Boolean(m.table.hidden[i]?.[j]);
      return { period, series, value: hidden ? null : (m.table.cells[i]?.[j] ?? 0), hidden };
    }),
  );
}
