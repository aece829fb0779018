import { suppressTable } from '../suppress/suppressTable';
import type { TextNote } from './analyse';
import { contentWords } from './segment';

/** A word's count as printed: `hidden` means ＊ on screen and in exports, and no bar in the chart. */
export interface ShownWord {
  word: string;
  count: number;
  hidden: boolean;
}

/** The frequent words overall and per lane, suppressed together. */
export interface WordCounts {
  overall: ShownWord[];
  byLane: { lane: string; words: ShownWord[] }[];
}

const byCount = (a: { word: string; count: number }, b: { word: string; count: number }) =>
  b.count - a.count || a.word.localeCompare(b.word, 'ja');

/**
 * The most frequent words overall and in each lane. A word's overall count is the sum of its
 * counts in the lanes, so the lists are one words × lanes table with the overall counts as its
 * row totals: suppressed as such (decision 0006's complementary suppression), a per-lane count
 * printed as ＊ cannot be worked out as the overall count minus the other lanes'. Every cell of
 * that table is audited as if published, since a lane's list also bounds the words it leaves out.
 */
export function suppressedWordCounts(
  notes: readonly TextNote[],
  stop: ReadonlySet<string>,
  laneOrder: readonly string[],
  k: number,
  top = { overall: 20, lane: 8 },
): WordCounts {
  const perLane = new Map<string, Map<string, number>>();
  const overall = new Map<string, number>();
  for (const n of notes) {
    const counts = perLane.get(n.lane) ?? new Map<string, number>();
    perLane.set(n.lane, counts);
    for (const w of contentWords(n.text, stop)) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      overall.set(w, (overall.get(w) ?? 0) + 1);
    }
  }
  const lanes = [...new Set([...laneOrder, ...perLane.keys()])];
  const ranked = (m: Map<string, number> | undefined, n: number) =>
    [...(m ?? [])]
      .map(([word, count]) => ({ word, count }))
      .sort(byCount)
      .slice(0, n);
  const topAll = ranked(overall, top.overall);
  const topLane = lanes.map((l) => ranked(perLane.get(l), top.lane));
  const words = [...new Set([...topAll, ...topLane.flat()].map((w) => w.word))];
  const cells = words.map((w) => lanes.map((l) => perLane.get(l)?.get(w) ?? 0));
  const t = suppressTable(cells, { k: Math.max(1, k), rowTotals: true, colTotals: false });
  const row = new Map(words.map((w, i) => [w, i]));
  return {
    overall: topAll.map((w) => ({ ...w, hidden: Boolean(t.rowHidden[row.get(w.word) as number]) })),
    byLane: laneOrder.map((lane) => {
      const j = lanes.indexOf(lane);
      return {
        lane,
        words: (topLane[j] ?? []).map((w) => ({
          ...w,
          hidden: Boolean(t.hidden[row.get(w.word) as number]?.[j]),
        })),
      };
    }),
  };
}
