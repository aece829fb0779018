import { Button, useLanguage, useT } from '@chiiki/ui';
import { useEffect } from 'react';
import { KIND_LABELS, labelOf, ORGANISER_LABELS } from '../app/labels';
import type { PlanInfo } from '../app/usePlanInfo';
import { Dashboard } from '../dashboard/Dashboard';
import type { DashboardData } from '../dashboard/loadDashboard';
import type { Db } from '../db/types';
import type { Filters } from '../indicators/filters';
import { TopIdeas } from '../indicators/TopIdeas';
import type { Source } from '../store/source';
import { applyPreset, defaultReportYear, type ReportPreset } from './presets';
import { SummaryTable } from './SummaryTable';

interface ReportPageProps {
  db: Db;
  version: number;
  data: DashboardData;
  plan: PlanInfo;
  filters: Filters;
  k: number;
  sources: readonly Source[];
  onFilters: (f: Filters) => void;
}

/**
 * The A4 committee report: title, period, filters in force, indicators with targets and status,
 * the charts with their tables, the suppression note, and data sources with load dates. Prints
 * from the browser (print CSS sets A4 and Japanese fonts).
 */
export function ReportPage({ db, version, data, plan, filters, k, sources, onFilters }: ReportPageProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const ja = language === 'ja';
  const fy = filters.fiscalYear;
  const period = fy === null ? t('report.allYears') : t('report.fyPeriod', { fy, next: fy + 1 });
  const laneName = (key: string) => {
    const l = plan.lanes.find((x) => x.key === key);
    return l ? (ja ? l.ja : l.en) : key;
  };
  const districtName = filters.district
    ? (plan.districts.find((d) => d.code === filters.district)?.name ?? filters.district)
    : null;
  const applied = [
    districtName ? `${t('filters.district')}: ${districtName}` : null,
    filters.lane ? `${t('filters.lane')}: ${laneName(filters.lane)}` : null,
    filters.kind ? `${t('filters.kind')}: ${labelOf(KIND_LABELS, filters.kind, language)}` : null,
    filters.organiser
      ? `${t('filters.organiser')}: ${labelOf(ORGANISER_LABELS, filters.organiser, language)}`
      : null,
  ].filter(Boolean);
  const preset = (p: ReportPreset) => onFilters(applyPreset(p, filters));
  const defaultYear = defaultReportYear(plan.fiscalYears);
  useEffect(() => {
    if (fy === null && defaultYear !== null) onFilters({ ...filters, fiscalYear: defaultYear });
  }, [fy, defaultYear, filters, onFilters]);
  return (
    <article className="report">
      <div className="row no-print">
        <span>{t('report.preset')}:</span>
        <Button onClick={() => preset('committee')}>{t('report.committee')}</Button>
        <Button onClick={() => preset('council')}>{t('report.council')}</Button>
        <Button variant="primary" onClick={() => print()}>
          {t('report.print')}
        </Button>
      </div>
      <header className="report__head">
        <h1>{t('report.title')}</h1>
        <dl>
          <dt>{t('report.period')}</dt>
          <dd>{period}</dd>
          <dt>{t('report.filters')}</dt>
          <dd>{applied.length ? applied.join('、') : t('filters.all')}</dd>
          <dt>{t('report.generated')}</dt>
          <dd>{new Date().toLocaleDateString('ja-JP')}</dd>
        </dl>
      </header>
      <SummaryTable data={data} laneName={laneName} k={k} district={districtName} />
      <Dashboard data={data} plan={plan} k={k} report />
      <TopIdeas db={db} version={version} filters={filters} plan={plan} k={k} />
      <footer className="report__foot">
        <h2>{t('report.note')}</h2>
        <p>{k > 0 ? t('dash.suppressed', { k }) : t('report.noSuppression')}</p>
        <h2>{t('report.sources')}</h2>
        <ul>
          {sources.map((s) => (
            <li key={s.id}>
              {s.name} {s.detail ? `（${s.detail}）` : ''} — {t('report.loadDate')}:{' '}
              {new Date(s.loadedAt).toLocaleDateString('ja-JP')}
            </li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
