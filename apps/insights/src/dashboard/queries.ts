import { CHOSEN_FISCAL_YEAR_SQL } from '@chiiki/model';
import type { TrendPoint } from '../charts/trend';
import type { Db } from '../db/types';

// The chosen year is read from the filters variable (set by `setFilters`), not bound: duckdb-wasm
// plans a statement with parameters twice (decision 0023).
const inChosenYear = (column: string) =>
  `(${CHOSEN_FISCAL_YEAR_SQL} IS NULL OR ${column} = ${CHOSEN_FISCAL_YEAR_SQL})`;

/** Ideas per district and lane in the fiscal year chosen by `setFilters`, through the filter views. */
export async function notesByDistrictLane(
  db: Db,
): Promise<{ district: string; lane: string; count: number }[]> {
  const rows = await db.query(
    `SELECT w.district_code AS d, n.lane, count(*)::INTEGER AS c FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
     WHERE ${inChosenYear('w.fiscal_year')} GROUP BY ALL`,
  );
  return rows.map((r) => ({ district: String(r.d), lane: String(r.lane), count: Number(r.c) }));
}

const trendPoints = (rows: Record<string, unknown>[]): TrendPoint[] =>
  rows.map((r) => ({ period: String(r.p), series: String(r.kind), value: Number(r.v) }));

/** Activity participants by fiscal year and kind, every year whatever year is chosen. */
export async function activityYearTrend(db: Db): Promise<TrendPoint[]> {
  return trendPoints(
    await db.query(
      `SELECT fiscal_year::VARCHAR || '年度' AS p, kind, sum(participants)::INTEGER AS v FROM f_activities
       GROUP BY ALL ORDER BY p`,
    ),
  );
}

/**
 * Activity participants by month and kind in one fiscal year (null: all years). Bound, not read
 * from the filters: with no year chosen the dashboard shows the latest year's months.
 */
export async function activityMonthTrend(db: Db, fy: number | null): Promise<TrendPoint[]> {
  return trendPoints(
    await db.query(
      `SELECT strftime(date, '%Y-%m') AS p, kind, sum(participants)::INTEGER AS v FROM f_activities
       WHERE ?::INTEGER IS NULL OR fiscal_year = ?::INTEGER GROUP BY ALL ORDER BY p`,
      [fy, fy],
    ),
  );
}

/** Activity participants per district and kind in the chosen fiscal year, for the table under the trend. */
export async function activitiesByDistrictKind(
  db: Db,
): Promise<{ district: string; kind: string; count: number }[]> {
  const rows = await db.query(
    `SELECT district_code AS d, kind, sum(participants)::INTEGER AS c FROM f_activities
     WHERE ${inChosenYear('fiscal_year')} GROUP BY ALL`,
  );
  return rows.map((r) => ({ district: String(r.d), kind: String(r.kind), count: Number(r.c) }));
}
