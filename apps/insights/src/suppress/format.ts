/** The mark printed in place of a suppressed figure (full-width asterisk, as Japanese statistics print it). */
export const SUPPRESSED = '＊';

/** Formats a number for a table cell, or ＊ when suppressed. */
export function cell(value: number | null, hidden: boolean, digits = 0): string {
  if (hidden) return SUPPRESSED;
  if (value === null || !Number.isFinite(value)) return '－';
  return value.toLocaleString('ja-JP', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/**
 * A figure as a table cell: formatted for the screen, the plain number for CSV and Parquet, and
 * ＊ in both when suppressed, so no exported file carries a number the screen hides.
 */
export function figure(
  value: number | null,
  hidden: boolean,
  digits = 0,
): { text: string; value: number | string | null } {
  return { text: cell(value, hidden, digits), value: hidden ? SUPPRESSED : value };
}

/**
 * Whether a count is small enough to hide on its own (1 to k−1). Zero is shown: "nobody"
 * identifies no one. k ≤ 1 turns suppression off.
 */
export function isSmall(count: number, k: number): boolean {
  return k > 1 && count > 0 && count < k;
}
