import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../plan/defaultPlan';
import { openTestDb, type TestConnection } from '../testkit/duckdb';
import { ACTIVITY, ATTENDANCE, BARE_NOTE, GROUP, NOTE, TARGET, VOTE, WORKSHOP } from '../testkit/fixtures';
import { TABLE_NAMES, type TableName, type TableRecord } from './columns';
import { COMPACT_SQL, columnNames, DDL, insertFromSql, insertSql } from './ddl';
import { inStorageOrder } from './derived';
import { fiscalYearOf, fiscalYearSql } from './fiscalYear';
import { fromRow, planFromRows, planToRows, type Row, rowParams, toRow } from './rows';

let conn: TestConnection;
let close: () => void;
beforeAll(async () => {
  ({ conn, close } = await openTestDb());
});
afterAll(() => close());

function insert<T extends TableName>(table: T, record: TableRecord<T>): void {
  const statement = conn.prepare(insertSql(table));
  statement.query(...rowParams(table, record));
  statement.close();
}

function selectAll(table: TableName, order = 'ALL'): Record<string, unknown>[] {
  return conn
    .query(`SELECT * FROM "${table}" ORDER BY ${order}`)
    .toArray()
    .map((r) => r.toJSON());
}

describe('DDL', () => {
  it('creates the twelve tables with snake_case columns', () => {
    const tables = conn
      .query('SELECT table_name FROM information_schema.tables ORDER BY table_name')
      .toArray()
      .map((r) => r.toJSON().table_name);
    expect(tables).toEqual([...TABLE_NAMES].sort());
    expect(DDL).toHaveLength(2 + 2 + 12);
    expect(columnNames('notes')).toContain('workshop_id');
    const types = Object.fromEntries(
      conn
        .query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'notes'`)
        .toArray()
        .map((r) => [r.toJSON().column_name, r.toJSON().data_type]),
    );
    expect(types).toMatchObject({ created_at: 'TIMESTAMP', position_order: 'DOUBLE', on_behalf: 'BOOLEAN' });
  });
});

describe('stored columns the records do not carry', () => {
  it('fills fiscal_year from the date as a row is inserted, one or many rows at a time', () => {
    conn.query('DELETE FROM activities');
    const days = ['2025-03-31', '2025-04-01', '2026-03-31'];
    const statement = conn.prepare(insertSql('activities', { rows: days.length }));
    statement.query(...days.flatMap((date) => rowParams('activities', { ...ACTIVITY, date })));
    statement.close();
    const stored = selectAll('activities', 'date').map((r) => r.fiscal_year);
    expect(stored).toEqual(days.map(fiscalYearOf));
    expect(selectAll('activities').map((r) => fromRow('activities', r as Row).date)).toEqual(days);
  });

  it("refuses an activity kind outside the model's list, and stores kinds as an ENUM", () => {
    const bad: Row = { ...toRow('activities', ACTIVITY), kind: 'party' };
    const statement = conn.prepare(insertSql('activities'));
    expect(() => statement.query(...columnNames('activities').map((c) => bad[c] ?? null))).toThrow(/party/);
    statement.close();
    const [kind] = conn
      .query(
        `SELECT data_type FROM information_schema.columns WHERE table_name = 'activities' AND column_name = 'kind'`,
      )
      .toArray()
      .map((r) => String(r.toJSON().data_type));
    expect(kind).toMatch(/^ENUM\('workshop', 'outreach_lecture'/);
  });
});

describe('how activities are stored', () => {
  const kinds = ['salon', 'training', 'salon', 'outreach_lecture'] as const;
  const rows = kinds.map((kind, i) => toRow('activities', { ...ACTIVITY, kind, date: `2025-0${i + 4}-01` }));

  it('sorts rows by kind, then date, before a chunked load', () => {
    const sorted = inStorageOrder('activities', [...rows].reverse());
    expect(sorted.map((r) => `${r.kind} ${r.date}`)).toEqual([
      'outreach_lecture 2025-07-01',
      'salon 2025-04-01',
      'salon 2025-06-01',
      'training 2025-05-01',
    ]);
    const unordered = [...rows].reverse();
    expect(inStorageOrder('notes', unordered)).toEqual(unordered);
  });

  it('a bulk load stores them in that order, and a compaction compresses them', () => {
    conn.query('DELETE FROM activities');
    const source = `(SELECT DATE '2025-04-01' + (i % 300)::INTEGER AS date, 'D01' AS district_code,
      ['salon', 'training', 'outreach_lecture'][i % 3 + 1] AS kind, 'city' AS organiser,
      5 AS participants, 0 AS volunteers, NULL AS memo FROM range(3000) AS t(i))`;
    conn.query(insertFromSql('activities', source));
    const runs = conn
      .query(
        'SELECT kind, count(*) AS n FROM (SELECT kind, rowid - row_number() OVER (PARTITION BY kind ORDER BY rowid) AS run FROM activities) GROUP BY kind, run ORDER BY min(run)',
      )
      .toArray()
      .map((r) => `${r.toJSON().kind} ${r.toJSON().n}`);
    expect(runs).toEqual(['outreach_lecture 1000', 'salon 1000', 'training 1000']);
    conn.query(COMPACT_SQL);
    const compression = conn
      .query(
        `SELECT DISTINCT compression FROM pragma_storage_info('activities') WHERE column_name = 'kind' AND segment_type <> 'VALIDITY'`,
      )
      .toArray()
      .map((r) => String(r.toJSON().compression));
    expect(compression).not.toContain('Uncompressed');
  });
});

describe('toRow / fromRow through DuckDB', () => {
  const cases: [TableName, TableRecord<TableName>][] = [
    ['workshops', WORKSHOP],
    ['notes', NOTE],
    ['notes', BARE_NOTE],
    ['groups', GROUP],
    ['votes', VOTE],
    ['attendance', ATTENDANCE],
    ['activities', ACTIVITY],
    ['targets', TARGET],
    [
      'district_populations',
      { typeName: 'district_population', districtCode: 'D02', fiscalYear: 2025, population: 12650 },
    ],
  ];
  for (const [table, record] of cases) {
    it(`${table}: a record comes back equal after INSERT and SELECT`, () => {
      conn.query(`DELETE FROM "${table}"`);
      insert(table, record);
      const rows = selectAll(table);
      expect(rows).toHaveLength(1);
      expect(fromRow(table, rows[0] as Row)).toEqual(record);
    });
  }

  it('keeps Japanese text, newlines, commas and quotes exactly', () => {
    conn.query('DELETE FROM notes');
    insert('notes', NOTE);
    const [row] = selectAll('notes');
    expect(row?.text).toBe(NOTE.text);
    expect(row?.goal_code).toBe('1');
    expect(row?.position_x).toBe(120.25);
  });

  it('stores absent optional fields as NULL, not as empty strings', () => {
    expect(toRow('notes', BARE_NOTE)).toMatchObject({ goal_code: null, group_id: null, position_x: null });
  });

  it('normalises a timestamp with a +09:00 offset to the same instant in UTC', () => {
    conn.query('DELETE FROM votes');
    insert('votes', { ...VOTE, createdAt: '2025-06-14T11:00:00+09:00' });
    const vote = fromRow('votes', selectAll('votes')[0] as Row);
    expect(vote.createdAt).toBe('2025-06-14T02:00:00.000Z');
  });

  it('refuses a row that is not a valid record, naming the column', () => {
    expect(() => fromRow('activities', { ...toRow('activities', ACTIVITY), participants: -3 })).toThrow(
      /participants: must be 0 or more/,
    );
  });

  it('round-trips the default plan through the plan tables', () => {
    const rows = planToRows(DEFAULT_PLAN);
    for (const table of ['plans', 'lanes', 'goals', 'districts'] as const) {
      const statement = conn.prepare(insertSql(table));
      for (const row of rows[table]) statement.query(...columnNames(table).map((c) => row[c] ?? null));
      statement.close();
    }
    const back = planFromRows({
      plans: selectAll('plans'),
      lanes: selectAll('lanes'),
      goals: selectAll('goals', 'code'),
      districts: selectAll('districts', 'code'),
    });
    expect(back).toEqual(DEFAULT_PLAN);
    expect(selectAll('lanes', 'sort_order').map((l) => l.key)).toEqual([
      'citizen',
      'community',
      'city',
      'council',
    ]);
  });
});

describe('fiscal year', () => {
  it('starts on 1 April', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-01-15')).toBe(2025);
    expect(fiscalYearOf('2025-12-31')).toBe(2025);
  });

  it('reads timestamps in Japan time', () => {
    expect(fiscalYearOf('2026-03-31T14:59:59Z')).toBe(2025);
    expect(fiscalYearOf('2026-03-31T15:00:00Z')).toBe(2026);
    expect(() => fiscalYearOf('昨日')).toThrow(RangeError);
  });

  it('the SQL expression agrees with fiscalYearOf for every day of two years', () => {
    const sql = `SELECT strftime(d, '%Y-%m-%d') AS d, ${fiscalYearSql('d')} AS fy
      FROM (SELECT unnest(generate_series(DATE '2024-01-01', DATE '2025-12-31', INTERVAL 1 DAY))::DATE AS d)`;
    const rows = conn.query(sql).toArray();
    expect(rows).toHaveLength(731);
    for (const r of rows) expect(Number(r.fy), r.d).toBe(fiscalYearOf(r.d));
  });

  it('the timestamp SQL expression shifts UTC to Japan time', () => {
    const fy = (ts: string) =>
      Number(
        conn.query(`SELECT ${fiscalYearSql(`TIMESTAMP '${ts}'`, { timestamp: true })} AS fy`).toArray()[0]
          ?.fy,
      );
    expect(fy('2026-03-31 14:59:59')).toBe(2025);
    expect(fy('2026-03-31 15:00:00')).toBe(2026);
  });
});
