import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../records/indicator';
import { openTestDb, type TestConnection } from '../testkit/duckdb';
import { indicatorSuiteSql, TARGETS_SQL, targetOf } from './suite';

let conn: TestConnection;
let close: () => void;
beforeAll(async () => {
  ({ conn, close } = await openTestDb());
  conn.query(`INSERT INTO targets VALUES ('held', 'D01', 2025, 5), ('other', 'D01', 2025, 99)`);
});
afterAll(() => close());

const indicator = (id: string, sql: string): Indicator => ({
  typeName: 'indicator',
  id,
  ja: id,
  en: id,
  unit: '',
  sql,
  higherIsBetter: true,
});
// Two made-up indicators: one per district, one per lane with a gap year (2023 has no 2024).
const HELD = indicator(
  'held',
  `SELECT * FROM (VALUES (2024, 'D01', NULL, 3.0, NULL), (2025, 'D01', NULL, 4.0, NULL), (2025, '*', NULL, 4.0, NULL))
     AS t(fiscal_year, district_code, lane, value, n)`,
);
const NOTES = indicator(
  'notes',
  `SELECT * FROM (VALUES (2023, 'D01', 'city', 1.0, 1.0), (2025, 'D01', 'city', 2.0, 2.0), (2025, 'D01', 'citizen', 7.0, 7.0))
     AS t(fiscal_year, district_code, lane, value, n)`,
);

/** Runs the suite and adds each lane-less row's target, as the insights runner does. */
function run(indicators: Indicator[]) {
  const targets = targetOf(
    conn
      .query(TARGETS_SQL)
      .toArray()
      .map((r) => r.toJSON()),
  );
  return conn
    .query(indicatorSuiteSql(indicators))
    .toArray()
    .map((r) => {
      const { i, fy, d, lane, value, previous } = r.toJSON();
      const id = (indicators[i] as Indicator).id;
      return [i, fy, d, lane, value, previous, lane === null ? targets(id, d, fy) : null];
    });
}

describe('indicatorSuiteSql', () => {
  it('runs several indicators in one statement with last year and the target per indicator', () => {
    expect(run([NOTES, HELD])).toEqual([
      [0, 2023, 'D01', 'city', 1, null, null],
      [0, 2025, 'D01', 'citizen', 7, null, null],
      [0, 2025, 'D01', 'city', 2, null, null],
      [1, 2024, 'D01', null, 3, null, null],
      [1, 2025, 'D01', null, 4, 3, 5],
      [1, 2025, '*', null, 4, null, null],
    ]);
  });
  it('refuses an empty list', () => {
    expect(() => indicatorSuiteSql([])).toThrow(/no indicators/);
  });
});
