import { STOP_WORDS } from './stopwords';

let segmenter: Intl.Segmenter | null = null;

/**
 * Content words of a note, in order: Intl.Segmenter's Japanese dictionary (no tokenizer to
 * download), NFKC-normalised, without particles, symbols, numbers, single hiragana, the stop
 * list and the planner's own stop words.
 */
export function contentWords(text: string, extraStop: ReadonlySet<string> = new Set()): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFKC'))) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if (STOP_WORDS.has(w) || extraStop.has(w)) continue;
    if (/^[\p{Script=Hiragana}ー]$/u.test(w) || /^[\d.,]+$/.test(w) || /^\p{P}+$/u.test(w)) continue;
    out.push(w);
  }
  return out;
}
