import { describe, expect, it } from 'vitest';
import { cooccurrence, kwic, type TextNote, wordFrequency } from './analyse';
import { contentWords } from './segment';
import { parseStopWords } from './stopwords';

const notes: TextNote[] = [
  { text: 'サロンの送迎ボランティアを募る', lane: 'community', district: 'D01' },
  { text: 'サロンに友人を誘って参加する', lane: 'citizen', district: 'D01' },
  { text: '送迎の ボランティア を増やす！', lane: 'council', district: 'D02' },
];

describe('Japanese text analysis', () => {
  it('drops particles, symbols and stop words', () => {
    expect(contentWords('サロンの送迎ボランティアを募る。')).toEqual([
      'サロン',
      '送迎',
      'ボランティア',
      '募る',
    ]);
    expect(contentWords('ＮＰＯが１２回')).toEqual(['npo', '回']);
  });
  it('counts words, with user stop words', () => {
    expect(wordFrequency(notes, new Set()).slice(0, 3)).toEqual([
      { word: 'サロン', count: 2 },
      { word: 'ボランティア', count: 2 },
      { word: '送迎', count: 2 },
    ]);
    expect(wordFrequency(notes, parseStopWords('サロン、送迎')).map((w) => w.word)).not.toContain('サロン');
  });
  it('KWIC shows the keyword with its context', () => {
    expect(kwic(notes, '送迎', 3)).toEqual(
      [
        { left: 'サロンの', keyword: '送迎', right: 'ボラン', lane: 'community', district: 'D01' },
        { left: '', keyword: '送迎', right: 'の ボ', lane: 'council', district: 'D02' },
      ].map((l, i) => (i === 0 ? { ...l, left: 'ロンの' } : l)),
    );
  });
  it('co-occurrence counts notes holding both words', () => {
    const m = cooccurrence(notes, new Set(), 3);
    expect(m.find((p) => p.a === '送迎' && p.b === 'ボランティア')?.count).toBe(2);
    expect(m.find((p) => p.a === 'サロン' && p.b === '送迎')?.count).toBe(1);
  });
});
