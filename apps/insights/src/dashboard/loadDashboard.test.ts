import { ACTIVITY_KINDS, INDICATORS, type Indicator } from '@chiiki/model';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletOptions } from '../charts/bullets';
import type { LockedDb } from '../db/locked';
import { toExcelCsv } from '../export/csv';
import type { Cell } from '../export/DataTable';
import { parquetColumns } from '../export/parquet';
import { bulletTable } from '../indicators/BulletTable';
import { NO_FILTERS } from '../indicators/filters';
import { runIndicator, setFilters } from '../indicators/runner';
import { applySource } from '../store/apply';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import { loadDashboard } from './loadDashboard';
import { trendPoints } from './matrix';

const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
const keys = {
  districts: ['D01', 'D02'],
  lanes: ['citizen', 'city', 'council'],
  kinds: [...ACTIVITY_KINDS],
};
const label = (ind: Indicator, district: string) => `${ind.id}@${district}`;
const t = (key: string) => key;

let db: LockedDb;
beforeAll(async () => {
  db = await openNodeDb();
  await applySource(db, fixtureSource());
});

describe('target bullets follow suppression', () => {
  it('a value resting on fewer than k people never reaches the bullets, their table, CSV, Parquet or chart', async () => {
    // D01's outreach attendance in FY2025 is 30 + 12 = 42 people against a target of 40.
    const fy = { ...NO_FILTERS, fiscalYear: 2025 };
    await setFilters(db, fy);
    const ind = INDICATORS.find((i) => i.id === 'outreach_attendance') as Indicator;
    const raw = (await runIndicator(db, ind, fy)).find((r) => r.district === 'D01' && r.target !== null);
    expect(raw?.value).toBe(42);
    expect(raw?.n).toBe(42);

    const open = await loadDashboard(db, fy, 5, keys, label);
    const shown = open.bullets.find((b) => b.label === 'outreach_attendance@D01');
    expect(shown).toMatchObject({ actual: 42, hidden: false });

    // With k = 50 the 42 people are a small cell: the bullet keeps its row but not its number.
    const data = await loadDashboard(db, fy, 50, keys, label);
    const bullet = data.bullets.find((b) => b.label === 'outreach_attendance@D01');
    expect(bullet).toMatchObject({ actual: null, hidden: true, target: 40 });
    expect(JSON.stringify(bullet)).not.toContain('42');

    const table = bulletTable(data.bullets, t);
    const row = table.rows.find((r) => r[0] === 'outreach_attendance@D01') ?? [];
    const shownText = (c: Cell | undefined) => (c !== null && typeof c === 'object' ? c.text : c);
    const exportedValue = (c: Cell | undefined) => (c !== null && typeof c === 'object' ? c.value : c);
    expect(shownText(row[1])).toBe('＊');
    expect(shownText(row[3])).toBe('＊');
    const exported = table.rows.map((r) => r.map(exportedValue) as (string | number | null)[]);
    const csv = toExcelCsv({ header: table.header, rows: exported });
    const csvLine = csv.split('\r\n').find((l) => l.startsWith('outreach_attendance@D01'));
    expect(csvLine).toBe('outreach_attendance@D01,＊,40,＊,status.achieved');
    expect(csv).not.toMatch(/\b(42|105)\b/);
    const parquet = parquetColumns({ header: table.header, rows: exported });
    const at = exported.findIndex((r) => r[0] === 'outreach_attendance@D01');
    expect(parquet.find((c) => c.name === 'ind.value')?.data[at]).toBeNull();
    expect(parquet.find((c) => c.name === 'ind.value_suppressed')?.data[at]).toBe(true);
    expect(parquet.find((c) => c.name === 'ind.ratio')?.data[at]).toBeNull();

    // The activity trends are participant counts too: nothing between 1 and k−1 is left in them.
    for (const p of [...trendPoints(data.years), ...trendPoints(data.months)]) {
      if (p.hidden) expect(p.value).toBeNull();
      else expect(p.value === 0 || (p.value ?? 0) >= 50, `${p.period} ${p.series}`).toBe(true);
    }
    expect(data.months.table.hidden.flat().some(Boolean)).toBe(true);
    // The month table's kind totals are the year table's FY2025 row and the district × kind
    // table's totals: each is hidden in all three tables or in none.
    const fy2025 = data.years.rowKeys.indexOf('2025年度');
    data.months.colKeys.forEach((kind, j) => {
      const inYears = data.years.table.hidden[fy2025]?.[data.years.colKeys.indexOf(kind)];
      const inDistricts = data.activities.table.colHidden[data.activities.colKeys.indexOf(kind)];
      expect([data.months.table.colHidden[j], inDistricts], kind).toEqual([inYears, inYears]);
    });

    const options = bulletOptions(data.bullets, { x: '%' });
    const marks = JSON.stringify(options.marks?.map((m) => (m as { data?: unknown }).data));
    expect(marks).not.toMatch(/\b(42|105)\b/);
    const svg = (Plot.plot({ ...options, document }) as unknown as Element).outerHTML;
    expect(svg).not.toContain('105%');
  });
});

describe('one suppression over every published table', () => {
  it('an idea count is hidden in the indicator table exactly where the district × lane table hides it', async () => {
    let seenHidden = 0;
    for (const k of [5, 10, 30]) {
      const fy = { ...NO_FILTERS, fiscalYear: 2025 };
      const data = await loadDashboard(db, fy, k, keys, label);
      const notes = data.indicators.find((i) => i.indicator.id === 'notes_by_lane');
      expect(notes?.rows.length).toBeGreaterThan(0);
      for (const r of notes?.rows ?? []) {
        const j = data.notes.colKeys.indexOf(r.lane ?? '');
        const i = data.notes.rowKeys.indexOf(r.district);
        const inTable = r.district === '*' ? data.notes.table.colHidden[j] : data.notes.table.hidden[i]?.[j];
        expect(notes?.hidden.has(r), `k=${k} ${r.district} ${r.lane}`).toBe(Boolean(inTable));
        if (inTable) seenHidden++;
      }
    }
    expect(seenHidden).toBeGreaterThan(0);
  });
});

describe('the count tables follow the chosen year', () => {
  it('ideas per district × lane count the chosen fiscal year only, and every year with none chosen', async () => {
    const citizenD01 = async (fiscalYear: number | null) => {
      const { notes } = await loadDashboard(db, { ...NO_FILTERS, fiscalYear }, 0, keys, label);
      return notes.table.cells[notes.rowKeys.indexOf('D01')]?.[notes.colKeys.indexOf('citizen')];
    };
    // D01's citizen ideas: n-0001 at a FY2024 workshop, n-0002..n-0004 at a FY2025 one.
    expect(await citizenD01(2024)).toBe(1);
    expect(await citizenD01(2025)).toBe(3);
    expect(await citizenD01(null)).toBe(4);
  });
});
