import type { PlotOptions } from '@observablehq/plot';
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/** Props of PlotFigure: Observable Plot options, a caption, and an accessible description. */
export interface PlotFigureProps {
  options: PlotOptions;
  caption: string;
  /** A text summary of what the chart shows, for screen readers and for print. */
  description?: string;
}

/**
 * Renders an Observable Plot chart into a `<figure>` with a caption. Plot is a peer
 * dependency and only this module imports it, so the participant bundle never carries it.
 */
export function PlotFigure({ options, caption, description }: PlotFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = holder.current;
    if (!node) return;
    const chart = Plot.plot({ ...options, ariaDescription: description ?? options.ariaDescription });
    node.replaceChildren(chart);
    return () => chart.remove();
  }, [options, description]);
  return (
    <figure className="plot-figure">
      <div ref={holder} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
