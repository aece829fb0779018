import type { Indicator } from '../records/indicator';

/**
 * One statement that runs several indicators and adds, to every row, last year's value and the
 * target: the shape the dashboard reads (columns i, fy, d, lane, value, n, previous, target;
 * `i` is the indicator's position in `indicators`, rows ordered by i, year, district with the
 * city last, lane).
 *
 * Why one statement: in duckdb-wasm planning a query costs about five times what it costs in
 * native DuckDB, and the year-over-year wrapper planned once per indicator was most of the
 * dashboard's time (decisions 0015 and 0023). Here the wrapper is planned once for all of them.
 *
 * Bind the indicators' ids in order, then the chosen fiscal year twice (NULL for all years); the
 * chosen year still gets its previous year's value. Ids are bound parameters because planners
 * name their own indicators; only the model's or a checked indicator's SQL and code-made
 * positions are pasted in.
 */
export function indicatorSuiteSql(indicators: readonly Indicator[]): string {
  if (indicators.length === 0) throw new Error('indicatorSuiteSql: no indicators');
  const parts = indicators.map(
    (ind, i) => `SELECT ${i} AS i, ?::VARCHAR AS id, fiscal_year::INTEGER AS fy, district_code::VARCHAR AS d,
    lane::VARCHAR AS lane, value::DOUBLE AS value, n::DOUBLE AS n FROM (${ind.sql})`,
  );
  return `WITH r AS (${parts.join('\nUNION ALL\n')})
SELECT r.i, r.fy, r.d, r.lane, r.value, r.n, p.value AS previous, t.value AS target
FROM r LEFT JOIN r p ON p.i = r.i AND p.fy = r.fy - 1 AND p.d = r.d AND p.lane IS NOT DISTINCT FROM r.lane
LEFT JOIN targets t ON t.indicator_id = r.id AND t.district_code = r.d AND t.fiscal_year = r.fy AND r.lane IS NULL
WHERE ?::INTEGER IS NULL OR r.fy = ?::INTEGER
ORDER BY r.i, r.fy, r.d = '*', r.d, r.lane`;
}

/** The parameters of `indicatorSuiteSql(indicators)`, in order. */
export function indicatorSuiteParams(
  indicators: readonly Indicator[],
  fiscalYear: number | null,
): (string | number | null)[] {
  return [...indicators.map((ind) => ind.id), fiscalYear, fiscalYear];
}
