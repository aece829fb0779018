/** Hiragana, katakana or kanji: the test that a screen really speaks Japanese, whatever the words. */
export const JAPANESE_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Share of Japanese characters among the letters of a text, to tell a Japanese screen from an English one. */
export function japaneseShare(text: string): number {
  const letters = text.match(/[A-Za-z\u3040-\u30ff\u3400-\u9fff]/g) ?? [];
  if (letters.length === 0) return 0;
  const ja = letters.filter((c) => JAPANESE_TEXT.test(c)).length;
  return ja / letters.length;
}
