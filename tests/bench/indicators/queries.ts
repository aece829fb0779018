import { INDICATORS, type Indicator, LIST_QUERIES } from '@chiiki/model';

/**
 * The indicators with an Arquero twin: activity counts and people sums per district × kind ×
 * fiscal year, and notes per lane and district with their shares; all with year-over-year.
 */
export const CORE_IDS = [
  'notes_by_lane',
  'notes_lane_share',
  'outreach_lectures',
  'outreach_attendance',
  'people_trained',
  'volunteer_activities',
  'volunteers',
  'salons_held',
] as const;

/**
 * What the insights app runs for one indicator (apps/insights runner): the model's SQL with last
 * year's value and the target joined on, for all fiscal years. The id is the model's own, not input.
 */
export function runnerSql(ind: Indicator): string {
  return `WITH r AS (SELECT fiscal_year::INTEGER AS fy, district_code::VARCHAR AS d, lane::VARCHAR AS lane,
      value::DOUBLE AS value, n::DOUBLE AS n FROM (${ind.sql}))
   SELECT r.fy, r.d, r.lane, r.value, r.n, p.value AS previous, t.value AS target
   FROM r LEFT JOIN r p ON p.fy = r.fy - 1 AND p.d = r.d AND p.lane IS NOT DISTINCT FROM r.lane
   LEFT JOIN targets t ON t.indicator_id = '${ind.id}' AND t.district_code = r.d AND t.fiscal_year = r.fy AND r.lane IS NULL
   ORDER BY r.fy, r.d = '*', r.d, r.lane`;
}

/** The core indicators' runner SQL, in CORE_IDS order. */
export const CORE_SQL: readonly string[] = CORE_IDS.map((id) => {
  const ind = INDICATORS.find((i) => i.id === id);
  if (!ind) throw new Error(`bench: indicator ${id} is not in the model`);
  return runnerSql(ind);
});

/** The whole suite the dashboard computes: every indicator, and both idea lists for all years. */
export const FULL_SQL: readonly string[] = [
  ...INDICATORS.map(runnerSql),
  ...Object.values(LIST_QUERIES).map((sql) => sql.replaceAll('?', 'NULL')),
];
