import {
  INDICATORS,
  type Indicator,
  indicatorSuiteSql,
  LIST_QUERIES,
  SET_FILTERS_SQL,
  TARGETS_SQL,
  targetOf,
} from '@chiiki/model';
import type { SqlEngine } from './engines';

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
 * statement with every indicator's SQL and last year's value, the targets, and the targets
 * looked up per lane-less row. Returns each indicator's rows, in the order given.
 */
async function runIndicators(engine: SqlEngine, indicators: readonly Indicator[]): Promise<object[][]> {
  const sql = indicatorSuiteSql(indicators);
  const rows = await engine.query(sql);
  const targetFor = targetOf(await engine.query(TARGETS_SQL));
  const out: object[][] = indicators.map(() => []);
  for (const r of rows) {
    const i = Number(r.i);
    const id = (indicators[i] as Indicator).id;
    const target = r.lane === null ? targetFor(id, String(r.d), Number(r.fy)) : null;
    out[i]?.push({ ...r, target });
  }
  return out;
}

/** The core indicators, each one's rows in CORE_IDS order (to compare with Arquero's). */
export function runCore(engine: SqlEngine): Promise<object[][]> {
  return runIndicators(engine, CORE);
}

const LISTS = Object.values(LIST_QUERIES);

/**
 * The whole suite the dashboard computes: every indicator, and the idea lists for all years as the
 * app's TopIdeas runs them: the filters and year set by one bound statement (all NULL), then each
 * list without parameters.
 */
export async function runFull(engine: SqlEngine): Promise<object[][]> {
  const answers = await runIndicators(engine, INDICATORS);
  await engine.query(SET_FILTERS_SQL, [null, null, null, null, null]);
  for (const sql of LISTS) answers.push(await engine.query(sql));
  return answers;
}

/** What the full suite counts, from the definitions, for the figures' names. */
export const FULL_SUITE_NAME = `full suite (${INDICATORS.length} indicators + ${LISTS.length} idea list${LISTS.length === 1 ? '' : 's'})`;
