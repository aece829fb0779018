import type { LinkedTable } from './linked';
import { publishedFigures } from './linked';
import type { SuppressedTable } from './suppressTable';

/**
 * The hidden figures a reader could compute exactly from everything published in a set of
 * tables together: each table's rows and columns add up to its totals, shown figures are known
 * numbers, hidden ones (and unpublished totals) unknowns; a hidden figure is derivable iff it is
 * fixed by that linear system (its column in reduced row echelon form is a pivot whose row has no
 * free unknown). A slower, stricter check than the graph audit, for tests of linked tables.
 * Also returns keys shown in one table and hidden in another.
 */
export function linearAudit(
  tables: readonly LinkedTable[],
  results: readonly SuppressedTable[],
): { derivable: string[]; inconsistent: string[] } {
  const shown = new Set<string>();
  const hidden = new Set<string>();
  tables.forEach((t, n) => {
    for (const f of publishedFigures(t, results[n] as SuppressedTable))
      (f.hidden ? hidden : shown).add(f.key);
  });
  const inconsistent = [...hidden].filter((key) => shown.has(key));
  // Unknowns: hidden keys, and each table's unpublished totals under a name of its own.
  const index = new Map<string, number>();
  const unknown = (key: string) => {
    if (!index.has(key)) index.set(key, index.size);
    return index.get(key) as number;
  };
  const equations: Map<number, number>[] = [];
  tables.forEach((t, n) => {
    const R = t.cells.length;
    const C = t.cells[0]?.length ?? 0;
    const rowKey = (i: number) => (t.rowTotals ? t.rowKey(i) : `#${n}|row|${i}`);
    const colKey = (j: number) => (t.colTotals ? t.colKey(j) : `#${n}|col|${j}`);
    const total = t.rowTotals || t.colTotals ? t.totalKey : `#${n}|total`;
    const term = (eq: Map<number, number>, key: string, coef: number) => {
      if (shown.has(key)) return; // a known number only moves the constant, which does not matter here
      const u = unknown(key);
      eq.set(u, (eq.get(u) ?? 0) + coef);
    };
    const lines: [string[], string][] = [
      ...Array.from({ length: R }, (_, i): [string[], string] => [
        Array.from({ length: C }, (_, j) => t.cellKey(i, j)),
        rowKey(i),
      ]),
      ...Array.from({ length: C }, (_, j): [string[], string] => [
        Array.from({ length: R }, (_, i) => t.cellKey(i, j)),
        colKey(j),
      ]),
      [Array.from({ length: R }, (_, i) => rowKey(i)), total],
    ];
    for (const [parts, sum] of lines) {
      const eq = new Map<number, number>();
      for (const p of parts) term(eq, p, 1);
      term(eq, sum, -1);
      equations.push(eq);
    }
  });
  const cols = index.size;
  const m = equations.map((eq) => Array.from({ length: cols }, (_, c) => eq.get(c) ?? 0));
  const pivotRowOf = new Map<number, number>();
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p] as number[], m[r] as number[]];
    const pivot = m[r] as number[];
    const scale = pivot[c] as number;
    for (let j = 0; j < cols; j++) pivot[j] = (pivot[j] as number) / scale;
    m.forEach((row, i) => {
      const f = row[c] as number;
      if (i === r || Math.abs(f) < 1e-12) return;
      for (let j = 0; j < cols; j++) row[j] = (row[j] as number) - f * (pivot[j] as number);
    });
    pivotRowOf.set(c, r);
    r++;
  }
  const pivots = new Set(pivotRowOf.keys());
  const derivable = [...hidden].filter((key) => {
    const c = index.get(key);
    const row = c === undefined ? undefined : pivotRowOf.get(c);
    if (row === undefined) return false;
    return (m[row] as number[]).every((v, j) => j === c || pivots.has(j) || Math.abs(v) < 1e-9);
  });
  return { derivable, inconsistent };
}
