import { useT } from '@chiiki/ui';
import type { Bullet } from '../charts/bullets';
import { CsvButton } from '../export/CsvButton';
import { cell, SUPPRESSED } from '../suppress/format';

interface BulletTableProps {
  bullets: readonly Bullet[];
  k: number;
}

type Translate = (key: string) => string;

/**
 * The rows of the bullet table, once for the screen and once for export, so the two cannot
 * disagree about what is suppressed: a hidden bullet prints ＊ for its value and its share of
 * target on screen and in the CSV (Parquet turns ＊ into null with its `_suppressed` flag).
 */
export function bulletTableRows(bullets: readonly Bullet[], t: Translate) {
  const header = [t('ind.name'), t('ind.value'), t('ind.target'), t('ind.ratio'), t('ind.status')];
  const pct = (b: Bullet) =>
    b.actual === null || b.target <= 0 ? null : Math.round((100 * b.actual) / b.target);
  const digits = (v: number) => (Number.isInteger(v) ? 0 : 1);
  const screen = bullets.map((b) => [
    b.label,
    b.hidden ? SUPPRESSED : cell(b.actual, false, b.actual === null ? 0 : digits(b.actual)),
    cell(b.target, false, digits(b.target)),
    b.hidden ? SUPPRESSED : pct(b) === null ? '－' : `${pct(b)}%`,
    t(`status.${b.status}`),
  ]);
  const exported = bullets.map((b) => [
    b.label,
    b.hidden ? SUPPRESSED : b.actual,
    b.target,
    b.hidden ? SUPPRESSED : pct(b),
    t(`status.${b.status}`),
  ]);
  return { header, screen, exported };
}

/** The table beside the target bullets: actual, target, attainment and status in words (not colour alone). */
export function BulletTable({ bullets, k }: BulletTableProps) {
  const { t } = useT('insights');
  const { header, screen, exported } = bulletTableRows(bullets, t);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('dash.table')}</caption>
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
          {screen.map((r, i) => (
            <tr key={r[0]}>
              <th scope="row">{r[0]}</th>
              <td className="num">{r[1]}</td>
              <td className="num">{r[2]}</td>
              <td className="num">{r[3]}</td>
              <td className={`status status--${bullets[i]?.status}`}>{r[4]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton file="attainment.csv" header={header} rows={exported} k={k} />
    </div>
  );
}
