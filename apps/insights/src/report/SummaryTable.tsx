import { useLanguage, useT } from '@chiiki/ui';
import type { DashboardData } from '../dashboard/loadDashboard';
import { CsvButton } from '../export/CsvButton';
import { cell, SUPPRESSED } from '../suppress/format';
import { hiddenIndicatorRows } from '../suppress/indicatorRows';

const digits = (v: number | null) => (v === null || Number.isInteger(v) ? 0 : 1);

interface SummaryTableProps {
  data: DashboardData;
  laneName: (key: string) => string;
  k: number;
}

/** The report's first table: every indicator for the whole city in the latest year, against target. */
export function SummaryTable({ data, laneName, k }: SummaryTableProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const latest = Math.max(0, ...data.indicators.flatMap((i) => i.rows.map((r) => r.fiscalYear)));
  const rows = data.indicators.flatMap(({ indicator, rows: all }) => {
    const hidden = hiddenIndicatorRows(all, k);
    return all
      .filter((r) => r.fiscalYear === latest && r.district === '*')
      .map((r) => ({ indicator, r, hidden: hidden.has(r) }));
  });
  const csvRows = rows.map(({ indicator, r, hidden }) => [
    `${language === 'ja' ? indicator.ja : indicator.en}${r.lane ? `（${laneName(r.lane)}）` : ''}`,
    hidden ? SUPPRESSED : r.value,
    indicator.unit,
    hidden ? SUPPRESSED : r.previous,
    r.target,
    r.ratio === null || hidden ? null : Math.round(r.ratio * 100),
    t(`status.${r.status}`),
  ]);
  return (
    <div className="summary">
      <table className="data">
        <caption>
          {language === 'ja'
            ? `主な指標（市全体・${latest}年度）`
            : `Key indicators (whole city, FY${latest})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ind.name')}</th>
            <th scope="col">{t('ind.value')}</th>
            <th scope="col">{t('ind.prev')}</th>
            <th scope="col">{t('ind.target')}</th>
            <th scope="col">{t('ind.ratio')}</th>
            <th scope="col">{t('ind.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, r, hidden }) => (
            <tr key={`${indicator.id}|${r.lane ?? ''}`}>
              <th scope="row">
                {language === 'ja' ? indicator.ja : indicator.en}
                {r.lane ? `（${laneName(r.lane)}）` : ''}
              </th>
              <td className="num">
                {cell(
                  r.value,
                  hidden,
                  indicator.unit === '件' ||
                    indicator.unit === '回' ||
                    indicator.unit === '人' ||
                    indicator.unit === '地区'
                    ? 0
                    : 1,
                )}{' '}
                {indicator.unit}
              </td>
              <td className="num">{hidden ? SUPPRESSED : cell(r.previous, false, digits(r.previous))}</td>
              <td className="num">{cell(r.target, false, digits(r.target))}</td>
              <td className="num">{r.ratio === null || hidden ? '－' : `${Math.round(r.ratio * 100)}%`}</td>
              <td className={`status status--${r.status}`}>{t(`status.${r.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        file="indicators_summary.csv"
        header={[
          t('ind.name'),
          t('ind.value'),
          t('ind.unit'),
          t('ind.prev'),
          t('ind.target'),
          t('ind.ratio'),
          t('ind.status'),
        ]}
        rows={csvRows}
        k={k}
      />
    </div>
  );
}
