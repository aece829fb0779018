import { DEFAULT_PLAN } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { draftFromParsed, draftToSource, parseBytes } from '../csvImport';
import { MAX_COLUMNS } from './inspect';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ja = (file: string, bytes: Uint8Array) => parseBytes(file, bytes).problems.map((p) => p.ja);

describe('files that are not CSV text', () => {
  it('an empty file, UTF-16, a workbook and binary data are refused before decoding', () => {
    expect(ja('e.csv', new Uint8Array())).toEqual(['e.csv: 空のファイルです（0 バイト）。']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([0x65e5, 0x4ed8]).buffer)]);
    expect(ja('u.csv', utf16)[0]).toMatch(/^u\.csv: UTF-16 で保存された/);
    expect(ja('x.csv', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]))[0]).toMatch(/Excel ブック/);
    expect(ja('b.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))[0]).toMatch(/バイナリデータ/);
  });
});

describe('tables that cannot be trusted', () => {
  it('bytes neither UTF-8 nor Shift_JIS are named by row and column', () => {
    // UTF-8 text with one damaged byte pair (0x85 0x20: not UTF-8, and no Shift_JIS character either).
    const bytes = new Uint8Array([...utf8('日付,地区,備考\r\n2025/4/1,D01,'), 0x85, 0x20, 0x0d, 0x0a]);
    const r = parseBytes('m.csv', bytes);
    expect(r.encoding).toBe('utf-8'); // fewer unreadable characters than as Shift_JIS
    expect(r.problems.map((p) => p.ja)).toEqual([
      expect.stringMatching(/^m\.csv の 2 行目、列「備考」: 読めない文字/),
    ]);
  });

  it('a Shift_JIS file forced to UTF-8 shows mojibake in the header row', () => {
    const sjis = new Uint8Array([0xef, 0xbb, 0xbf, 0x93, 0xfa, 0x95, 0x74, 0x0d, 0x0a, 0x31, 0x0d, 0x0a]); // BOM + 日付
    expect(parseBytes('s.csv', sjis).problems[0]?.en).toMatch(
      /^s\.csv, header row, column .*cannot be decoded/,
    );
  });

  it('a repeated header, a header-less file, too many columns and a header too long', () => {
    expect(ja('d.csv', utf8('日付,参加者数,参加者数\n2025/4/1,1,2\n'))).toEqual([
      expect.stringMatching(/見出し「参加者数」が 2 列目と 3 列目/),
    ]);
    expect(ja('n.csv', utf8('\r\n\r\n'))).toEqual(['n.csv: データがありません（空のファイル）。']);
    expect(ja('w.csv', utf8(`${'a,'.repeat(MAX_COLUMNS)}a\n`))[0]).toMatch(/上限 500 列/);
    expect(ja('l.csv', utf8('x'.repeat(300_000)))[0]).toMatch(/1 列目の見出しが 300,000 文字/);
  });

  it('rows with more filled cells than the header are refused; trailing empty cells are not', () => {
    const text = ['日付,地区,備考', '2025/4/1,D01,会場, 午前', '2025/4/2,D01,ok,,', ''].join('\n');
    expect(ja('r.csv', utf8(text))).toEqual([expect.stringMatching(/^r\.csv の 2 行目: 見出しより列が多く/)]);
    const many = Array.from({ length: 30 }, (_, i) => `2025/4/${(i % 28) + 1},D01,a,b`);
    const list = ja('c.csv', utf8(['日付,地区,備考', ...many].join('\n')));
    expect(list).toHaveLength(21);
    expect(list.at(-1)).toBe('c.csv: ほかに 10 件あります。');
  });
});

describe('a mapping that still lacks a required column', () => {
  it('is refused in one sentence naming the column, not once per row', () => {
    const bytes = utf8(['日付,地区,種別,主催', ...Array(50).fill('2025/4/1,D01,サロン,市')].join('\n'));
    const draft = draftFromParsed('m.csv', bytes, parseBytes('m.csv', bytes), 'activities');
    const r = draftToSource(draft, DEFAULT_PLAN.districts);
    expect('problems' in r && r.problems.map((p) => p.ja)).toEqual([
      expect.stringMatching(/^m\.csv: 必要な列がありません: 「参加者数」/),
    ]);
  });
});
