import { fiscalYearOf } from '@chiiki/model';
import { PlotFigure, useLanguage, useT } from '@chiiki/ui';
import { useMemo } from 'react';
import { KIND_LABELS, labelOf } from '../app/labels';
import type { PlanInfo } from '../app/usePlanInfo';
import { bulletOptions } from '../charts/bullets';
import { heatmapOptions } from '../charts/heatmap';
import { stackedBarsOptions } from '../charts/stackedBars';
import { trendOptions } from '../charts/trend';
import { BulletTable } from '../indicators/BulletTable';
import { CountTable } from './CountTable';
import type { DashboardData } from './loadDashboard';
import { trendPoints } from './matrix';

interface DashboardProps {
  data: DashboardData;
  plan: PlanInfo;
  k: number;
  /** In the printed report the heat map shares the district × role table of the bars above it. */
  report?: boolean;
}

/** The charts, each with its data table beside it; the same blocks make up the printed report. */
export function Dashboard({ data, plan, k, report = false }: DashboardProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const districtName = useMemo(() => new Map(plan.districts.map((d) => [d.code, d.name])), [plan]);
  const districtLabel = (code: string) => districtName.get(code) ?? code;
  const lanes = plan.lanes.map((l) => ({
    key: l.key,
    label: language === 'ja' ? l.ja : l.en,
    colour: l.colour,
  }));
  const laneName = (key: string) => lanes.find((l) => l.key === key)?.label ?? key;
  const kindName = (kind: string) => labelOf(KIND_LABELS, kind, language);
  const notes = data.notes;
  const cells = notes.rowKeys.flatMap((district, i) =>
    notes.colKeys.map((lane, j) => ({
      district: districtLabel(district),
      lane,
      count: notes.table.cells[i]?.[j] ?? 0,
      hidden: Boolean(notes.table.hidden[i]?.[j]),
    })),
  );
  const order = notes.rowKeys.map(districtLabel);
  const first = data.months.rowKeys[0];
  const monthYear = first ? t('fy', { fy: fiscalYearOf(`${first}-01`) }) : '';
  const month = trendPoints(data.months).map((p) => ({ ...p, series: kindName(p.series) }));
  // Year rows are keyed 2025年度 (as the SQL labels them); printed as the language says a fiscal year.
  const yearLabel = (p: string) => t('fy', { fy: Number.parseInt(p, 10) });
  const year = trendPoints(data.years).map((p) => ({
    ...p,
    period: yearLabel(p.period),
    series: kindName(p.series),
  }));
  const monthLabel = (p: string) => t('dash.month', { year: p.slice(0, 4), month: Number(p.slice(5)) });
  const monthName = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
  const monthTick = (m: number) => monthName.format(Date.UTC(2000, m - 1, 1));
  const laneAxis = t('dash.axisLane');
  const districtAxis = t('dash.axisDistrict');
  const ideas = t('dash.axisIdeas');
  const people = t('dash.axisPeople');
  return (
    <div className="dashboard">
      {k > 0 ? <p className="note">{t('dash.suppressed', { k })}</p> : null}
      <section className="panel">
        <PlotFigure
          caption={t('dash.byLane')}
          options={stackedBarsOptions(cells, lanes, order, { x: ideas, y: districtAxis, lane: laneAxis })}
        />
        <CountTable
          matrix={notes}
          caption={t('dash.table')}
          corner={districtAxis}
          rowLabel={districtLabel}
          colLabel={laneName}
          file="ideas_by_district_lane.csv"
          k={k}
        />
      </section>
      <section className="panel">
        <PlotFigure
          caption={t('dash.heat')}
          options={heatmapOptions(cells, lanes, order, { x: laneAxis, y: districtAxis, value: ideas })}
        />
        {report ? (
          <p className="note">{t('dash.sameTable')}</p>
        ) : (
          <CountTable
            matrix={notes}
            caption={t('dash.table')}
            corner={districtAxis}
            rowLabel={districtLabel}
            colLabel={laneName}
            file="ideas_heatmap.csv"
            k={k}
          />
        )}
      </section>
      <section className="panel panel--wide">
        <PlotFigure
          caption={`${t('dash.trendMonth')}（${monthYear}）`}
          options={trendOptions(month, {
            x: t('dash.axisMonth'),
            y: people,
            series: t('filters.kind'),
            month: monthTick,
          })}
        />
        <div className="panel__tables">
          <CountTable
            matrix={data.months}
            caption={t('dash.tableMonth')}
            corner={t('dash.axisMonth')}
            rowLabel={monthLabel}
            colLabel={kindName}
            file="activity_participants_by_month.csv"
            k={k}
          />
          <CountTable
            matrix={data.activities}
            caption={t('dash.tableDistrict')}
            corner={districtAxis}
            rowLabel={districtLabel}
            colLabel={kindName}
            file="activity_participants_by_district_kind.csv"
            k={k}
          />
        </div>
      </section>
      <section className="panel">
        <PlotFigure
          caption={t('dash.trendYear')}
          options={trendOptions(year, { x: t('filters.fy'), y: people, series: t('filters.kind') })}
        />
        <CountTable
          matrix={data.years}
          caption={t('dash.table')}
          corner={t('filters.fy')}
          rowLabel={yearLabel}
          colLabel={kindName}
          file="activity_participants_by_year.csv"
          k={k}
        />
      </section>
      <section className="panel">
        <PlotFigure
          caption={t('dash.bullets')}
          options={bulletOptions(data.bullets, {
            x: t('dash.axisTarget'),
          })}
        />
        <BulletTable bullets={data.bullets} k={k} />
      </section>
    </div>
  );
}
