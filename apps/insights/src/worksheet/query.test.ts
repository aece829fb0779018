import { beforeAll, expect, it } from 'vitest';
import type { LockedDb } from '../db/locked';
import { NO_FILTERS } from '../indicators/filters';
import { setFilters } from '../indicators/runner';
import { applySource } from '../store/apply';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import { readThemes } from './query';

let db: LockedDb;
beforeAll(async () => {
  db = await openNodeDb();
  await applySource(db, fixtureSource());
});

it('reads FY2025’s ideas as themes, goals first, with votes and the fewest votes of one idea', async () => {
  await setFilters(db, { ...NO_FILTERS, fiscalYear: 2025 });
  const themes = await readThemes(db);
  // w-0002 (D01, 2025-05-10): n-0002 (goal 1, 2 votes), n-0003 and n-0004 (no votes), n-0005 (city,
  // 1 vote); w-0003 (D02, 2026-02-20, still FY2025): n-0006 (goal 2) and n-0007, no votes.
  expect(themes.map((t) => [t.goal, t.lane, t.theme, t.votes, t.leastVotes, t.districts.join()])).toEqual([
    ['1', 'citizen', '意見 n-0002', 2, 2, 'D01'],
    ['2', 'council', '意見 n-0006', 0, null, 'D02'],
    ['', 'citizen', '意見 n-0003', 0, null, 'D01'],
    ['', 'citizen', '意見 n-0004', 0, null, 'D01'],
    ['', 'city', '意見 n-0005', 1, 1, 'D01'],
    ['', 'council', '意見 n-0007', 0, null, 'D02'],
  ]);
});
