/** The mark printed in place of a suppressed figure (full-width asterisk, as Japanese statistics print it). */
export const SUPPRESSED = '＊';

/** Formats a number for a table cell, or ＊ when suppressed. */
export function cell(value: number | null, hidden: boolean, digits = 0): string {
  if (hidden) return SUPPRESSED;
  if (value === null || !Number.isFinite(value)) return '－';
  return value.toLocaleString('ja-JP', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
