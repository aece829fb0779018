/** The mark printed in place of a suppressed figure (full-width asterisk, as Japanese statistics print it). */
export const SUPPRESSED = '＊';

/**
 * A share (e.g. a lane's % of ideas) is hidden when its count is, and when its denominator is
 * small, since a share of a small group points at individuals as surely as the count.
 */
export function shareHidden(count: number, denominator: number, countHidden: boolean, k = 5): boolean {
  return countHidden || (denominator > 0 && denominator < k) || (count > 0 && count < k);
}

/** Formats a number for a table cell, or ＊ when suppressed. */
export function cell(value: number | null, hidden: boolean, digits = 0): string {
  if (hidden) return SUPPRESSED;
  if (value === null || !Number.isFinite(value)) return '－';
  return value.toLocaleString('ja-JP', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
