import { DEFAULT_PLAN, INDICATORS } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { activitiesFromCsv } from './activitiesCsv';
import { decodeCsv } from './csv/decode';
import { checkFileSize } from './csv/limits';
import { autoMap, missingFields } from './csv/mapping';
import { parseCsv } from './csv/parseCsv';
import { ACTIVITY_FIELDS, TARGET_FIELDS } from './fields';
import { normaliseDate, normaliseDistrict, normaliseKind } from './normalise';
import { normaliseFiscalYear, targetsFromCsv } from './targetsCsv';

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
/**
 * Shift_JIS (CP932) as Excel writes it: header 日付,地区,種別,主催,参加者数,ボランティア数,備考 and two rows,
 * 令和7年4月12日,中央地区,出前講座,社協,１２,0,①㈱髙～テスト and 2025/5/1,D02,サロン,市,8,2,"会場「公民館」, 午前".
 */
const SJIS = hex(
  '93fa95742c926e8be62c8eed95ca2c8ee58dc32c8e5189c18ed290942c837b8389839383658342834190942c94f58d6c0d0a' +
    '97df986137944e348c8e313293fa2c9286899b926e8be62c8f6f914f8d758dc02c8ed08ba62c825082512c302c8740878aeee081608365835883670d0a' +
    '323032352f352f312c4430322c8354838d83932c8e732c382c322c2289ef8fea81758cf696af8ad981762c208cdf914f220d0a',
);
const districts = DEFAULT_PLAN.districts;

function load(bytes: Uint8Array, file = 'a.csv') {
  const { text, encoding } = decodeCsv(bytes);
  const table = parseCsv(text);
  const mapping = autoMap(table.header, ACTIVITY_FIELDS);
  return { encoding, table, mapping, result: activitiesFromCsv(file, table, mapping, districts) };
}

describe('decoding', () => {
  it('Shift_JIS with ①, ㈱, 髙 (both CP932 codes), ～ is detected and decoded', () => {
    const { encoding, result } = load(SJIS);
    expect(encoding).toBe('shift_jis');
    expect(result.problems).toEqual([]);
    expect(result.records[0]).toMatchObject({
      date: '2025-04-12',
      districtCode: 'D01',
      kind: 'outreach_lecture',
      organiser: 'council',
      participants: 12,
      memo: '①㈱髙～テスト',
    });
    expect(result.records[1]).toMatchObject({
      date: '2025-05-01',
      kind: 'salon',
      organiser: 'city',
      memo: '会場「公民館」, 午前',
    });
    expect(new TextDecoder('shift_jis').decode(hex('fbfc'))).toBe('髙');
  });
  it('UTF-8 with and without BOM', () => {
    const text = '日付,地区,種別,主催,参加者数\n2025-04-12,D01,研修,市,3\n';
    const plain = new TextEncoder().encode(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsv(plain)).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(decodeCsv(bom)).toMatchObject({ encoding: 'utf-8', bom: true, text });
    expect(load(bom).result.records).toHaveLength(1);
  });
  it('the planner can override the detected encoding', () => {
    expect(decodeCsv(SJIS, 'utf-8').text).toContain('\uFFFD');
  });
});

describe('CSV parsing', () => {
  it('quoted fields, doubled quotes, embedded CRLF, blank lines, Excel row numbers', () => {
    const t = parseCsv('a,b\r\n"x, ""y""","line1\r\nline2"\r\n\r\n3,4');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['x, "y"', 'line1\r\nline2'] },
      { row: 4, cells: ['3', '4'] },
    ]);
  });
  it('an empty file has no header and no rows', () => {
    expect(parseCsv('')).toEqual({ header: [], rows: [] });
    expect(missingFields(autoMap([], ACTIVITY_FIELDS), ACTIVITY_FIELDS).map((f) => f.key)).toEqual([
      'date',
      'districtCode',
      'kind',
      'organiser',
      'participants',
    ]);
  });
});

describe('mapping and normalising', () => {
  it('wrong columns are reported as missing so the mapping step opens', () => {
    const t = parseCsv('開催年月,場所,人数\n2025/4,中央,3\n');
    const m = autoMap(t.header, ACTIVITY_FIELDS);
    expect(missingFields(m, ACTIVITY_FIELDS).map((f) => f.ja)).toEqual([
      '日付',
      '地区',
      '種別',
      '主催',
      '参加者数',
    ]);
  });
  it('full-width headers and values map', () => {
    expect(autoMap(['ＤＡＴＥ', ' 地区 '], ACTIVITY_FIELDS)).toMatchObject({ date: 0, districtCode: 1 });
    expect(normaliseDate('２０２５／４／１２')).toBe('2025-04-12');
    expect(normaliseDate('令和元年5月1日')).toBe('2019-05-01');
    expect(normaliseDate('R7.4.12')).toBe('2025-04-12');
    expect(normaliseDate('2025/2/30')).toBe('2025/2/30');
    expect(normaliseKind('メール配信')).toBe('newsletter');
    expect(normaliseDistrict('桜台', districts)).toBe('D06');
    expect(normaliseFiscalYear('令和7年度')).toBe(2025);
  });
  it('bad rows are named by file, row and column, in Japanese and English', () => {
    const bytes = new TextEncoder().encode(
      '日付,地区,種別,主催,参加者数\n2025-04-12,D01,研修,市,3\n2025/13/1,D01,パーティー,市,十二\n2025-04-12,D99,研修,市,3\n',
    );
    const { result } = load(bytes, 'katsudo.csv');
    expect(result.problems.map((p) => p.ja)).toEqual([
      'katsudo.csv の 3 行目、列「日付」: 日付の形式が正しくありません（例: 2025-04-01）',
      'katsudo.csv の 3 行目、列「種別」: 選べる値ではありません（"パーティー"）。使える値: 出前講座、研修、サロン、ボランティア活動、広報、メール配信、ワークショップ、その他',
      'katsudo.csv の 3 行目、列「参加者数」: 数値ではありません',
      'katsudo.csv の 4 行目、列「地区」: 地区「D99」は計画の地区にありません',
    ]);
    expect(result.problems[2]?.en).toBe('katsudo.csv, row 3, column 参加者数: is not a number');
  });
  it("an unknown district name is reported as not one of the plan's districts", () => {
    const bytes = new TextEncoder().encode(
      '日付,地区,種別,主催,参加者数\n2025-04-12,存在しない地区,研修,市,3\n',
    );
    const { result } = load(bytes, 'katsudo.csv');
    expect(result.problems[0]?.ja).toMatch(
      /^katsudo\.csv の 2 行目、列「地区」: 計画の地区にありません（使える値: .*中央/,
    );
    expect(result.problems[0]?.en).toMatch(/row 2, column 地区: not one of the plan's districts/);
  });
  it('targets by indicator name, 全体 and 令和 fiscal years', () => {
    const t = parseCsv('指標,地区,年度,目標値\n出前講座の開催回数,全体,令和7年度,40\nnope,D01,2025,1\n');
    const r = targetsFromCsv('t.csv', t, autoMap(t.header, TARGET_FIELDS), districts, INDICATORS);
    expect(r.records).toEqual([
      {
        typeName: 'target',
        indicatorId: 'outreach_lectures',
        districtCode: '*',
        fiscalYear: 2025,
        value: 40,
      },
    ]);
    expect(r.problems[0]?.ja).toBe('t.csv の 3 行目、列「指標」: 指標「nope」は定義されていません');
  });
  it('a file over the limit is refused before it is read', () => {
    expect(checkFileSize('big.csv', 200 * 1024 * 1024)?.ja).toMatch(/200 MB.*上限 50 MB/);
    expect(checkFileSize('ok.csv', 1000)).toBeNull();
  });
});
