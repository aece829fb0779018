import { expect, it } from 'vitest';
import { applySource } from '../store/apply';
import type { Source } from '../store/source';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import type { Db } from './types';

const TRICKY_TEXT = [
  '地域の居場所づくり「ふれあいサロン」',
  `'); DROP TABLE activities; --`,
  'a "quoted" memo, with a comma',
  '=HYPERLINK("http://example.com")',
  '+1-2',
  '@SUM(A1)',
  '',
  null,
  '改行\nを含む\tメモ',
];

const activity = (i: number, memo: string | null) => ({
  date: `2025-0${(i % 9) + 1}-1${i % 10}`,
  district_code: 'D01',
  kind: i % 2 === 0 ? 'training' : 'salon',
  organiser: 'city',
  participants: i,
  volunteers: i % 3,
  memo,
});

const source = (tables: Source['tables']): Source => ({
  id: 'arrow',
  kind: 'activities',
  name: 'arrow.csv',
  loadedAt: '2026-01-01T00:00:00.000Z',
  tables,
});

const stagingTables = async (db: Db) =>
  db.query("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'staging%'");

it('an Arrow insert stores Japanese text, nulls, quotes and formula-like text exactly, in storage order', async () => {
  const db = await openNodeDb();
  const rows = TRICKY_TEXT.map((memo, i) => activity(i, memo));
  await applySource(db, source({ activities: rows }));
  const stored = await db.query(
    `SELECT strftime(date, '%Y-%m-%d') AS date, district_code, kind::VARCHAR AS kind,
       organiser::VARCHAR AS organiser, participants, volunteers, memo, fiscal_year
     FROM activities ORDER BY rowid`,
  );
  const expected = rows
    .map((r) => ({ ...r, fiscal_year: Number(String(r.date).slice(5, 7)) >= 4 ? 2025 : 2024 }))
    .sort((a, b) => `${a.kind} ${a.date}`.localeCompare(`${b.kind} ${b.date}`));
  expect(stored).toEqual(expected);
  expect(await stagingTables(db)).toEqual([]);
});

it('booleans, doubles and nulls round-trip through the hand-built Arrow columns', async () => {
  const db = await openNodeDb();
  const notes = (fixtureSource().tables.notes ?? []).slice(0, 1);
  const base = notes[0] ?? {};
  const rows = Array.from({ length: 11 }, (_, i) => ({
    ...base,
    id: `n-${i}`,
    text: TRICKY_TEXT[i % TRICKY_TEXT.length] ?? 'x',
    on_behalf: [true, false, null][i % 3] ?? null,
    position_order: i / 3 - 1,
  }));
  await applySource(db, source({ notes: rows }));
  const stored = await db.query('SELECT id, text, on_behalf, position_order FROM notes ORDER BY id');
  expect(stored).toEqual(
    rows
      .map((r) => ({ id: r.id, text: r.text, on_behalf: r.on_behalf, position_order: r.position_order }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
});

it('a bad row (an unknown kind) fails the whole load: every table is as it was', async () => {
  const db = await openNodeDb();
  await applySource(db, fixtureSource());
  const count =
    'SELECT (SELECT count(*) FROM notes)::INTEGER AS notes, (SELECT count(*) FROM activities)::INTEGER AS activities';
  const before = await db.query(count);
  const good = TRICKY_TEXT.map((memo, i) => activity(i, memo));
  const notes = fixtureSource().tables.notes?.map((n) => ({ ...n, id: `${n.id}-new` })) ?? [];
  const bad = source({ notes, activities: [...good, { ...activity(99, null), kind: 'karaoke' }] });
  await expect(applySource(db, bad)).rejects.toThrow(/karaoke/);
  expect(await db.query(count)).toEqual(before);
  expect(await stagingTables(db)).toEqual([]);
});

it('a value of the wrong type is refused with its table, row and column named', async () => {
  const db = await openNodeDb();
  const rows = [activity(1, null), { ...activity(2, null), participants: 'many' }];
  await expect(applySource(db, source({ activities: rows }))).rejects.toThrow(
    'activities row 2: participants must be a number, not "many"',
  );
  expect(await db.query('SELECT count(*)::INTEGER AS n FROM activities')).toEqual([{ n: 0 }]);
});
