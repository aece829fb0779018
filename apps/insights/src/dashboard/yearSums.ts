import type { LinkedTable } from '../suppress/linked';
import { ALL_YEARS } from './keys';

const YEAR_KEY = /^([^|]+)\|(\d{4})年度\|([^|]+)\|([^|]+)$/;

/** Every published figure of the tables with its value (totals summed from the cells). */
function publishedValues(tables: readonly LinkedTable[]): Map<string, number> {
  const value = new Map<string, number>();
  for (const t of tables) {
    const C = t.cells[0]?.length ?? 0;
    let total = 0;
    t.cells.forEach((row, i) => {
      row.forEach((v, j) => {
        value.set(t.cellKey(i, j), v);
      });
      const sum = row.reduce((a, b) => a + b, 0);
      if (t.rowTotals) value.set(t.rowKey(i), sum);
      total += sum;
    });
    if (t.colTotals)
      for (let j = 0; j < C; j++)
        value.set(
          t.colKey(j),
          t.cells.reduce((a, row) => a + (row[j] ?? 0), 0),
        );
    if (t.rowTotals || t.colTotals) value.set(t.totalKey, total);
  }
  return value;
}

/**
 * The sums across fiscal years as one more table to suppress with the others. With no year
 * chosen, the dashboard prints all-years counts (ideas of D01's citizens, all years) while the
 * indicator tables print the same count per year: the all-years figure is the sum of the years',
 * so a hidden year would be the all-years figure minus the shown years. Each count published both
 * per year and for all years becomes a column (years down, the all-years figure as its total); a
 * year with no row of its own counts as a published 0, as a reader would take it.
 */
export function yearSumTable(tables: readonly LinkedTable[]): LinkedTable | null {
  const value = publishedValues(tables);
  const groups = new Map<string, { space: string; rest: string; byYear: Map<string, string> }>();
  for (const key of value.keys()) {
    const m = YEAR_KEY.exec(key);
    if (!m) continue;
    const [, space, year, district, part] = m as unknown as [string, string, string, string, string];
    const rest = `${district}|${part}`;
    if (!value.has(`${space}|${ALL_YEARS}|${rest}`)) continue;
    const id = `${space}|${rest}`;
    const group = groups.get(id) ?? { space, rest, byYear: new Map<string, string>() };
    group.byYear.set(year, key);
    groups.set(id, group);
  }
  const cols = [...groups.values()];
  if (cols.length === 0) return null;
  const years = [...new Set(cols.flatMap((g) => [...g.byYear.keys()]))].sort();
  const keyAt = (i: number, j: number) => {
    const g = cols[j] as (typeof cols)[number];
    return `${g.space}|${years[i]}年度|${g.rest}`;
  };
  return {
    cells: years.map((_, i) => cols.map((_, j) => value.get(keyAt(i, j)) ?? 0)),
    rowTotals: false,
    colTotals: true,
    cellKey: keyAt,
    rowKey: (i) => `years|${years[i]}`,
    colKey: (j) => `${cols[j]?.space}|${ALL_YEARS}|${cols[j]?.rest}`,
    totalKey: 'years|*',
  };
}
