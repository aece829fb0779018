import type { TrendPoint } from '../charts/trend';
import type { Db } from '../db/types';

/** Ideas per district and lane in a fiscal year (null: all years), through the filter views. */
export async function notesByDistrictLane(
  db: Db,
  fy: number | null,
): Promise<{ district: string; lane: string; count: number }[]> {
  const rows = await db.query(
    `SELECT w.district_code AS d, n.lane, count(*)::INTEGER AS c FROM f_notes n JOIN workshops w ON w.id = n.workshop_id
     WHERE ?::INTEGER IS NULL OR w.fiscal_year = ?::INTEGER GROUP BY ALL`,
    [fy, fy],
  );
  return rows.map((r) => ({ district: String(r.d), lane: String(r.lane), count: Number(r.c) }));
}

/** Activity participants by month (in the fiscal year) or by fiscal year (all years), per kind. */
export async function activityTrend(db: Db, fy: number | null, by: 'month' | 'year'): Promise<TrendPoint[]> {
  const period = by === 'month' ? `strftime(date, '%Y-%m')` : `fiscal_year::VARCHAR || '年度'`;
  const rows = await db.query(
    `SELECT ${period} AS p, kind, sum(participants)::INTEGER AS v FROM f_activities
     WHERE ?::VARCHAR = 'year' OR ?::INTEGER IS NULL OR fiscal_year = ?::INTEGER GROUP BY ALL ORDER BY p`,
    [by, fy, fy],
  );
  return rows.map((r) => ({ period: String(r.p), series: String(r.kind), value: Number(r.v) }));
}

/** Activity participants per district and kind, for the table under the trend. */
export async function activitiesByDistrictKind(
  db: Db,
  fy: number | null,
): Promise<{ district: string; kind: string; count: number }[]> {
  const rows = await db.query(
    `SELECT district_code AS d, kind, sum(participants)::INTEGER AS c FROM f_activities
     WHERE ?::INTEGER IS NULL OR fiscal_year = ?::INTEGER GROUP BY ALL`,
    [fy, fy],
  );
  return rows.map((r) => ({ district: String(r.d), kind: String(r.kind), count: Number(r.c) }));
}
