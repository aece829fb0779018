import { expect, it } from 'vitest';
import { applyPreset, defaultReportYear } from './presets';

it('the council preset shows the council lane and its own activities, keeping the year', () => {
  expect(
    applyPreset('council', { fiscalYear: 2025, district: 'D01', lane: null, kind: 'salon', organiser: null }),
  ).toEqual({
    fiscalYear: 2025,
    district: null,
    lane: 'council',
    kind: null,
    organiser: 'council',
  });
});

it('reports default to the latest ended fiscal year', () => {
  expect(defaultReportYear([2026, 2025, 2024], new Date('2026-11-26'))).toBe(2025);
  expect(defaultReportYear([2026], new Date('2026-11-26'))).toBe(2026);
  expect(defaultReportYear([], new Date('2026-11-26'))).toBeNull();
});
