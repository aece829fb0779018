/** Fonts for chart text: Japanese faces first so labels never fall back to tofu in print. */
export const CHART_FONT =
  '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif';

/** Shared style of every chart: readable size on a projector and on A4. */
export const CHART_STYLE = {
  fontFamily: CHART_FONT,
  fontSize: '13px',
  background: 'white',
  color: '#1a1a1a',
};

/**
 * Bars are hidden from the accessibility tree: Plot labels their group "bar" without a role, and the
 * data table beside every chart is the accessible form of the same numbers.
 */
export const DECORATIVE = { ariaHidden: 'true' } as const;

/** One cell of a district × lane count table as the charts read it. */
export interface LaneCell {
  district: string;
  lane: string;
  count: number;
  hidden: boolean;
}
