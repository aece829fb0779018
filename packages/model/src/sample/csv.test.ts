import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../plan/defaultPlan';
import type { Activity } from '../records/activity';
import { ACTIVITY } from '../testkit/fixtures';
import { generateActivities } from './activities';
import { activitiesToCsv, activityCsvLines } from './csv';

/** A small RFC 4180 reader, so the test checks the CSV as a reader sees it, not by string shape. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (quoted && c === '"' && next === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || (c === '\r' && next === '\n')) {
      row.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('activitiesToCsv', () => {
  it('writes the planners header and Japanese values', () => {
    const csv = activitiesToCsv([ACTIVITY], { encoding: 'utf8', japaneseHeaders: true });
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['日付', '地区', '種別', '主催', '参加者数', 'ボランティア数', '備考']);
    expect(rows[1]).toEqual([
      '2026-03-31',
      'D03',
      '出前講座',
      '社協',
      '23',
      '4',
      '認知症サポーター養成講座, "出前"',
    ]);
    expect(csv).toContain('"認知症サポーター養成講座, ""出前"""\r\n');
  });

  it('writes district names when the plan is given, and English headers with model values otherwise', () => {
    const ja = readCsv(
      activitiesToCsv([ACTIVITY], { japaneseHeaders: true, districts: DEFAULT_PLAN.districts }),
    );
    expect(ja[1]?.[1]).toBe('西地区（サンプル）');
    const en = readCsv(
      activitiesToCsv([{ ...ACTIVITY, memo: undefined } as Activity], { japaneseHeaders: false }),
    );
    expect(en).toEqual([
      ['date', 'district_code', 'kind', 'organiser', 'participants', 'volunteers', 'memo'],
      ['2026-03-31', 'D03', 'outreach_lecture', 'council', '23', '4', ''],
    ]);
  });

  it('starts with a BOM only when asked', () => {
    expect(activitiesToCsv([], { bom: true }).startsWith('\uFEFF日付')).toBe(true);
    expect(activitiesToCsv([]).startsWith('日付')).toBe(true);
  });

  it('has one line per generated row, and the streamed lines equal the string', () => {
    const rows = [...generateActivities(3, 300)];
    const csv = activitiesToCsv(rows);
    expect(readCsv(csv)).toHaveLength(301);
    expect([...activityCsvLines(rows)].join('')).toBe(csv);
  });
});
