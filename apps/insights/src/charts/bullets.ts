import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DECORATIVE } from './common';

/** One bullet: an indicator (in one district) with its actual value, target and status colour. */
export interface Bullet {
  label: string;
  actual: number;
  target: number;
  status: 'achieved' | 'on_track' | 'behind' | 'no_target';
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
 */
export function bulletOptions(bullets: readonly Bullet[], labels: { x: string }): Plot.PlotOptions {
  const data = bullets.map((b) => ({ ...b, pct: b.target > 0 ? (100 * b.actual) / b.target : 0 }));
  const max = Math.max(120, ...data.map((d) => d.pct));
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
      Plot.barX(data, {
        ...DECORATIVE,
        x1: 0,
        x2: 'pct',
        y: 'label',
        fill: (d: Bullet) => STATUS_COLOUR[d.status],
        insetTop: 10,
        insetBottom: 10,
      }),
      Plot.tickX(data, { ...DECORATIVE, x: 100, y: 'label', stroke: 'black', strokeWidth: 2 }),
      Plot.text(data, {
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
