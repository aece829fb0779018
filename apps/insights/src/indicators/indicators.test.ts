import { DEFAULT_PLAN, INDICATORS, LIST_QUERIES } from '@chiiki/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LockedDb } from '../db/locked';
import { autoMap } from '../load/csv/mapping';
import { parseCsv } from '../load/csv/parseCsv';
import { POPULATION_FIELDS } from '../load/fields';
import { populationsFromCsv } from '../load/targetsCsv';
import { applySource } from '../store/apply';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import { NO_FILTERS } from './filters';
import { type IndicatorRow, runIndicator, runIndicators, setFilters } from './runner';

let db: LockedDb;
const byId = (id: string) => {
  const ind = INDICATORS.find((i) => i.id === id);
  if (!ind) throw new Error(id);
  return ind;
};
async function values(id: string, fy: number, filters = NO_FILTERS) {
  await setFilters(db, filters);
  const rows = await runIndicator(db, byId(id), { ...filters, fiscalYear: fy });
  return Object.fromEntries(
    rows.map((r) => [
      `${r.district}${r.lane ? `/${r.lane}` : ''}`,
      r.value === null ? null : Math.round(r.value * 1000) / 1000,
    ]),
  );
}

beforeAll(async () => {
  db = await openNodeDb();
  await applySource(db, fixtureSource());
});

describe('indicator SQL on hand-computed fixtures', () => {
  it('every definition compiles', async () => {
    for (const ind of INDICATORS)
      expect(await db.check(ind.sql), ind.id).toEqual(['fiscal_year', 'district_code', 'lane', 'value', 'n']);
  });
  it('workshops held and districts covered, by fiscal year starting in April', async () => {
    expect(await values('workshops_held', 2025)).toEqual({ D01: 1, D02: 1, '*': 2 });
    expect(await values('workshops_held', 2024)).toEqual({ D01: 1, '*': 1 });
    expect(await values('districts_covered', 2025)).toEqual({ '*': 2 });
  });
  it('participants per workshop and per 1,000 residents', async () => {
    expect(await values('participants_per_workshop', 2025)).toEqual({ D01: 6, D02: 3, '*': 4.5 });
    // 6 / 18,400 × 1000; 3 / 12,650 × 1000; 9 / 85,120 (all eight districts) × 1000
    expect(await values('participants_per_1000', 2025)).toEqual({ D01: 0.326, D02: 0.237, '*': 0.106 });
  });
  it('notes per lane and shares', async () => {
    expect(await values('notes_by_lane', 2025)).toEqual({
      'D01/citizen': 3,
      'D01/city': 1,
      'D02/council': 2,
      '*/citizen': 3,
      '*/city': 1,
      '*/council': 2,
    });
    const share = await values('notes_lane_share', 2025);
    expect(share['D01/citizen']).toBe(75);
    expect(share['*/council']).toBe(33.333);
    expect(await values('ideas_traced_to_goals', 2025)).toEqual({ D01: 25, D02: 50, '*': 33.333 });
  });
  it('outreach lectures, attendance, training, volunteers', async () => {
    expect(await values('outreach_lectures', 2025)).toEqual({ D01: 2, D02: 1, '*': 3 });
    expect(await values('outreach_attendance', 2025)).toEqual({ D01: 42, D02: 8, '*': 50 });
    expect(await values('people_trained', 2025)).toEqual({ D02: 15, '*': 15 });
    expect(await values('volunteers', 2025)).toEqual({ D01: 7, '*': 7 });
  });
  it('filters by organiser and district through bound parameters', async () => {
    expect(await values('outreach_lectures', 2025, { ...NO_FILTERS, organiser: 'council' })).toEqual({
      D01: 1,
      '*': 1,
    });
    expect(await values('notes_by_lane', 2025, { ...NO_FILTERS, district: 'D02' })).toEqual({
      'D02/council': 2,
      '*/council': 2,
    });
    expect(await values('notes_by_lane', 2025, { ...NO_FILTERS, lane: "city' OR 1=1 --" })).toEqual({});
  });
  it('filters by activity kind; a kind or organiser the model does not know matches nothing', async () => {
    const lectures = { D01: 2, D02: 1, '*': 3 };
    expect(await values('outreach_lectures', 2025, { ...NO_FILTERS, kind: 'outreach_lecture' })).toEqual(
      lectures,
    );
    expect(await values('outreach_lectures', 2025, { ...NO_FILTERS, kind: 'training' })).toEqual({});
    expect(await values('outreach_lectures', 2025, { ...NO_FILTERS, kind: 'party' })).toEqual({});
    expect(await values('outreach_lectures', 2025, { ...NO_FILTERS, organiser: "city' --" })).toEqual({});
    expect(await values('outreach_lectures', 2025)).toEqual(lectures);
  });
  it('year-over-year change and attainment against targets', async () => {
    await setFilters(db, NO_FILTERS);
    const rows = await runIndicator(db, byId('outreach_lectures'), { ...NO_FILTERS, fiscalYear: 2025 });
    const city = rows.find((r) => r.district === '*');
    expect(city).toMatchObject({ value: 3, previous: 1, target: 4, ratio: 0.75, status: 'behind' });
    const att = await runIndicator(db, byId('outreach_attendance'), { ...NO_FILTERS, fiscalYear: 2025 });
    expect(att.find((r) => r.district === 'D01')).toMatchObject({
      value: 42,
      previous: 20,
      target: 40,
      status: 'achieved',
    });
  });
  it('all indicators in one statement answer as each one run alone, and follow a filter change', async () => {
    for (const filters of [
      NO_FILTERS,
      { ...NO_FILTERS, district: 'D01' },
      { ...NO_FILTERS, fiscalYear: 2025 },
    ]) {
      await setFilters(db, filters);
      const together = await runIndicators(db, INDICATORS, filters);
      const alone = [];
      for (const ind of INDICATORS) alone.push(await runIndicator(db, ind, filters));
      expect(together).toEqual(alone);
    }
    await setFilters(db, NO_FILTERS);
    const all = await runIndicators(db, INDICATORS, NO_FILTERS);
    await setFilters(db, { ...NO_FILTERS, district: 'D02' });
    const d02 = await runIndicators(db, INDICATORS, NO_FILTERS);
    const lectures = INDICATORS.findIndex((i) => i.id === 'outreach_lectures');
    const city2025 = (rows: IndicatorRow[][]) =>
      rows[lectures]?.find((r) => r.fiscalYear === 2025 && r.district === '*');
    expect(city2025(all)?.value).toBe(3);
    expect(city2025(d02)?.value).toBe(1);
  });
  it('top-voted ideas per lane', async () => {
    await setFilters(db, { ...NO_FILTERS, fiscalYear: 2025 });
    const rows = await db.query(LIST_QUERIES.topVotedIdeas);
    const first = (lane: string) => rows.find((r) => r.lane === lane && r.rank === 1);
    expect(first('citizen')).toMatchObject({ text: '意見 n-0002', votes: 2, district_code: 'D01' });
    expect(first('city')).toMatchObject({ text: '意見 n-0005', votes: 1 });
    expect(rows.filter((r) => r.lane === 'citizen')).toHaveLength(3);
  });
  it('the idea list follows the year set with the filters, without parameters', async () => {
    const ideas = async (fiscalYear: number | null) => {
      await setFilters(db, { ...NO_FILTERS, fiscalYear });
      return (await db.query(LIST_QUERIES.topVotedIdeas)).map((r) => `${r.lane}#${r.rank} ${r.text}`);
    };
    expect(await ideas(2024)).toEqual(['citizen#1 意見 n-0001']);
    expect(await ideas(2025)).not.toContain('citizen#1 意見 n-0001');
    expect((await ideas(null)).filter((r) => r.startsWith('citizen'))).toHaveLength(4);
    expect(await ideas(2023)).toEqual([]);
  });
  it('a district populations CSV overrides the plan population for that year (runs last)', async () => {
    const table = parseCsv('地区,年度,人口\n中央地区,令和7年度,"2,000"\n');
    const r = populationsFromCsv(
      'pop.csv',
      table,
      autoMap(table.header, POPULATION_FIELDS),
      DEFAULT_PLAN.districts,
    );
    expect(r.problems).toEqual([]);
    await applySource(db, {
      id: 'pop',
      kind: 'populations',
      name: 'pop.csv',
      loadedAt: '2026-01-01T00:00:00.000Z',
      tables: {
        district_populations: r.records.map((p) => ({
          district_code: p.districtCode,
          fiscal_year: p.fiscalYear,
          population: p.population,
        })),
      },
    });
    // 6 participants / 2,000 residents × 1000; the city total uses 2,000 + the other seven districts (66,720)
    expect(await values('participants_per_1000', 2025)).toEqual({ D01: 3, D02: 0.237, '*': 0.131 });
  });
});
