import * as Plot from '@observablehq/plot';
import { SUPPRESSED } from '../suppress/format';
import { CHART_STYLE, DECORATIVE, type LaneCell } from './common';

/**
 * A district × lane heat map; suppressed cells are grey with ＊ so nobody reads a colour as a value.
 * `legend` draws the colour ramp (a canvas, so tests without one turn it off).
 */
export function heatmapOptions(
  cells: readonly LaneCell[],
  lanes: readonly { key: string; label: string }[],
  districtOrder: readonly string[],
  labels: { x: string; y: string; value: string },
  legend = true,
): Plot.PlotOptions {
  const laneLabel = new Map(lanes.map((l) => [l.key, l.label]));
  const data = cells.map((c) => ({ ...c, laneLabel: laneLabel.get(c.lane) ?? c.lane }));
  return {
    style: CHART_STYLE,
    marginLeft: 170,
    width: 560,
    height: Math.max(160, 60 + districtOrder.length * 32),
    padding: 0.04,
    x: { label: null, ariaLabel: labels.x, domain: lanes.map((l) => l.label), axis: 'top' },
    y: { label: labels.y, domain: [...districtOrder] },
    color: {
      scheme: 'blues',
      legend,
      label: labels.value,
      domain: [0, Math.max(1, ...data.filter((d) => !d.hidden).map((d) => d.count))],
    },
    marks: [
      Plot.cell(
        data.filter((d) => !d.hidden),
        { ...DECORATIVE, x: 'laneLabel', y: 'district', fill: 'count', tip: DECORATIVE },
      ),
      Plot.cell(
        data.filter((d) => d.hidden),
        { ...DECORATIVE, x: 'laneLabel', y: 'district', fill: '#d4d4d4' },
      ),
      Plot.text(data, {
        ...DECORATIVE,
        x: 'laneLabel',
        y: 'district',
        text: (d: LaneCell) => (d.hidden ? SUPPRESSED : String(d.count)),
        fill: 'black',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}
