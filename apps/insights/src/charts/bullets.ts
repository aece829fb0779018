import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DECORATIVE } from './common';

/**
 * One bullet: an indicator (in one district) with its actual value, target and status colour.
 * When the count the value rests on is suppressed, `hidden` is true and `actual` is null: the
 * number is dropped where the bullet is built, so no table, CSV or chart drawn from it can leak it.
 */
export interface Bullet {
  label: string;
  actual: number | null;
  target: number;
  /**
   * Attainment as the indicator tables print it (inverted for lower-is-better indicators); null
   * when hidden or when there is no finite ratio (a zero target).
   */
  ratio: number | null;
  status: 'achieved' | 'on_track' | 'behind' | 'no_target';
  hidden: boolean;
}

const STATUS_COLOUR = {
  achieved: '#17663a',
  on_track: '#b45309',
  behind: '#b42318',
  no_target: '#6b7280',
} as const;

/**
 * Bullet charts of attainment: a grey band to the target, a bar for the actual value coloured by
 * status, and a tick at the target, all as % of target so different units sit on one axis.
 * A suppressed bullet keeps its band and tick (the row is still there, its table cell says ＊)
 * but gets no bar and no percentage, and does not stretch the axis, whose end would betray it.
 */
export function bulletOptions(bullets: readonly Bullet[], labels: { x: string }): Plot.PlotOptions {
  const data = bullets.map(({ label, status, hidden, ratio }) => ({
    label,
    status,
    pct: hidden || ratio === null ? null : 100 * ratio,
  }));
  const shown = data.filter((d): d is typeof d & { pct: number } => d.pct !== null);
  const max = Math.max(120, ...shown.map((d) => d.pct));
  return {
    style: CHART_STYLE,
    width: 700,
    height: Math.max(100, 40 + data.length * 30),
    marginLeft: 300,
    marginRight: 50,
    // Room below the ticks, so the axis label at 13px does not sit on the last tick's number.
    marginBottom: 44,
    x: { label: labels.x, domain: [0, max], grid: true },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, {
        ...DECORATIVE,
        x1: 0,
        x2: 100,
        y: 'label',
        fill: '#e5e7eb',
        insetTop: 4,
        insetBottom: 4,
      }),
      Plot.barX(shown, {
        ...DECORATIVE,
        x1: 0,
        x2: 'pct',
        y: 'label',
        fill: (d: { status: Bullet['status'] }) => STATUS_COLOUR[d.status],
        insetTop: 10,
        insetBottom: 10,
      }),
      Plot.tickX(data, { ...DECORATIVE, x: 100, y: 'label', stroke: 'black', strokeWidth: 2 }),
      Plot.text(shown, {
        ...DECORATIVE,
        x: 'pct',
        y: 'label',
        text: (d: { pct: number }) => `${Math.round(d.pct)}%`,
        dx: 6,
        textAnchor: 'start',
      }),
    ],
  };
}
