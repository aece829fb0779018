import {
  INDICATORS,
  type Indicator,
  indicatorSuiteParams,
  indicatorSuiteSql,
  LIST_QUERIES,
} from '@chiiki/model';

/** One statement and its bound parameters, as the insights app sends it. */
export interface BenchQuery {
  sql: string;
  params: (string | number | null)[];
}

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

const CORE: readonly Indicator[] = CORE_IDS.map((id) => {
  const ind = INDICATORS.find((i) => i.id === id);
  if (!ind) throw new Error(`bench: indicator ${id} is not in the model`);
  return ind;
});

/**
 * What the insights app runs for its indicators (apps/insights runner `runIndicators`): one
 * statement with every indicator's SQL, last year's value and the target joined on, all fiscal
 * years.
 */
function suite(indicators: readonly Indicator[]): BenchQuery {
  return { sql: indicatorSuiteSql(indicators), params: indicatorSuiteParams(indicators, null) };
}

/** The core indicators in one statement; answer rows carry `i`, the position in CORE_IDS. */
export const CORE_QUERIES: readonly BenchQuery[] = [suite(CORE)];

const LISTS = Object.values(LIST_QUERIES);

/** The whole suite the dashboard computes: every indicator, and the idea lists for all years. */
export const FULL_QUERIES: readonly BenchQuery[] = [
  suite(INDICATORS),
  ...LISTS.map((sql) => ({
    sql,
    params: sql
      .split('?')
      .map(() => null)
      .slice(1),
  })),
];

/** What the full suite counts, from the definitions, for the figures' names. */
export const FULL_SUITE_NAME = `full suite (${INDICATORS.length} indicators + ${LISTS.length} idea list${LISTS.length === 1 ? '' : 's'})`;
