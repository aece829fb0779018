import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DECORATIVE } from './common';

/**
 * One point of a trend: a period label (2025-04 or 2025年度), a series (activity kind) and a
 * value. A suppressed point has `hidden` and no value: the line breaks there and no dot is drawn.
 */
export interface TrendPoint {
  period: string;
  series: string;
  value: number | null;
  hidden?: boolean;
}

/** Lines over months or fiscal years, one per activity kind, with dots so single points show. */
export function trendOptions(
  points: readonly TrendPoint[],
  labels: { x: string; y: string; series: string; month?: (month: number) => string },
): Plot.PlotOptions {
  const month = labels.month ?? ((m: number) => `${m}月`);
  const periods = [...new Set(points.map((p) => p.period))].sort();
  return {
    style: CHART_STYLE,
    width: 640,
    height: 260,
    marginBottom: 50,
    x: {
      label: labels.x,
      domain: periods,
      type: 'point',
      // 2025-04 → 4月 / Apr (the caption names the fiscal year); other periods print as they are.
      tickFormat: (p: string) => (/^\d{4}-\d{2}$/.test(p) ? month(Number(p.slice(5))) : p),
      tickRotate: periods.length > 14 ? -45 : 0,
    },
    y: { label: labels.y, grid: true, zero: true },
    color: { legend: true, label: labels.series },
    marks: [
      Plot.line(points, {
        ...DECORATIVE,
        x: 'period',
        y: 'value',
        stroke: 'series',
        sort: (d: TrendPoint) => d.period,
      }),
      Plot.dot(
        points.filter((p) => p.value !== null),
        { ...DECORATIVE, x: 'period', y: 'value', fill: 'series', tip: DECORATIVE },
      ),
      Plot.ruleY([0], DECORATIVE),
    ],
  };
}
