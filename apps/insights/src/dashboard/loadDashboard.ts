import { INDICATORS, type Indicator } from '@chiiki/model';
import type { Bullet } from '../charts/bullets';
import type { TrendPoint } from '../charts/trend';
import type { Db } from '../db/types';
import { normaliseCustomSql } from '../indicators/custom';
import type { Filters } from '../indicators/filters';
import { type IndicatorRow, runIndicator, setFilters } from '../indicators/runner';
import { hiddenIndicatorRows } from '../suppress/indicatorRows';
import { type CountMatrix, countMatrix } from './matrix';
import { activitiesByDistrictKind, activityTrend, notesByDistrictLane } from './queries';

/** Everything the dashboard and the report draw, computed in one pass under one set of filters. */
export interface DashboardData {
  notes: CountMatrix;
  activities: CountMatrix;
  trendMonth: TrendPoint[];
  trendYear: TrendPoint[];
  indicators: { indicator: Indicator; rows: IndicatorRow[] }[];
  bullets: (Bullet & { indicatorId: string; district: string })[];
}

/**
 * Runs the dashboard's queries: filters are set once (bound parameters), then the count tables
 * (suppressed with k), trends, and every indicator with its targets for the chosen fiscal year.
 */
export async function loadDashboard(
  db: Db,
  filters: Filters,
  k: number,
  keys: { districts: string[]; lanes: string[]; kinds: string[] },
  labelOf: (ind: Indicator, district: string) => string,
  extra: readonly Indicator[] = [],
): Promise<DashboardData> {
  await setFilters(db, filters);
  const fy = filters.fiscalYear;
  const notes = await notesByDistrictLane(db, fy);
  const acts = await activitiesByDistrictKind(db, fy);
  // Participants are counts of people like the tables' cells: below k a point is hidden, so the
  // chart and the table under it cannot show what the district × kind table prints as ＊.
  const hideSmall = (points: TrendPoint[]): TrendPoint[] =>
    points.map((p) =>
      k > 1 && p.value !== null && p.value > 0 && p.value < k ? { ...p, value: null, hidden: true } : p,
    );
  const trendYear = hideSmall(await activityTrend(db, fy, 'year'));
  const indicators: DashboardData['indicators'] = [];
  for (const indicator of [...INDICATORS, ...extra]) {
    try {
      const runnable = extra.includes(indicator)
        ? normaliseCustomSql(indicator, await db.check(indicator.sql))
        : indicator;
      indicators.push({ indicator, rows: await runIndicator(db, runnable, filters) });
    } catch {
      indicators.push({ indicator, rows: [] });
    }
  }
  const latest = fy ?? Math.max(0, ...indicators.flatMap((i) => i.rows.map((r) => r.fiscalYear)));
  // Months of one fiscal year: all years of months would be unreadable; the year trend shows the rest.
  const trendMonth = hideSmall(await activityTrend(db, latest || null, 'month'));
  // Suppression is decided over all of an indicator's rows (its districts add up to the city),
  // exactly as the indicator tables decide it, and the hidden value is dropped here, at the source.
  const bullets = indicators.flatMap(({ indicator, rows }) => {
    const hidden = hiddenIndicatorRows(rows, k);
    return rows
      .filter((r) => r.fiscalYear === latest && r.target !== null && r.value !== null)
      .map((r) => ({
        indicatorId: indicator.id,
        district: r.district,
        label: labelOf(indicator, r.district),
        actual: hidden.has(r) ? null : r.value,
        target: r.target as number,
        ratio: hidden.has(r) || r.ratio === null || !Number.isFinite(r.ratio) ? null : r.ratio,
        status: r.status,
        hidden: hidden.has(r),
      }));
  });
  return {
    notes: countMatrix(
      notes.map((n) => ({ row: n.district, col: n.lane, count: n.count })),
      keys.districts,
      keys.lanes,
      k,
    ),
    activities: countMatrix(
      acts.map((a) => ({ row: a.district, col: a.kind, count: a.count })),
      keys.districts,
      keys.kinds.filter((kind) => acts.some((a) => a.kind === kind)),
      k,
    ),
    trendMonth,
    trendYear,
    indicators,
    bullets,
  };
}
