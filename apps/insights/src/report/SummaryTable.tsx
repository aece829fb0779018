import { useLanguage, useT } from '@chiiki/ui';
import type { DashboardData } from '../dashboard/loadDashboard';
import { type Cell, DataTable } from '../export/DataTable';
import { figure, SUPPRESSED } from '../suppress/format';

const digits = (v: number | null) => (v === null || Number.isInteger(v) ? 0 : 1);
/** Units that count whole things: printed without decimals even when the value is a mean. */
const WHOLE_UNITS = new Set(['件', '回', '人', '地区']);

interface SummaryTableProps {
  data: DashboardData;
  laneName: (key: string) => string;
  k: number;
  /**
   * The district filter's name, or null. The indicators' '*' row is whatever the filters let
   * through, so under a district filter it is that district, not the whole city.
   */
  district: string | null;
}

/** The report's first table: every indicator for the area in force in the latest year, against target. */
export function SummaryTable({ data, laneName, k, district }: SummaryTableProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const latest = Math.max(0, ...data.indicators.flatMap((i) => i.rows.map((r) => r.fiscalYear)));
  const rows = data.indicators.flatMap(({ indicator, rows: all, hidden, previousHidden }) => {
    return all
      .filter((r) => r.fiscalYear === latest && r.district === '*')
      .map((r): Cell[] => {
        const h = hidden.has(r);
        const name = `${language === 'ja' ? indicator.ja : indicator.en}${r.lane ? `（${laneName(r.lane)}）` : ''}`;
        const ratio = r.ratio === null ? null : Math.round(r.ratio * 100);
        return [
          name,
          figure(r.value, h, WHOLE_UNITS.has(indicator.unit) ? 0 : 1),
          indicator.unit,
          figure(r.previous, previousHidden.has(r), digits(r.previous)),
          figure(r.target, false, digits(r.target)),
          h && ratio !== null ? SUPPRESSED : { text: ratio === null ? '－' : `${ratio}%`, value: ratio },
          {
            text: t(`status.${r.status}`),
            value: t(`status.${r.status}`),
            className: `status status--${r.status}`,
          },
        ];
      });
  });
  const area = district ?? t('report.wholeCity');
  return (
    <div className="summary">
      <DataTable
        caption={t('report.summary', { area, fy: latest })}
        header={[
          t('ind.name'),
          t('ind.value'),
          t('ind.unit'),
          t('ind.prev'),
          t('ind.target'),
          t('ind.ratio'),
          t('ind.status'),
        ]}
        rows={rows}
        file="indicators_summary.csv"
        k={k}
      />
    </div>
  );
}
