import { beforeAll, describe, expect, it } from 'vitest';
import type { LockedDb } from '../db/locked';
import { openNodeDb } from '../testing/nodeDb';
import { checkIndicator } from './custom';

let db: LockedDb;
beforeAll(async () => {
  db = await openNodeDb();
});
const ind = (sql: string, id = 'my_salons') => ({
  typeName: 'indicator',
  id,
  ja: 'サロン参加者',
  en: 'Salon people',
  unit: '人',
  sql,
  higherIsBetter: true,
});

describe('planner-written indicators', () => {
  it('a valid SELECT passes', async () => {
    expect(
      await checkIndicator(
        db,
        ind(
          `SELECT fiscal_year_of(date) AS fiscal_year, district_code, sum(participants) AS value FROM f_activities WHERE kind = 'salon' GROUP BY ALL`,
        ),
      ),
    ).toBeNull();
  });
  it('DuckDB errors come back readable', async () => {
    const e = await checkIndicator(db, ind('SELECT nope FROM activities'));
    expect(e?.ja).toMatch(/^DuckDB が SQL を実行できません: .*nope/);
  });
  it('refuses writes, several statements, missing columns and built-in ids', async () => {
    expect((await checkIndicator(db, ind('DELETE FROM activities')))?.en).toMatch(
      /one statement starting with SELECT/,
    );
    expect((await checkIndicator(db, ind('SELECT 1 AS value; DROP TABLE notes')))?.en).toMatch(
      /one statement/,
    );
    expect((await checkIndicator(db, ind('SELECT 1 AS value')))?.ja).toMatch(
      /次の列がありません: fiscal_year, district_code/,
    );
    expect((await checkIndicator(db, ind('SELECT 1', 'outreach_lectures')))?.ja).toMatch(/組み込み/);
    expect((await checkIndicator(db, { ...ind('SELECT 1'), id: 'Bad Id' }))?.ja).toMatch(
      /指標の入力内容に誤りがあります/,
    );
  });
});
