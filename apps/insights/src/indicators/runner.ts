import {
  type AttainmentStatus,
  attainment,
  type Indicator,
  indicatorSuiteSql,
  SET_FILTERS_SQL,
  TARGETS_SQL,
  targetOf,
} from '@chiiki/model';
import type { Db } from '../db/types';
import type { Filters } from './filters';

/** One value of an indicator: a fiscal year, a district ('*' for the city), maybe a lane. */
export interface IndicatorRow {
  fiscalYear: number;
  district: string;
  lane: string | null;
  value: number | null;
  /** The count the value rests on, for suppression (null: not about people). */
  n: number | null;
  /** Value in the previous fiscal year, for the year-over-year change. */
  previous: number | null;
  target: number | null;
  ratio: number | null;
  status: AttainmentStatus;
}

/**
 * Sets the filters the `f_*` views read, and the chosen fiscal year the idea list reads. Values
 * are bound parameters, so a district name or a lane key from the URL can never change the SQL.
 */
export async function setFilters(db: Db, f: Filters): Promise<void> {
  await db.query(SET_FILTERS_SQL, [f.district, f.lane, f.kind, f.organiser, f.fiscalYear]);
}

/**
 * How much of a fiscal year (April–March) has passed on `now`: 1 for past years, 0 for future
 * ones, so a half-way year is judged "on track" against half its target, not marked behind.
 */
export function elapsedOf(fiscalYear: number, now = new Date()): number {
  const start = Date.UTC(fiscalYear, 3, 1);
  const end = Date.UTC(fiscalYear + 1, 3, 1);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Runs indicators in one statement (the model's `indicatorSuiteSql`: their SQL filtered through
 * the `f_*` views, with last year's value joined on), adds the targets with the attainment
 * status and returns each indicator's rows in the order given. One statement because planning,
 * not scanning, was most of what duckdb-wasm spent on a dashboard, and without parameters
 * because duckdb-wasm plans a statement with parameters twice (decision 0023). Returns
 * all fiscal years unless one is chosen; the chosen year still gets its previous year's value.
 * If one indicator's SQL fails, the whole statement fails: run planners' own indicators alone.
 */
export async function runIndicators(
  db: Db,
  indicators: readonly Indicator[],
  f: Filters,
  now = new Date(),
): Promise<IndicatorRow[][]> {
  const rows = await db.query(indicatorSuiteSql(indicators));
  const targetFor = targetOf(await db.query(TARGETS_SQL));
  const out: IndicatorRow[][] = indicators.map(() => []);
  for (const r of rows) {
    const fiscalYear = Number(r.fy);
    if (f.fiscalYear !== null && fiscalYear !== f.fiscalYear) continue;
    const i = Number(r.i);
    const ind = indicators[i] as Indicator;
    const district = String(r.d);
    const lane = r.lane === null ? null : String(r.lane);
    const value = num(r.value);
    const target = lane === null ? targetFor(ind.id, district, fiscalYear) : null;
    const a = attainment(value, target, ind.higherIsBetter, elapsedOf(fiscalYear, now));
    out[i]?.push({
      fiscalYear,
      district,
      lane,
      value,
      n: num(r.n),
      previous: num(r.previous),
      target,
      ratio: a.ratio,
      status: a.status,
    });
  }
  return out;
}

/** Runs one indicator alone (a planner's own, whose SQL may fail without taking others along). */
export async function runIndicator(
  db: Db,
  ind: Indicator,
  f: Filters,
  now = new Date(),
): Promise<IndicatorRow[]> {
  const [rows] = await runIndicators(db, [ind], f, now);
  return rows ?? [];
}
