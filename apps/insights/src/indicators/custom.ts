import { INDICATORS, type Indicator, IndicatorSchema, parseOrExplain } from '@chiiki/model';
import type { Db } from '../db/types';

const KEY = 'insights.customIndicators';
const REQUIRED = ['fiscal_year', 'district_code', 'value'];

/** The planner's own indicators, kept in this browser only. Invalid entries are dropped on read. */
export function readCustomIndicators(): Indicator[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown[];
    return list.flatMap((x) => {
      const r = parseOrExplain(IndicatorSchema, x);
      return r.ok ? [r.value] : [];
    });
  } catch {
    return [];
  }
}

/** Saves the planner's indicators. */
export function writeCustomIndicators(list: readonly Indicator[]): void {
  localStorage.setItem(KEY, JSON.stringify(list));
}

/**
 * Checks a planner's indicator before saving: the record is valid, the id is not a built-in one,
 * the text is one SELECT (it runs wrapped as a subquery, so it cannot write, attach or copy), and
 * DuckDB compiles it with the required columns. Returns a readable message, or null when fine.
 */
export async function checkIndicator(db: Db, input: unknown): Promise<{ ja: string; en: string } | null> {
  const r = parseOrExplain(IndicatorSchema, input, { subject: { ja: '指標', en: 'indicator' } });
  if (!r.ok) return r.error;
  const ind = r.value;
  if (INDICATORS.some((i) => i.id === ind.id)) {
    return {
      ja: `ID「${ind.id}」は組み込みの指標で使われています`,
      en: `id "${ind.id}" is a built-in indicator`,
    };
  }
  const sql = ind.sql.trim().replace(/;\s*$/, '');
  if (!/^(select|with)\b/i.test(sql) || sql.includes(';')) {
    return {
      ja: 'SELECT（または WITH）で始まる1つの文にしてください',
      en: 'Write one statement starting with SELECT (or WITH)',
    };
  }
  try {
    const columns = await db.check(sql);
    const missing = REQUIRED.filter((c) => !columns.includes(c));
    if (missing.length) {
      return {
        ja: `次の列がありません: ${missing.join(', ')}（いまの列: ${columns.join(', ')}）`,
        en: `missing columns: ${missing.join(', ')} (has: ${columns.join(', ')})`,
      };
    }
  } catch (e) {
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return { ja: `DuckDB が SQL を実行できません: ${msg}`, en: `DuckDB cannot run the SQL: ${msg}` };
  }
  return null;
}

/** Fills optional columns (lane, n) so a planner's SQL can return just fiscal_year, district_code, value. */
export function normaliseCustomSql(ind: Indicator, columns: readonly string[]): Indicator {
  const lane = columns.includes('lane') ? 'lane' : 'NULL::VARCHAR AS lane';
  const n = columns.includes('n') ? 'n' : 'NULL::DOUBLE AS n';
  const sql = ind.sql.trim().replace(/;\s*$/, '');
  return { ...ind, sql: `SELECT fiscal_year, district_code, ${lane}, value, ${n} FROM (${sql}) AS custom` };
}
