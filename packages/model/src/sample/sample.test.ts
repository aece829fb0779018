import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../duckdb/fiscalYear';
import { docFromExport, exportFromDoc } from '../export/fromDoc';
import { migrateExport } from '../export/migrate';
import { WorkshopExportSchema } from '../export/schema';
import { ActivitySchema } from '../records/activity';
import { AFFILIATIONS } from '../records/attendance';
import { TargetSchema } from '../records/target';
import { generateActivities } from './activities';
import { generateSample } from './generate';
import { createRng, mulberry32 } from './prng';

describe('prng', () => {
  it('mulberry32 is seeded: same seed, same sequence; different seed, different sequence', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('int stays within its bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('generateSample', () => {
  const options = { seed: 20250401, workshops: 10, notesPerWorkshop: 20, activityRows: 2000, fiscalYears: 3 };
  const sample = generateSample(options);

  it('is deterministic: same seed and options give the same sample', () => {
    expect(generateSample(options)).toEqual(sample);
    expect(generateSample({ ...options, seed: 1 }).exports[0]?.notes).not.toEqual(sample.exports[0]?.notes);
  });

  it('does not change workshops when more activity rows are asked for', () => {
    expect(generateSample({ ...options, activityRows: 10 }).exports).toEqual(sample.exports);
  });

  it('every generated record passes its schema', () => {
    expect(sample.exports).toHaveLength(10);
    for (const e of sample.exports) {
      const r = v.safeParse(WorkshopExportSchema, e);
      expect(r.success, r.success ? '' : JSON.stringify(r.issues[0]?.path?.map((p) => p.key))).toBe(true);
    }
    expect(sample.activities).toHaveLength(2000);
    for (const a of sample.activities) expect(v.is(ActivitySchema, a)).toBe(true);
    expect(sample.targets.length).toBeGreaterThan(0);
    for (const t of sample.targets) expect(v.is(TargetSchema, t)).toBe(true);
  });

  it('puts notes on all four lanes, with groups, votes and the fixed affiliations', () => {
    for (const e of sample.exports) {
      expect(e.notes).toHaveLength(20);
      expect(new Set(e.notes.map((n) => n.lane))).toEqual(
        new Set(['citizen', 'community', 'city', 'council']),
      );
      expect(e.attendance.length).toBeGreaterThan(5);
      for (const a of e.attendance) if (a.affiliation) expect(AFFILIATIONS).toContain(a.affiliation);
      expect(e.phaseLog.map((p) => p.phase)).toEqual([
        'preparation',
        'writing',
        'sharing',
        'grouping',
        'voting',
        'wrapup',
        'closed',
      ]);
    }
    const all = sample.exports.flatMap((e) => e.notes);
    expect(all.some((n) => n.text === '見守り声かけを毎朝の散歩で')).toBe(true);
    expect(all.filter((n) => n.groupId).length).toBeGreaterThan(0);
    expect(sample.exports.flatMap((e) => e.votes).length).toBeGreaterThan(0);
    expect(new Set(sample.exports.map((e) => fiscalYearOf(e.workshop.date)))).toEqual(
      new Set([2024, 2025, 2026]),
    );
    expect(sample.exports.filter((e) => e.includesNicknames).length).toBeGreaterThan(0);
  });

  it('uses ids that are unique across the whole sample, as the DuckDB primary keys require', () => {
    const ids = sample.exports.flatMap((e) => [...e.notes, ...e.groups, ...e.votes].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each export survives JSON, migration and a Y.Doc round trip unchanged', () => {
    for (const e of sample.exports.slice(0, 3)) {
      const read = migrateExport(JSON.stringify(e));
      expect(read.ok && read.value).toEqual(e);
      const again = exportFromDoc(docFromExport(e), {
        workshop: e.workshop,
        attendance: e.attendance,
        exportedAt: e.exportedAt,
        ...(e.participants ? { participants: e.participants } : {}),
      });
      expect(again).toEqual(e);
    }
  });

  it('spreads activities over all districts and fiscal years, in date order', () => {
    const { activities } = sample;
    expect(new Set(activities.map((a) => a.districtCode)).size).toBe(sample.plan.districts.length);
    expect(new Set(activities.map((a) => fiscalYearOf(a.date)))).toEqual(new Set([2024, 2025, 2026]));
    const dates = activities.map((a) => a.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(activities.map((a) => a.kind)).size).toBe(7);
  });
});

describe('generateActivities', () => {
  it('streams a million rows without holding them', () => {
    let count = 0;
    let participants = 0;
    let last = '';
    for (const a of generateActivities(9, 1_000_000, { fiscalYears: [2025] })) {
      count++;
      participants += a.participants;
      if (a.date < last) throw new Error('out of order');
      last = a.date;
    }
    expect(count).toBe(1_000_000);
    expect(last <= '2026-03-31').toBe(true);
    expect(participants / count).toBeGreaterThan(5);
  });

  it('yields lazily: the first rows come before the rest are drawn', () => {
    const it = generateActivities(1, 10);
    const first = [it.next().value, it.next().value];
    expect(first.every((a) => a && v.is(ActivitySchema, a))).toBe(true);
    expect([...generateActivities(1, 10)].slice(0, 2)).toEqual(first);
  });
});
