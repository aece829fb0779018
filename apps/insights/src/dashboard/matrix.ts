import { type SuppressedTable, suppressTable } from '../suppress/suppressTable';

/** A count table with its row and column keys and, when asked, its suppression. */
export interface CountMatrix {
  rowKeys: string[];
  colKeys: string[];
  table: SuppressedTable;
}

/**
 * Pivots (row, column, count) triples into a matrix over the given keys (districts × lanes) and
 * applies small-cell suppression with published row and column totals; k = 0 turns it off.
 */
export function countMatrix(
  triples: readonly { row: string; col: string; count: number }[],
  rowKeys: readonly string[],
  colKeys: readonly string[],
  k: number,
): CountMatrix {
  const index = new Map(triples.map((t) => [`${t.row}\u0000${t.col}`, t.count]));
  const cells = rowKeys.map((r) => colKeys.map((c) => index.get(`${r}\u0000${c}`) ?? 0));
  const table = suppressTable(cells, { k: k > 0 ? k : 1, rowTotals: true, colTotals: true });
  return { rowKeys: [...rowKeys], colKeys: [...colKeys], table };
}
