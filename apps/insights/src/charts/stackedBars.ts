import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DECORATIVE, type LaneCell } from './common';

/**
 * Stacked bars of ideas per district, coloured by lane in the plan's lane colours. Suppressed
 * cells are left out of the bars (and marked ＊ in the table beside it), never drawn to scale.
 */
export function stackedBarsOptions(
  cells: readonly LaneCell[],
  lanes: readonly { key: string; label: string; colour: string }[],
  districtOrder: readonly string[],
  labels: { x: string; y: string; lane: string },
): Plot.PlotOptions {
  const shown = cells.filter((c) => !c.hidden && c.count > 0);
  const laneLabel = new Map(lanes.map((l) => [l.key, l.label]));
  return {
    style: CHART_STYLE,
    marginLeft: 170,
    // Room below the ticks, so the axis label at 13px does not sit on the last tick's number.
    marginBottom: 44,
    width: 640,
    height: Math.max(160, 40 + districtOrder.length * 34),
    x: { label: labels.x, grid: true, ...(shown.length === 0 ? { domain: [0, 1] } : {}) },
    y: { label: labels.y, domain: [...districtOrder] },
    color: {
      legend: true,
      domain: lanes.map((l) => l.label),
      range: lanes.map((l) => l.colour),
      label: labels.lane,
    },
    marks: [
      Plot.barX(shown, {
        ...DECORATIVE,
        x: 'count',
        y: 'district',
        fill: (d: LaneCell) => laneLabel.get(d.lane) ?? d.lane,
        order: lanes.map((l) => l.label),
        tip: DECORATIVE,
      }),
      Plot.ruleX([0], DECORATIVE),
    ],
  };
}
