import { contentWords } from './segment';

/** A note as text analysis reads it. */
export interface TextNote {
  text: string;
  lane: string;
  district: string;
}

/** Word counts, most frequent first (ties in Japanese collation order, so output is stable). */
export function wordFrequency(
  notes: readonly TextNote[],
  stop: ReadonlySet<string>,
  top = 30,
): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const n of notes) for (const w of contentWords(n.text, stop)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'ja'))
    .slice(0, top);
}

/** One keyword-in-context line: the text left and right of a hit, and where the note came from. */
export interface KwicLine {
  left: string;
  keyword: string;
  right: string;
  lane: string;
  district: string;
}

/** Keyword in context: every occurrence of the keyword with `width` characters either side. */
export function kwic(notes: readonly TextNote[], keyword: string, width = 12): KwicLine[] {
  const kw = keyword.normalize('NFKC').trim();
  if (!kw) return [];
  const out: KwicLine[] = [];
  for (const n of notes) {
    const text = n.text.normalize('NFKC').replace(/\s+/g, ' ');
    let at = text.indexOf(kw);
    while (at >= 0) {
      out.push({
        left: text.slice(Math.max(0, at - width), at),
        keyword: kw,
        right: text.slice(at + kw.length, at + kw.length + width),
        lane: n.lane,
        district: n.district,
      });
      at = text.indexOf(kw, at + kw.length);
    }
  }
  return out;
}

/**
 * Co-occurrence of the top words: how many notes contain both. Counted per note (a word
 * repeated in one note counts once), so long notes don't dominate.
 */
export function cooccurrence(
  notes: readonly TextNote[],
  stop: ReadonlySet<string>,
  top = 12,
): { a: string; b: string; count: number }[] {
  const words = wordFrequency(notes, stop, top).map((w) => w.word);
  const set = new Set(words);
  const pairs = new Map<string, number>();
  for (const n of notes) {
    const present = [...new Set(contentWords(n.text, stop))].filter((w) => set.has(w));
    for (const a of present)
      for (const b of present)
        if (a !== b) pairs.set(`${a}\u0000${b}`, (pairs.get(`${a}\u0000${b}`) ?? 0) + 1);
  }
  return words.flatMap((a) =>
    words.map((b) => ({ a, b, count: a === b ? 0 : (pairs.get(`${a}\u0000${b}`) ?? 0) })),
  );
}
