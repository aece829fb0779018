import * as Plot from '@observablehq/plot';
import { SUPPRESSED } from '../suppress/format';
import { CHART_STYLE, DECORATIVE } from './common';

/** Horizontal bars of the most frequent words. */
export function wordBarsOptions(
  words: readonly { word: string; count: number }[],
  labels: { x: string },
): Plot.PlotOptions {
  return {
    style: CHART_STYLE,
    width: 520,
    height: Math.max(120, 30 + words.length * 22),
    marginLeft: 120,
    // Room below the ticks, so the axis label does not sit on the last tick's number.
    marginBottom: 44,
    x: { label: labels.x, grid: true },
    y: { label: null, domain: words.map((w) => w.word) },
    marks: [
      Plot.barX(words, { ...DECORATIVE, x: 'count', y: 'word', fill: '#0b5cad', tip: DECORATIVE }),
      Plot.ruleX([0], DECORATIVE),
    ],
  };
}

/**
 * The co-occurrence matrix as a heat map: how many notes hold both words. A suppressed pair
 * (`hidden`) gets no colour and ＊ instead of its count, since a colour is a number to the eye.
 */
export function cooccurrenceOptions(
  pairs: readonly { a: string; b: string; count: number; hidden?: boolean }[],
  legend = true,
): Plot.PlotOptions {
  const words = [...new Set(pairs.map((p) => p.a))];
  const shown = pairs.filter((p) => !p.hidden);
  return {
    style: CHART_STYLE,
    width: 560,
    height: 120 + words.length * 30,
    marginLeft: 110,
    marginTop: 90,
    padding: 0.05,
    x: { domain: words, axis: 'top', tickRotate: -45, label: null },
    y: { domain: words, label: null },
    // From 0 to at least 1: when every shown pair is 0 (the rest suppressed) a zero-width domain
    // would paint the zeros in the strongest colour.
    color: { scheme: 'oranges', legend, domain: [0, Math.max(1, ...shown.map((p) => p.count))] },
    marks: [
      Plot.cell(shown, {
        ...DECORATIVE,
        x: 'a',
        y: 'b',
        fill: (d: { count: number }) => d.count,
        tip: DECORATIVE,
      }),
      Plot.text(
        pairs.filter((p) => p.count > 0),
        {
          ...DECORATIVE,
          x: 'a',
          y: 'b',
          text: (d: { count: number; hidden?: boolean }) => (d.hidden ? SUPPRESSED : String(d.count)),
          fill: 'black',
        },
      ),
    ],
  };
}
