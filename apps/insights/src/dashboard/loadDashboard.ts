import { INDICATORS, type Indicator } from '@chiiki/model';
import type { Bullet } from '../charts/bullets';
import type { Db } from '../db/types';
import { normaliseCustomSql } from '../indicators/custom';
import type { Filters } from '../indicators/filters';
import { type IndicatorRow, runIndicator, setFilters } from '../indicators/runner';
import { hiddenIndicatorRows } from '../suppress/indicatorRows';
import { suppressLinked } from '../suppress/linked';
import type { SuppressedTable } from '../suppress/suppressTable';
import { type CountMatrix, linkedTable, pivot } from './matrix';
import { activitiesByDistrictKind, activityTrend, notesByDistrictLane } from './queries';

/** Everything the dashboard and the report draw, computed in one pass under one set of filters. */
export interface DashboardData {
  notes: CountMatrix;
  activities: CountMatrix;
  /** Participants by month of one fiscal year × activity kind, and by fiscal year × kind. */
  months: CountMatrix;
  years: CountMatrix;
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
  const yearPoints = await activityTrend(db, fy, 'year');
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
  const monthPoints = await activityTrend(db, latest || null, 'month');
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
  const districts = keys.districts;
  const kinds = keys.kinds.filter((kind) => acts.some((a) => a.kind === kind));
  const seriesOf = (points: { series: string }[]) =>
    keys.kinds.filter((kind) => points.some((p) => p.series === kind));
  const periodsOf = (points: { period: string }[]) => [...new Set(points.map((p) => p.period))].sort();
  const asTriples = (points: { period: string; series: string; value: number | null }[]) =>
    points.map((p) => ({ row: p.period, col: p.series, count: p.value ?? 0 }));
  const monthRows = periodsOf(monthPoints);
  const monthCols = seriesOf(monthPoints);
  const yearRows = periodsOf(yearPoints);
  const yearCols = seriesOf(yearPoints);
  const noteTriples = notes.map((n) => ({ row: n.district, col: n.lane, count: n.count }));
  const actTriples = acts.map((a) => ({ row: a.district, col: a.kind, count: a.count }));
  // Participant tables share figures: the month table's kind totals are the year table's row for
  // that year, and the district × kind table's totals are that row (a year chosen) or the year
  // table's totals (all years). Named alike, they are suppressed together (decision 0016).
  const actYear = fy === null ? 'all' : `${fy}年度`;
  const tables = [
    linkedTable(
      pivot(noteTriples, districts, keys.lanes),
      districts,
      keys.lanes,
      (d, l) => `notes|${actYear}|${d}|${l}`,
    ),
    linkedTable(
      pivot(actTriples, districts, kinds),
      districts,
      kinds,
      (d, kind) => `part|${actYear}|${d}|${kind}`,
    ),
    linkedTable(pivot(asTriples(monthPoints), monthRows, monthCols), monthRows, monthCols, (m, kind) =>
      m === '*' ? `part|${latest}年度|*|${kind}` : `part|${m}|*|${kind}`,
    ),
    linkedTable(pivot(asTriples(yearPoints), yearRows, yearCols), yearRows, yearCols, (y, kind) =>
      y === '*' ? `part|all|*|${kind}` : `part|${y}|*|${kind}`,
    ),
  ];
  const [noteTable, actTable, monthTable, yearTable] = suppressLinked(tables, k) as [
    SuppressedTable,
    SuppressedTable,
    SuppressedTable,
    SuppressedTable,
  ];
  return {
    notes: { rowKeys: [...districts], colKeys: [...keys.lanes], table: noteTable },
    activities: { rowKeys: [...districts], colKeys: kinds, table: actTable },
    months: { rowKeys: monthRows, colKeys: monthCols, table: monthTable },
    years: { rowKeys: yearRows, colKeys: yearCols, table: yearTable },
    indicators,
    bullets,
  };
}
