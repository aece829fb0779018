import { expect, it } from 'vitest';
import type { LoadStep } from '../load/progress';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import { applySource, rebuild } from './apply';
import { type Source, sourceRowCount } from './source';

it('a load that fails part-way changes nothing: earlier data stays intact', async () => {
  const db = await openNodeDb();
  await applySource(db, fixtureSource());
  const before = await db.query('SELECT count(*)::INTEGER AS n FROM activities');
  const good = {
    date: '2025-05-01',
    district_code: 'D01',
    kind: 'salon',
    organiser: 'city',
    participants: 9,
    volunteers: 0,
    memo: null,
  };
  const bad: Source = {
    id: 'bad',
    kind: 'activities',
    name: 'bad.csv',
    loadedAt: '2026-01-01T00:00:00.000Z',
    tables: { activities: [...Array.from({ length: 300 }, () => good), { ...good, date: 'not a date' }] },
  };
  await expect(applySource(db, bad)).rejects.toThrow();
  expect(await db.query('SELECT count(*)::INTEGER AS n FROM activities')).toEqual(before);
  // and the connection is usable afterwards
  await applySource(db, { ...bad, tables: { activities: [good] } });
  expect((await db.query('SELECT count(*)::INTEGER AS n FROM activities'))[0]?.n).toBe(
    Number(before[0]?.n) + 1,
  );
});

it('reports rows inserted of the total, chunk by chunk, up to the whole source', async () => {
  const db = await openNodeDb();
  const source = fixtureSource();
  const steps: LoadStep[] = [];
  await rebuild(db, [source], (s) => steps.push(s));
  const total = sourceRowCount(source);
  expect(steps.length).toBeGreaterThan(1);
  expect(steps.every((s) => s.phase === 'insert' && s.total === total)).toBe(true);
  expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b));
  expect(steps.at(-1)?.done).toBe(total);
});
