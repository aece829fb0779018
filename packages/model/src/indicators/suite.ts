import type { Indicator } from '../records/indicator';

/**
 * One statement that runs several indicators and adds, to every row, last year's value: the
 * shape the dashboard reads (columns i, fy, d, lane, value, n, previous; `i` is the indicator's
 * position in `indicators`; rows ordered by i, year, district with the city last, lane). All
 * fiscal years; the targets come from `TARGETS_SQL` (`targetOf`).
 *
 * Why one statement: in duckdb-wasm planning costs about five times what it costs in native
 * DuckDB, and the year-over-year wrapper planned once per indicator was most of the dashboard's
 * time (decisions 0015 and 0023). Why no parameters: duckdb-wasm plans a statement with
 * parameters twice, when it is prepared and again when it runs with them, while one without
 * runs straight from `query` and is planned once. Only the indicators' SQL (the model's, or a
 * planner's checked by DuckDB) and code-made positions are pasted in, never an id or a value.
 */
export function indicatorSuiteSql(indicators: readonly Indicator[]): string {
  if (indicators.length === 0) throw new Error('indicatorSuiteSql: no indicators');
  const parts = indicators.map(
    (ind, i) => `SELECT ${i} AS i, fiscal_year::INTEGER AS fy, district_code::VARCHAR AS d,
    lane::VARCHAR AS lane, value::DOUBLE AS value, n::DOUBLE AS n FROM (${ind.sql})`,
  );
  return `WITH r AS (${parts.join('\nUNION ALL\n')})
SELECT r.i, r.fy, r.d, r.lane, r.value, r.n, p.value AS previous
FROM r LEFT JOIN r p ON p.i = r.i AND p.fy = r.fy - 1 AND p.d = r.d AND p.lane IS NOT DISTINCT FROM r.lane
ORDER BY r.i, r.fy, r.d = '*', r.d, r.lane`;
}

/** Every target, for `targetOf`: few rows, read once per dashboard run. */
export const TARGETS_SQL =
  'SELECT indicator_id, district_code, fiscal_year::INTEGER AS fiscal_year, value::DOUBLE AS value FROM targets';

/**
 * Looks up targets read by `TARGETS_SQL`: an indicator's target for a district (or '*') and
 * fiscal year, or null. Targets are per district, never per lane: ask only for lane-less rows.
 */
export function targetOf(
  targets: readonly Record<string, unknown>[],
): (indicatorId: string, district: string, fiscalYear: number) => number | null {
  const byKey = new Map<string, number>();
  for (const t of targets) {
    if (typeof t.value === 'number')
      byKey.set(
        `${String(t.indicator_id)}\u0000${String(t.district_code)}\u0000${Number(t.fiscal_year)}`,
        t.value,
      );
  }
  return (id, district, fy) => byKey.get(`${id}\u0000${district}\u0000${fy}`) ?? null;
}
