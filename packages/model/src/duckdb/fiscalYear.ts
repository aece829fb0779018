/** Japan Standard Time is UTC+9 all year (no daylight saving), so a fixed offset is exact. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The Japanese fiscal year (年度) of a date: it starts on 1 April, so 2026-03-31 is 2025年度.
 * Committees read every figure by fiscal year, never by calendar year. Accepts a calendar
 * date (`2025-04-01`) or a timestamp, which is read in Japan time (a note written at 08:00 JST
 * on 1 April is in the new year even though it is still 31 March in UTC).
 */
export function fiscalYearOf(date: string): number {
  const plain = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (plain) {
    const year = Number(plain[1]);
    return Number(plain[2]) < 4 ? year - 1 : year;
  }
  const ms = Date.parse(date);
  if (Number.isNaN(ms)) throw new RangeError(`Not a date: ${date}`);
  const jst = new Date(ms + JST_OFFSET_MS);
  return jst.getUTCMonth() < 3 ? jst.getUTCFullYear() - 1 : jst.getUTCFullYear();
}

/**
 * The same rule as SQL over a DATE expression, so indicators computed in DuckDB bucket exactly
 * like `fiscalYearOf` does in TypeScript. For a TIMESTAMP column (stored in UTC) pass
 * `{ timestamp: true }` to shift it to Japan time first.
 */
export function fiscalYearSql(expr: string, options: { timestamp?: boolean } = {}): string {
  const d = options.timestamp ? `(${expr} + INTERVAL 9 HOUR)` : expr;
  return `(year(${d}) - CASE WHEN month(${d}) < 4 THEN 1 ELSE 0 END)`;
}
