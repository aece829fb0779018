import type { Attendance } from '@chiiki/model';

/** Attendance added up: everyone, by way of joining, by age band and by affiliation. */
interface AttendanceTotals {
  total: number;
  viaTablet: number;
  headCount: number;
  byAge: Map<string, number>;
  byAffiliation: Map<string, number>;
}

function add(map: Map<string, number>, key: string | undefined, n: number): void {
  const k = key ?? 'unknown';
  map.set(k, (map.get(k) ?? 0) + n);
}

/** Adds up attendance rows (a head count row counts `count` people), unanswered as `unknown`. */
export function summarize(rows: readonly Attendance[]): AttendanceTotals {
  const totals: AttendanceTotals = {
    total: 0,
    viaTablet: 0,
    headCount: 0,
    byAge: new Map(),
    byAffiliation: new Map(),
  };
  for (const row of rows) {
    totals.total += row.count;
    if (row.viaTablet) totals.viaTablet += row.count;
    else totals.headCount += row.count;
    add(totals.byAge, row.ageBand, row.count);
    add(totals.byAffiliation, row.affiliation, row.count);
  }
  return totals;
}
