import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../indicators/definitions';
import { INDICATOR_MACROS } from '../indicators/macros';
import { generateSample } from '../sample/generate';
import { openTestDb, type TestConnection } from '../testkit/duckdb';
import { TABLE_NAMES } from './columns';
import { columnNames, insertSql } from './ddl';
import { emptyTableRows, exportRows, type TableRows } from './exportRows';
import { fiscalYearOf, fiscalYearSql } from './fiscalYear';
import { fromRow, type Row, toRow } from './rows';

let conn: TestConnection;
let close: () => void;
const sample = generateSample({
  seed: 7,
  workshops: 12,
  notesPerWorkshop: 15,
  activityRows: 800,
  fiscalYears: 3,
});

function insertAll(rows: TableRows): void {
  for (const table of TABLE_NAMES) {
    if (rows[table].length === 0) continue;
    const statement = conn.prepare(insertSql(table, { orReplace: table !== 'activities' }));
    for (const row of rows[table]) statement.query(...columnNames(table).map((c) => row[c] ?? null));
    statement.close();
  }
}

beforeAll(async () => {
  ({ conn, close } = await openTestDb());
  for (const e of sample.exports) insertAll(exportRows(e));
  const rest = emptyTableRows();
  rest.activities = sample.activities.map((a) => toRow('activities', a));
  rest.targets = sample.targets.map((t) => toRow('targets', t));
  insertAll(rest);
});
afterAll(() => close());

const count = (sql: string): number => Number(conn.query(sql).toArray()[0]?.n);

describe('a generated sample in DuckDB', () => {
  it('holds every record once (re-loading an export replaces, not duplicates)', () => {
    insertAll(exportRows(sample.exports[0] as (typeof sample.exports)[0]));
    expect(count('SELECT count(*) AS n FROM notes')).toBe(12 * 15);
    expect(count('SELECT count(*) AS n FROM workshops')).toBe(12);
    expect(count('SELECT count(*) AS n FROM plans')).toBe(1);
    expect(count('SELECT count(*) AS n FROM activities')).toBe(800);
    expect(count('SELECT count(*) AS n FROM votes')).toBe(
      sample.exports.reduce((s, e) => s + e.votes.length, 0),
    );
  });

  it('reads every note back equal to the export', () => {
    const back = conn
      .query('SELECT * FROM notes ORDER BY id')
      .toArray()
      .map((r) => fromRow('notes', r.toJSON() as Row));
    const sent = sample.exports.flatMap((e) => e.notes).sort((a, b) => a.id.localeCompare(b.id));
    expect(back).toEqual(sent);
  });

  it('counts activities per fiscal year in SQL exactly as fiscalYearOf does', () => {
    const sql = `SELECT ${fiscalYearSql('date')} AS fy, count(*) AS n FROM activities GROUP BY fy ORDER BY fy`;
    const bySql = Object.fromEntries(
      conn
        .query(sql)
        .toArray()
        .map((r) => [Number(r.fy), Number(r.n)]),
    );
    const byJs: Record<number, number> = {};
    for (const a of sample.activities) byJs[fiscalYearOf(a.date)] = (byJs[fiscalYearOf(a.date)] ?? 0) + 1;
    expect(bySql).toEqual(byJs);
  });

  it("runs the indicator macros and every indicator's SQL against these tables", () => {
    for (const m of INDICATOR_MACROS) conn.query(m);
    for (const indicator of INDICATORS) {
      const rows = conn.query(indicator.sql).toArray();
      expect(rows.length, indicator.id).toBeGreaterThan(0);
    }
  });
});
