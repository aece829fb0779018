import type { Indicator } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { type Cell, DataTable } from '../export/DataTable';
import { figure, SUPPRESSED } from '../suppress/format';
import type { IndicatorHiding } from '../suppress/indicatorRows';
import type { IndicatorRow } from './runner';

interface IndicatorTableProps extends IndicatorHiding {
  indicator: Indicator;
  rows: readonly IndicatorRow[];
  k: number;
  districtName: (code: string) => string;
  laneName: (key: string) => string;
}

/**
 * One indicator as a committee reads it: per district (city first) the actual value, last
 * year's, the change, the target, attainment and status; ＊ where the dashboard's suppression
 * (`loadDashboard`, over every published table at once) hides a value or last year's.
 */
export function IndicatorTable({
  indicator,
  rows,
  hidden,
  previousHidden,
  k,
  districtName,
  laneName,
}: IndicatorTableProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const digits =
    indicator.unit === '%' || indicator.unit.includes('/') || indicator.id.includes('per_') ? 1 : 0;
  const header = [
    t('filters.fy'),
    t('filters.district'),
    t('filters.lane'),
    `${t('ind.value')}（${indicator.unit}）`,
    t('ind.prev'),
    t('ind.yoy'),
    t('ind.target'),
    t('ind.ratio'),
    t('ind.status'),
  ];
  const sorted = [...rows].sort(
    (a, b) =>
      a.fiscalYear - b.fiscalYear ||
      (a.district === '*' ? -1 : b.district === '*' ? 1 : a.district.localeCompare(b.district)),
  );
  // Screen text and exported values side by side: exports carry plain numbers (percentages as
  // numbers, no separators), and ＊ wherever the screen hides a figure.
  const body = sorted.map((r): Cell[] => {
    const h = hidden.has(r);
    const pct = (v: number | null): Cell =>
      v === null
        ? { text: '－', value: null }
        : { text: `${Math.round(v * 100)}%`, value: Math.round(v * 100) };
    return [
      {
        text: t('fy', { fy: r.fiscalYear }),
        value: r.fiscalYear,
        className: '',
      },
      r.district === '*' ? t('ind.city') : districtName(r.district),
      r.lane ? laneName(r.lane) : '',
      figure(r.value, h, digits),
      figure(r.previous, previousHidden.has(r), digits),
      // Even a missing change is ＊ on a hidden row: '－' would say last year's count was 0 or absent.
      previousHidden.has(r)
        ? SUPPRESSED
        : pct(r.value !== null && r.previous ? (r.value - r.previous) / r.previous : null),
      figure(r.target, false, digits),
      h && r.ratio !== null ? SUPPRESSED : pct(r.ratio),
      t(`status.${r.status}`),
    ];
  });
  return (
    <DataTable
      caption={language === 'ja' ? indicator.ja : indicator.en}
      header={header}
      rows={body}
      file={`${indicator.id}.csv`}
      k={k}
      rowHeaders={false}
    />
  );
}
