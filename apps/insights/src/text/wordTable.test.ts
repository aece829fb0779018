import { describe, expect, it } from 'vitest';
import { linearAudit } from '../suppress/linearAudit';
import type { SuppressedTable } from '../suppress/suppressTable';
import type { TextNote } from './analyse';
import { suppressedWordCounts, type WordCounts } from './wordTable';

const notes = (lane: string, text: string, times: number): TextNote[] =>
  Array.from({ length: times }, () => ({ text, lane, district: 'D01' }));

/**
 * What a reader sees as one words × lanes table (every word listed everywhere, as when the lists
 * are long enough): a lane's count, ＊ or absent (0), and the overall count as the row total.
 */
function asPublished(c: WordCounts, words: string[], lanes: string[]) {
  const at = (lane: string, word: string) =>
    c.byLane.find((l) => l.lane === lane)?.words.find((w) => w.word === word);
  const cells = words.map((w) => lanes.map((l) => at(l, w)?.count ?? 0));
  const table: SuppressedTable = {
    cells,
    hidden: words.map((w) => lanes.map((l) => Boolean(at(l, w)?.hidden))),
    rowTotals: words.map((w) => c.overall.find((o) => o.word === w)?.count ?? 0),
    rowHidden: words.map((w) => Boolean(c.overall.find((o) => o.word === w)?.hidden)),
    colTotals: [],
    colHidden: lanes.map(() => false),
    total: 0,
    totalHidden: true,
  };
  const linked = {
    cells,
    rowTotals: true,
    colTotals: false,
    cellKey: (i: number, j: number) => `${words[i]}|${lanes[j]}`,
    rowKey: (i: number) => `${words[i]}|*`,
    colKey: (j: number) => `*|${lanes[j]}`,
    totalKey: '*|*',
  };
  // The grand total is not published (no lane totals are): whether it follows does not matter.
  const audit = linearAudit([linked], [table]);
  return { ...audit, derivable: audit.derivable.filter((key) => key !== '*|*') };
}

describe('word counts overall and per lane', () => {
  it('a small lane count is not the overall count minus the other lanes', () => {
    // サロン: 3 in the city lane (small), 20 among citizens; overall 23 is published.
    const all = [
      ...notes('city', 'サロン。送迎', 3),
      ...notes('citizen', 'サロン。送迎。防災', 20),
      ...notes('city', '防災', 9),
    ];
    const c = suppressedWordCounts(all, new Set(), ['citizen', 'city'], 5);
    const city = c.byLane.find((l) => l.lane === 'city')?.words ?? [];
    const citizen = c.byLane.find((l) => l.lane === 'citizen')?.words ?? [];
    expect(city.find((w) => w.word === 'サロン')).toMatchObject({ count: 3, hidden: true });
    // 23 − 20 would give the 3 away, so one of them is hidden too.
    const overall = c.overall.find((w) => w.word === 'サロン');
    expect(overall?.hidden || citizen.find((w) => w.word === 'サロン')?.hidden).toBe(true);
    expect(asPublished(c, ['サロン', '送迎', '防災'], ['citizen', 'city']).derivable).toEqual([]);
  });

  it('k ≤ 1 hides nothing', () => {
    const c = suppressedWordCounts(notes('city', 'サロン', 2), new Set(), ['city'], 0);
    expect(c.overall).toEqual([{ word: 'サロン', count: 2, hidden: false }]);
  });

  it('random notes: no hidden lane or overall count follows from the published ones', () => {
    const vocabulary = ['サロン', '送迎', '防災', '見守り', '買い物', 'ボランティア', '子育て'];
    const lanes = ['citizen', 'community', 'city', 'council'];
    let seed = 5;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 80; n++) {
      const list: TextNote[] = Array.from({ length: 5 + Math.floor(rnd() * 60) }, () => ({
        text: vocabulary.filter(() => rnd() < 0.3).join('。'),
        lane: lanes[Math.floor(rnd() * rnd() * lanes.length)] as string,
        district: 'D01',
      }));
      const c = suppressedWordCounts(list, new Set(), lanes, 5, { overall: 50, lane: 50 });
      const audit = asPublished(c, vocabulary, lanes);
      expect(audit.derivable, JSON.stringify(list.map((x) => [x.lane, x.text]))).toEqual([]);
    }
  });
});
