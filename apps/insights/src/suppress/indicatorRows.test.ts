import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../indicators/runner';
import { hiddenIndicatorRows } from './indicatorRows';

const row = (
  district: string,
  value: number,
  n: number | null,
  lane: string | null = null,
): IndicatorRow => ({
  fiscalYear: 2025,
  district,
  lane,
  value,
  n,
  previous: null,
  target: null,
  ratio: null,
  status: 'no_target',
});

describe('hiddenIndicatorRows', () => {
  it('a small district count is hidden with a complement, since the city total is published', () => {
    const rows = [row('D01', 3, 3), row('D02', 40, 40), row('D03', 12, 12), row('*', 55, 55)];
    const hidden = hiddenIndicatorRows(rows, 5);
    expect(rows.map((r) => hidden.has(r))).toEqual([true, false, true, false]);
  });
  it('a share built on a small count is hidden with its count', () => {
    const rows = [
      row('D01', 75, 3, 'citizen'),
      row('D01', 25, 1, 'city'),
      row('*', 60, 30, 'citizen'),
      row('*', 40, 20, 'city'),
    ];
    const hidden = hiddenIndicatorRows(rows, 5);
    expect(hidden.has(rows[0] as IndicatorRow)).toBe(true);
    expect(hidden.has(rows[1] as IndicatorRow)).toBe(true);
  });
  it('events (no n) are never hidden; k ≤ 1 turns suppression off', () => {
    const rows = [row('D01', 1, null), row('*', 1, null)];
    expect(hiddenIndicatorRows(rows, 5).size).toBe(0);
    expect(hiddenIndicatorRows([row('D01', 3, 3), row('*', 3, 3)], 0).size).toBe(0);
  });
});
