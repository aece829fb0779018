import { INDICATORS, type Indicator } from '@chiiki/model';
import type { Bullet } from '../charts/bullets';
import type { Db } from '../db/types';
import { normaliseCustomSql } from '../indicators/custom';
import type { Filters } from '../indicators/filters';
import { type IndicatorRow, runIndicator, runIndicators, setFilters } from '../indicators/runner';
import { type IndicatorHiding, indicatorTables } from '../suppress/indicatorRows';
import { suppressLinked } from '../suppress/linked';
import type { SuppressedTable } from '../suppress/suppressTable';
import { ALL_YEARS, countKey, fyPeriod, indicatorCountKey } from './keys';
import { type CountMatrix, linkedTable, pivot } from './matrix';
import {
  activitiesByDistrictKind,
  activityMonthTrend,
  activityYearTrend,
  notesByDistrictLane,
} from './queries';
import { yearSumTable } from './yearSums';

/** An indicator's rows under the filters (the chosen year only, if one is), and what of them is hidden. */
export interface IndicatorResult extends IndicatorHiding {
  indicator: Indicator;
  rows: IndicatorRow[];
}

/** Everything the dashboard and the report draw, computed in one pass under one set of filters. */
export interface DashboardData {
  notes: CountMatrix;
  activities: CountMatrix;
  /** Participants by month of one fiscal year × activity kind, and by fiscal year × kind. */
  months: CountMatrix;
  years: CountMatrix;
  indicators: IndicatorResult[];
  bullets: (Bullet & { indicatorId: string; district: string })[];
}

/**
 * Runs the dashboard's queries (filters and year set once, as bound parameters, and read by the
 * queries without parameters): the count tables, the trends and every indicator with its targets. Suppression is decided here, once, over all of
 * them together: a count printed in two places (an indicator's district row and the district ×
 * lane table, a month table's kind totals and the year table) is hidden in both or in neither
 * (decision 0016), and the views only print what this decided.
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
  const notes = await notesByDistrictLane(db);
  const acts = await activitiesByDistrictKind(db);
  const yearPoints = await activityYearTrend(db);
  // Every year of each indicator, so that last year's value beside this year's is hidden
  // wherever last year's own row is; the chosen year's rows are picked out afterwards.
  const allYears = { ...filters, fiscalYear: null };
  // The model's indicators in one statement (planned once, decision 0023); planners' own one by
  // one, so a broken one leaves the others standing.
  const ran: { indicator: Indicator; rows: IndicatorRow[] }[] = [];
  try {
    const rows = await runIndicators(db, INDICATORS, allYears);
    ran.push(...INDICATORS.map((indicator, i) => ({ indicator, rows: rows[i] ?? [] })));
  } catch {
    for (const indicator of INDICATORS) ran.push({ indicator, rows: [] });
  }
  for (const indicator of extra) {
    try {
      const runnable = normaliseCustomSql(indicator, await db.check(indicator.sql));
      ran.push({ indicator, rows: await runIndicator(db, runnable, allYears) });
    } catch {
      ran.push({ indicator, rows: [] });
    }
  }
  const latest = fy ?? Math.max(0, ...ran.flatMap((i) => i.rows.map((r) => r.fiscalYear)));
  // Months of one fiscal year: all years of months would be unreadable; the year trend shows the rest.
  const monthPoints = await activityMonthTrend(db, latest || null);

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
  // The month table's kind totals are the year table's row for that year; the district × kind
  // table's totals are that row (a year chosen) or the year table's totals (all years); with no
  // year chosen, all-years counts are also sums of the indicators' per-year ones (yearSumTable).
  const period = fy === null ? ALL_YEARS : fyPeriod(fy);
  const own = [
    linkedTable(pivot(noteTriples, districts, keys.lanes), districts, keys.lanes, (d, l) =>
      countKey.notes(period, d, l),
    ),
    linkedTable(pivot(actTriples, districts, kinds), districts, kinds, (d, kind) =>
      countKey.participants(period, d, kind),
    ),
    linkedTable(pivot(asTriples(monthPoints), monthRows, monthCols), monthRows, monthCols, (m, kind) =>
      countKey.participants(m === '*' ? fyPeriod(latest) : m, '*', kind),
    ),
    linkedTable(pivot(asTriples(yearPoints), yearRows, yearCols), yearRows, yearCols, (y, kind) =>
      countKey.participants(y === '*' ? ALL_YEARS : y, '*', kind),
    ),
  ];
  const perIndicator = ran.map(({ indicator, rows }) =>
    indicatorTables(rows, indicatorCountKey(indicator.id), k),
  );
  const published = [...own, ...perIndicator.flatMap((p) => p.tables)];
  const years = yearSumTable(published);
  const results = suppressLinked(years ? [...published, years] : published, k);
  const [noteTable, actTable, monthTable, yearTable] = results as [
    SuppressedTable,
    SuppressedTable,
    SuppressedTable,
    SuppressedTable,
  ];
  let next = own.length;
  const indicators = ran.map(({ indicator, rows }, n): IndicatorResult => {
    const part = perIndicator[n] as (typeof perIndicator)[number];
    const hiding = part.hiding(results.slice(next, next + part.tables.length));
    next += part.tables.length;
    return { indicator, rows: rows.filter((r) => fy === null || r.fiscalYear === fy), ...hiding };
  });
  // A hidden value is dropped here, at the source, so no bullet, table or chart can print it.
  const bullets = indicators.flatMap(({ indicator, rows, hidden }) =>
    rows
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
      })),
  );
  return {
    notes: { rowKeys: [...districts], colKeys: [...keys.lanes], table: noteTable },
    activities: { rowKeys: [...districts], colKeys: kinds, table: actTable },
    months: { rowKeys: monthRows, colKeys: monthCols, table: monthTable },
    years: { rowKeys: yearRows, colKeys: yearCols, table: yearTable },
    indicators,
    bullets,
  };
}
