import { useT } from '@chiiki/ui';
import type { Bullet } from '../charts/bullets';
import { type Cell, DataTable } from '../export/DataTable';
import { figure, SUPPRESSED } from '../suppress/format';

interface BulletTableProps {
  bullets: readonly Bullet[];
  k: number;
}

type Translate = (key: string) => string;

/**
 * The bullet table's header and cells, shared by the screen and the CSV/Parquet export: a hidden
 * bullet is ＊ for its value and its share of target in both (Parquet turns ＊ into null with
 * its `_suppressed` flag). Kept apart from the component so a test can read what would be printed.
 */
export function bulletTable(bullets: readonly Bullet[], t: Translate): { header: string[]; rows: Cell[][] } {
  const header = [t('ind.name'), t('ind.value'), t('ind.target'), t('ind.ratio'), t('ind.status')];
  const digits = (v: number | null) => (v === null || Number.isInteger(v) ? 0 : 1);
  const rows = bullets.map((b): Cell[] => {
    const pct = b.ratio === null ? null : Math.round(100 * b.ratio);
    return [
      b.label,
      figure(b.actual, b.hidden, digits(b.actual)),
      figure(b.target, false, digits(b.target)),
      b.hidden
        ? { text: SUPPRESSED, value: SUPPRESSED }
        : { text: pct === null ? '－' : `${pct}%`, value: pct },
      {
        text: t(`status.${b.status}`),
        value: t(`status.${b.status}`),
        className: `status status--${b.status}`,
      },
    ];
  });
  return { header, rows };
}

/** The table beside the target bullets: actual, target, attainment and status in words (not colour alone). */
export function BulletTable({ bullets, k }: BulletTableProps) {
  const { t } = useT('insights');
  const { header, rows } = bulletTable(bullets, t);
  return <DataTable caption={t('dash.table')} header={header} rows={rows} file="attainment.csv" k={k} />;
}
