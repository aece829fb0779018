import { useT } from '@chiiki/ui';
import type { Bullet } from '../charts/bullets';
import { CsvButton } from '../export/CsvButton';
import { cell } from '../suppress/format';

/** Props of BulletTable. */
export interface BulletTableProps {
  bullets: readonly Bullet[];
}

/** The table beside the target bullets: actual, target, attainment and status in words (not colour alone). */
export function BulletTable({ bullets }: BulletTableProps) {
  const { t } = useT('insights');
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('dash.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ind.name')}</th>
            <th scope="col">{t('ind.value')}</th>
            <th scope="col">{t('ind.target')}</th>
            <th scope="col">{t('ind.ratio')}</th>
            <th scope="col">{t('ind.status')}</th>
          </tr>
        </thead>
        <tbody>
          {bullets.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td className="num">{cell(b.actual, false, Number.isInteger(b.actual) ? 0 : 1)}</td>
              <td className="num">{cell(b.target, false, Number.isInteger(b.target) ? 0 : 1)}</td>
              <td className="num">{b.target > 0 ? `${Math.round((100 * b.actual) / b.target)}%` : '－'}</td>
              <td className={`status status--${b.status}`}>{t(`status.${b.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton
        file="attainment.csv"
        header={[t('ind.name'), t('ind.value'), t('ind.target'), t('ind.ratio'), t('ind.status')]}
        rows={bullets.map((b) => [
          b.label,
          b.actual,
          b.target,
          b.target > 0 ? Math.round((100 * b.actual) / b.target) : null,
          t(`status.${b.status}`),
        ])}
      />
    </div>
  );
}
