import { expect, it } from 'vitest';
import type { Theme } from './query';
import { themeVotes } from './votes';

const theme = (votes: number, ideas: number, leastVotes: number | null): Theme => ({
  goal: '1',
  lane: 'city',
  theme: '見守り',
  ideas,
  workshops: 1,
  districts: ['D01'],
  votes,
  leastVotes,
});

it('hides small theme totals, and totals that would give away an idea’s small count', () => {
  expect(themeVotes(theme(3, 1, 3), 5)).toBe('＊');
  expect(themeVotes(theme(0, 2, null), 5)).toBe(0);
  expect(themeVotes(theme(12, 1, 12), 5)).toBe(12);
  // 12 = 9 + 3: the most-voted list shows the 9 and ＊ for the 3, so 12 must not be shown.
  expect(themeVotes(theme(12, 2, 3), 5)).toBe('＊');
  expect(themeVotes(theme(15, 2, 6), 5)).toBe(15);
  expect(themeVotes(theme(12, 2, 3), 0)).toBe(12);
});
