import { STOP_WORDS } from './stopwords';

let segmenter: Intl.Segmenter | null = null;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

/**
 * Content words of a note, in order: Intl.Segmenter's Japanese dictionary (no tokenizer to
 * download), NFKC-normalised, with split kanji compounds rejoined, without particles, symbols, numbers, one- or two-kana fragments, the stop
 * list and the planner's own stop words.
 */
export function contentWords(text: string, extraStop: ReadonlySet<string> = new Set()): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const merged: string[] = [];
  let prevWordLike = false;
  for (const s of segmenter.segment(text.normalize('NFKC'))) {
    const last = merged[merged.length - 1];
    // ICU splits compounds (自治|会, 見|守り); kanji meeting kanji is rejoined into one word.
    if (s.isWordLike && prevWordLike && last && HAN_END.test(last) && HAN_START.test(s.segment))
      merged[merged.length - 1] = last + s.segment;
    else if (s.isWordLike) merged.push(s.segment);
    else merged.push('');
    prevWordLike = Boolean(s.isWordLike);
  }
  const out: string[] = [];
  for (const seg of merged) {
    if (!seg) continue;
    const w = seg.toLowerCase();
    if (STOP_WORDS.has(w) || extraStop.has(w)) continue;
    if (/^[\p{Script=Hiragana}ー]{1,2}$/u.test(w) || /^[\d.,]+$/.test(w) || /^\p{P}+$/u.test(w)) continue;
    out.push(w);
  }
  return out;
}
