/** Cost of hiding an entry: small non-zero interior cells first; zeros, margins and the grand total last. */
function cost(x: number[][], i: number, j: number): number {
  const R = x.length - 1;
  const C = (x[0]?.length ?? 1) - 1;
  const v = x[i]?.[j] ?? 0;
  return (v === 0 ? 1e9 : v) + (i === R || j === C ? 1e6 : 0) + (i === R && j === C ? 1e12 : 0);
}

/**
 * Chooses the entries to hide so that the derivable hidden entry (ti, tj) gets onto a cycle and
 * can no longer be worked out. Rows and columns are nodes, hidden entries free edges, the others
 * cost what hiding them loses; the cheapest path from row ti to column tj (Dijkstra, avoiding the
 * entry itself) closes the cycle at least information lost.
 */
export function pickComplement(x: number[][], hid: boolean[][], ti: number, tj: number): [number, number][] {
  const rows = x.length;
  const cols = x[0]?.length ?? 0;
  const n = rows + cols;
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[ti] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++)
      if (!done[v] && (u === -1 || (dist[v] as number) < (dist[u] as number))) u = v;
    if (u === -1 || dist[u] === Number.POSITIVE_INFINITY) break;
    done[u] = true;
    if (u === rows + tj) break;
    const isRow = u < rows;
    const others = isRow ? cols : rows;
    for (let k = 0; k < others; k++) {
      const [i, j] = isRow ? [u, k] : [k, u - rows];
      if (i === ti && j === tj) continue;
      const w = hid[i]?.[j] ? 0 : cost(x, i, j);
      const v = isRow ? rows + k : k;
      if ((dist[u] as number) + w < (dist[v] as number)) {
        dist[v] = (dist[u] as number) + w;
        prev[v] = u;
      }
    }
  }
  const out: [number, number][] = [];
  let v = rows + tj;
  if (prev[v] === -1) return out;
  while (v !== ti && v !== -1) {
    const u = prev[v] as number;
    const [i, j] = u < rows ? [u, v - rows] : [v, u - rows];
    if (!hid[i]?.[j]) out.push([i, j]);
    v = u;
  }
  return out;
}
