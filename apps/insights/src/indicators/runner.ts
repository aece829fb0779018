import { type AttainmentStatus, attainment, type Indicator, SET_FILTERS_SQL } from '@chiiki/model';
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
 * Sets the filters the `f_*` views read. Values are bound parameters, so a district name or a
 * lane key from the URL can never change the SQL.
 */
export async function setFilters(db: Db, f: Filters): Promise<void> {
  await db.query(SET_FILTERS_SQL, [f.district, f.lane, f.kind, f.organiser]);
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
 * Runs one indicator's SQL (filtered through the `f_*` views), adds last year's value and the
 * target with its attainment status. Returns all fiscal years unless one is chosen; the chosen
 * year still gets its previous year's value.
 */
export async function runIndicator(
  db: Db,
  ind: Indicator,
  f: Filters,
  now = new Date(),
): Promise<IndicatorRow[]> {
  const rows = await db.query(
    `WITH r AS (SELECT fiscal_year::INTEGER AS fy, district_code::VARCHAR AS d, lane::VARCHAR AS lane,
        value::DOUBLE AS value, n::DOUBLE AS n FROM (${ind.sql}))
     SELECT r.fy, r.d, r.lane, r.value, r.n, p.value AS previous, t.value AS target
     FROM r LEFT JOIN r p ON p.fy = r.fy - 1 AND p.d = r.d AND p.lane IS NOT DISTINCT FROM r.lane
     LEFT JOIN targets t ON t.indicator_id = ? AND t.district_code = r.d AND t.fiscal_year = r.fy AND r.lane IS NULL
     WHERE ?::INTEGER IS NULL OR r.fy = ?::INTEGER
     ORDER BY r.fy, r.d = '*', r.d, r.lane`,
    [ind.id, f.fiscalYear, f.fiscalYear],
  );
  return rows.map((r) => {
    const value = num(r.value);
    const target = num(r.target);
    const a = attainment(value, target, ind.higherIsBetter, elapsedOf(Number(r.fy), now));
    return {
      fiscalYear: Number(r.fy),
      district: String(r.d),
      lane: r.lane === null ? null : String(r.lane),
      value,
      n: num(r.n),
      previous: num(r.previous),
      target,
      ratio: a.ratio,
      status: a.status,
    };
  });
}
