import { type SuppressedTable, suppressTable } from './suppressTable';

/**
 * A count table published beside others that share some of its figures: a month × kind table's
 * kind totals are the year table's row for that year, and the district × kind table's totals.
 * Each figure has a key naming what it counts; the same key in two tables is the same number.
 */
export interface LinkedTable {
  cells: readonly (readonly number[])[];
  rowTotals: boolean;
  colTotals: boolean;
  /** Keys of the cells, of the row totals, of the column totals and of the grand total. */
  cellKey: (i: number, j: number) => string;
  rowKey: (i: number) => string;
  colKey: (j: number) => string;
  totalKey: string;
}

/** Every published figure of a table with its key and whether the suppressed table hides it. */
export function publishedFigures(t: LinkedTable, s: SuppressedTable): { key: string; hidden: boolean }[] {
  const out: { key: string; hidden: boolean }[] = [];
  s.hidden.forEach((row, i) => {
    row.forEach((h, j) => {
      out.push({ key: t.cellKey(i, j), hidden: h });
    });
  });
  if (t.rowTotals)
    s.rowHidden.forEach((h, i) => {
      out.push({ key: t.rowKey(i), hidden: h });
    });
  if (t.colTotals)
    s.colHidden.forEach((h, j) => {
      out.push({ key: t.colKey(j), hidden: h });
    });
  if (t.rowTotals || t.colTotals) out.push({ key: t.totalKey, hidden: s.totalHidden });
  return out;
}

/**
 * Suppresses tables that are published together so that no figure is shown in one and hidden in
 * another (which would hand the hidden one over), and no hidden figure follows from any one
 * table's totals. Each table is suppressed with the figures hidden anywhere forced hidden in it;
 * hiding only grows, so repeating until nothing new is hidden ends, and then every table agrees.
 */
export function suppressLinked(tables: readonly LinkedTable[], k: number): SuppressedTable[] {
  const hiddenKeys = new Set<string>();
  const run = (t: LinkedTable) =>
    suppressTable(t.cells, {
      k,
      rowTotals: t.rowTotals,
      colTotals: t.colTotals,
      forced: {
        cells: t.cells.map((row, i) => row.map((_, j) => hiddenKeys.has(t.cellKey(i, j)))),
        rowTotals: t.cells.map((_, i) => hiddenKeys.has(t.rowKey(i))),
        colTotals: (t.cells[0] ?? []).map((_, j) => hiddenKeys.has(t.colKey(j))),
        total: hiddenKeys.has(t.totalKey),
      },
    });
  let results: SuppressedTable[] = [];
  const figures = tables.reduce((n, t) => n + (t.cells.length + 1) * ((t.cells[0]?.length ?? 0) + 1), 0);
  for (let pass = 0; pass <= figures; pass++) {
    const before = hiddenKeys.size;
    results = tables.map((t) => {
      const s = run(t);
      for (const f of publishedFigures(t, s)) if (f.hidden) hiddenKeys.add(f.key);
      return s;
    });
    if (hiddenKeys.size === before) break;
  }
  return results;
}
