import { SET_FILTERS_SQL } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../indicators/filters';
import { setFilters } from '../indicators/runner';
import { applySource } from '../store/apply';
import { fixtureSource } from '../testing/fixture';
import { openNodeDb } from '../testing/nodeDb';
import { type Statement, statementCache } from './statements';
import type { Param } from './types';

/** A cache over fake statements that records what was prepared and closed. */
function fakeCache(fail = '') {
  const prepared: string[] = [];
  const closed: string[] = [];
  const cache = statementCache(async (sql): Promise<Statement> => {
    prepared.push(sql);
    return {
      run: async (params: readonly Param[]) => {
        if (sql === fail) throw new Error('boom');
        return [{ sql, params: params.join(',') }];
      },
      close: async () => {
        closed.push(sql);
      },
    };
  });
  return { cache, prepared, closed };
}

describe('statementCache', () => {
  it('prepares a statement once per filters in force, whatever its parameters', async () => {
    const { cache, prepared } = fakeCache();
    await cache.query(SET_FILTERS_SQL, [null, null, null, null]);
    await cache.query('Q', [2024]);
    await cache.query('Q', [2025]);
    await cache.query(SET_FILTERS_SQL, ['D01', null, null, null]);
    await cache.query('Q', [2025]);
    await cache.query(SET_FILTERS_SQL, [null, null, null, null]);
    await cache.query('Q', [2024]);
    expect(prepared).toEqual([SET_FILTERS_SQL, 'Q', 'Q']);
  });
  it('closes every statement on clear and prepares again afterwards', async () => {
    const { cache, prepared, closed } = fakeCache();
    await cache.query('A', [1]);
    await cache.query('B', [1]);
    await cache.clear();
    expect(closed.sort()).toEqual(['A', 'B']);
    await cache.query('A', [1]);
    expect(prepared).toEqual(['A', 'B', 'A']);
  });
  it('keeps at most 64 statements, closing the least recently used', async () => {
    const { cache, closed } = fakeCache();
    for (let i = 0; i < 64; i++) await cache.query(`S${i}`, [i]);
    await cache.query('S0', [0]);
    expect(closed).toEqual([]);
    await cache.query('S64', [0]);
    expect(closed).toEqual(['S1']);
  });
  it('closes and forgets a statement whose run fails', async () => {
    const { cache, prepared, closed } = fakeCache('BAD');
    await expect(cache.query('BAD', [1])).rejects.toThrow('boom');
    await expect(cache.query('BAD', [1])).rejects.toThrow('boom');
    expect(prepared).toEqual(['BAD', 'BAD']);
    expect(closed).toEqual(['BAD', 'BAD']);
  });
});

describe('kept statements in duckdb-wasm', () => {
  it('answer for the filters and data in force, not those they were first planned with', async () => {
    const db = await openNodeDb();
    await applySource(db, fixtureSource());
    // Without parameters the kept plan is reused as it is; with them duckdb-wasm binds again.
    const count = async (fy: number | null) =>
      fy === null
        ? (await db.query('SELECT count(*)::INTEGER AS n FROM f_activities'))[0]?.n
        : (await db.query('SELECT count(*)::INTEGER AS n FROM f_activities WHERE fiscal_year = ?', [fy]))[0]
            ?.n;
    await setFilters(db, NO_FILTERS);
    const all = await count(null);
    const in2025 = await count(2025);
    expect(in2025).toBeLessThan(Number(all));
    await setFilters(db, { ...NO_FILTERS, district: 'D02' });
    const d02 = await count(null);
    expect(d02).toBeLessThan(Number(all));
    expect(await count(2025)).toBeLessThan(Number(in2025));
    await setFilters(db, NO_FILTERS);
    expect(await count(null)).toBe(all);
    // A load in between: the kept statements are dropped and the new row counts.
    await applySource(db, {
      id: 'more',
      kind: 'activities',
      name: 'more.csv',
      loadedAt: '2026-01-01T00:00:00.000Z',
      tables: {
        activities: [
          {
            date: '2025-05-01',
            district_code: 'D02',
            kind: 'salon',
            organiser: 'city',
            participants: 9,
            volunteers: 0,
            memo: null,
          },
        ],
      },
    });
    expect(await count(null)).toBe(Number(all) + 1);
    await setFilters(db, { ...NO_FILTERS, district: 'D02' });
    expect(await count(null)).toBe(Number(d02) + 1);
  });
});
