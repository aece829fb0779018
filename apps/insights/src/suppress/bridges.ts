/** An edge of the table graph: entry (row i, column j) of the table with margins. */
export type Edge = readonly [number, number];

/**
 * The suppressed entries that can be computed exactly from published figures. In a two-way table
 * with margins, rows and columns are nodes and suppressed entries are edges; an entry is exactly
 * derivable iff its edge lies on no cycle, i.e. it is a bridge (Cox 1980; classic 2-D audit).
 */
export function derivableEntries(rows: number, cols: number, edges: readonly Edge[]): Edge[] {
  const n = rows + cols;
  const adj: { to: number; id: number }[][] = Array.from({ length: n }, () => []);
  edges.forEach(([i, j], id) => {
    adj[i]?.push({ to: rows + j, id });
    adj[rows + j]?.push({ to: i, id });
  });
  const disc = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const bridges = new Set<number>();
  let time = 0;
  for (let s = 0; s < n; s++) {
    if (disc[s] !== -1) continue;
    const stack: { v: number; via: number; k: number }[] = [{ v: s, via: -1, k: 0 }];
    disc[s] = low[s] = time++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { v: number; via: number; k: number };
      const list = adj[top.v] ?? [];
      if (top.k < list.length) {
        const e = list[top.k++] as { to: number; id: number };
        if (e.id === top.via) continue;
        if (disc[e.to] === -1) {
          disc[e.to] = low[e.to] = time++;
          stack.push({ v: e.to, via: e.id, k: 0 });
        } else low[top.v] = Math.min(low[top.v] as number, disc[e.to] as number);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.v] = Math.min(low[parent.v] as number, low[top.v] as number);
          if ((low[top.v] as number) > (disc[parent.v] as number)) bridges.add(top.via);
        }
      }
    }
  }
  return edges.filter((_, id) => bridges.has(id));
}
