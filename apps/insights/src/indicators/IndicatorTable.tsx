import type { Indicator } from '@chiiki/model';
import { useLanguage, useT } from '@chiiki/ui';
import { CsvButton } from '../export/CsvButton';
import { cell, SUPPRESSED } from '../suppress/format';
import { hiddenIndicatorRows } from '../suppress/indicatorRows';
import type { IndicatorRow } from './runner';

interface IndicatorTableProps {
  indicator: Indicator;
  rows: readonly IndicatorRow[];
  k: number;
  districtName: (code: string) => string;
  laneName: (key: string) => string;
}

/**
 * One indicator as a committee reads it: per district (city first) the actual value, last
 * year's, the change, the target, attainment and status; suppressed values as ＊.
 */
export function IndicatorTable({ indicator, rows, k, districtName, laneName }: IndicatorTableProps) {
  const { t } = useT('insights');
  const { language } = useLanguage();
  const hidden = hiddenIndicatorRows(rows, k);
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
  // Exports carry plain numbers (percentages as numbers, no separators); ＊ where suppressed.
  const exported = sorted.map((r) => {
    const h = hidden.has(r);
    const pct = (v: number | null) => (v === null ? null : h ? SUPPRESSED : Math.round(v * 100));
    return [
      r.fiscalYear,
      r.district === '*' ? t('ind.city') : districtName(r.district),
      r.lane ? laneName(r.lane) : '',
      h ? SUPPRESSED : r.value,
      h ? SUPPRESSED : r.previous,
      pct(r.value !== null && r.previous ? (r.value - r.previous) / r.previous : null),
      r.target,
      pct(r.ratio),
      t(`status.${r.status}`),
    ];
  });
  const body = sorted.map((r) => {
    const h = hidden.has(r);
    const yoy =
      r.value !== null && r.previous !== null && r.previous !== 0
        ? `${Math.round((100 * (r.value - r.previous)) / r.previous)}%`
        : '－';
    return [
      language === 'ja' ? `${r.fiscalYear}年度` : `FY${r.fiscalYear}`,
      r.district === '*' ? t('ind.city') : districtName(r.district),
      r.lane ? laneName(r.lane) : '',
      cell(r.value, h, digits),
      h ? SUPPRESSED : cell(r.previous, false, digits),
      h ? SUPPRESSED : yoy,
      cell(r.target, false, digits),
      r.ratio === null ? '－' : h ? SUPPRESSED : `${Math.round(r.ratio * 100)}%`,
      t(`status.${r.status}`),
    ];
  });
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{language === 'ja' ? indicator.ja : indicator.en}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((r) => (
            <tr key={r.slice(0, 3).join('|')}>
              {r.map((v, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: column position is the identity
                <td key={j} className={j >= 3 && j < 8 ? 'num' : undefined}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton file={`${indicator.id}.csv`} header={header} rows={exported} k={k} />
    </div>
  );
}
