import type { Indicator } from '@chiiki/model';
import { PageLayout, useLanguage, useT } from '@chiiki/ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { FilterBar } from '../dashboard/FilterBar';
import { useDashboard } from '../dashboard/useDashboard';
import { readCustomIndicators, writeCustomIndicators } from '../indicators/custom';
import { type Filters, filtersFromSearch, filtersToSearch } from '../indicators/filters';
import { ProgressBar } from '../start/ProgressBar';
import { StartPage } from '../start/StartPage';
import { QueryError } from './QueryError';
import { useEngine } from './useEngine';
import { usePlanInfo } from './usePlanInfo';
import { useUrlState } from './useUrlState';

const Dashboard = lazy(() => import('../dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const IndicatorsPage = lazy(() =>
  import('../indicators/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })),
);
const ReportPage = lazy(() => import('../report/ReportPage').then((m) => ({ default: m.ReportPage })));
const TextPage = lazy(() => import('../text/TextPage').then((m) => ({ default: m.TextPage })));
const WorksheetPage = lazy(() =>
  import('../worksheet/WorksheetPage').then((m) => ({ default: m.WorksheetPage })),
);
const VIEWS = ['start', 'dashboard', 'indicators', 'text', 'report', 'worksheet'] as const;
type View = (typeof VIEWS)[number];

/** The insights app: engine start-up, navigation and filters in the URL, and the six views. */
export function App() {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const engine = useEngine();
  const { plan, error: planError } = usePlanInfo(engine.db, engine.version);
  const [search, setSearch] = useUrlState();
  const params = new URLSearchParams(search);
  const view: View = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'start';
  const kParam = params.get('k');
  const k = kParam === null ? 5 : Math.max(0, Math.min(50, Number(kParam) || 0));
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const [custom, setCustom] = useState<Indicator[]>(readCustomIndicators);
  const setFilters = useCallback((f: Filters) => setSearch(filtersToSearch(f, location.search)), [setSearch]);
  const go = (v: View) => {
    const p = new URLSearchParams(location.search);
    p.set('view', v);
    setSearch(`?${p.toString()}`);
  };
  const setK = (value: number) => {
    const p = new URLSearchParams(location.search);
    p.set('k', String(value));
    setSearch(`?${p.toString()}`);
  };
  const labelOf = useCallback(
    (ind: Indicator, district: string) =>
      `${language === 'ja' ? ind.ja : ind.en}（${district === '*' ? t('ind.city') : (plan.districts.find((d) => d.code === district)?.name ?? district)}）`,
    [language, plan, t],
  );
  const { data, error, loading } = useDashboard(engine.db, engine.version, filters, k, plan, labelOf, custom);
  // Warm the dashboard's chunk (Plot) while the planner is still on the start page.
  useEffect(() => {
    if (engine.db) void import('../dashboard/Dashboard');
  }, [engine.db]);
  const progress = engine.progress;
  return (
    <PageLayout title={t('title')}>
      {/* The views get their own bar under the header: title, views and the three switches on one
          line need ~1,550 px, and a header that wraps at 1024 px pushes the filters off a tablet. */}
      <nav className="tabs no-print" aria-label={t('nav.label')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className="tab"
            aria-current={v === view ? 'page' : undefined}
            onClick={() => go(v)}
          >
            {t(`nav.${v}`)}
          </button>
        ))}
      </nav>
      {engine.error ? <p className="error">{`${t('engine.failed')}: ${engine.error}`}</p> : null}
      {progress && !engine.error ? (
        <ProgressBar
          value={progress.total > 0 ? progress.loaded / progress.total : null}
          label={progress.phase === 'download' ? t('engine.loading') : t('engine.starting')}
        />
      ) : null}
      {view === 'start' ? <StartPage engine={engine} districts={plan.districts} /> : null}
      {view !== 'start' ? (
        <div className="toolbar no-print">
          <FilterBar filters={filters} plan={plan} onChange={setFilters} />
          <label className="k-input">
            {t('dash.suppressOn', { k })}
            <input type="number" min={0} max={50} value={k} onChange={(e) => setK(Number(e.target.value))} />
          </label>
        </div>
      ) : null}
      {planError ? (
        <p className="error" role="alert">
          {t('query.plan', { error: planError })}
        </p>
      ) : null}
      <QueryError error={error} />
      {view !== 'start' && engine.db && engine.sources.length === 0 ? (
        <p className="note">{t('dash.empty')}</p>
      ) : null}
      <Suspense fallback={<ProgressBar value={null} label={t('start.loading')} />}>
        {view === 'dashboard' && data ? <Dashboard data={data} plan={plan} k={k} /> : null}
        {view === 'indicators' && data && engine.db ? (
          <IndicatorsPage
            db={engine.db}
            version={engine.version}
            filters={filters}
            data={data}
            plan={plan}
            k={k}
            custom={custom}
            onSaveCustom={(list) => {
              writeCustomIndicators(list);
              setCustom(list);
            }}
          />
        ) : null}
        {view === 'text' && engine.db ? (
          <TextPage db={engine.db} version={engine.version} filters={filters} plan={plan} k={k} />
        ) : null}
        {/* A report is printed: while new filters load it waits, rather than show the new filters
            over the old numbers. */}
        {view === 'report' && data && engine.db && loading ? (
          <ProgressBar value={null} label={t('start.loading')} />
        ) : null}
        {view === 'report' && data && engine.db && !loading ? (
          <ReportPage
            db={engine.db}
            version={engine.version}
            data={data}
            plan={plan}
            filters={filters}
            k={k}
            sources={engine.sources}
            onFilters={setFilters}
          />
        ) : null}
        {view === 'worksheet' && engine.db ? (
          <WorksheetPage db={engine.db} version={engine.version} filters={filters} plan={plan} k={k} />
        ) : null}
      </Suspense>
    </PageLayout>
  );
}
