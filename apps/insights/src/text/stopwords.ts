/**
 * Words that carry no idea of their own in workshop notes: particles, auxiliaries, formal nouns
 * and light verbs. Single hiragana and symbols are dropped separately.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'は が を に へ と で や の も から まで より ね よ な だ です ます でも けど けれど ので のに ば て た し ' +
    'する した して します しない される させる いる いた います ある あり ない なる なり なっ できる でき れる られる ' +
    'こと もの ため よう ところ など とき 時 方 人 さん これ それ あれ この その あの ここ そこ どう 何 ' +
    'という として について による ほしい たい たく 思う 思い いく くる みる おく 的 等 お ご'
  ).split(/\s+/),
);

/** Parses a planner's stop-word list (spaces, commas or new lines; full-width too). */
export function parseStopWords(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .split(/[\s,、]+/)
      .filter(Boolean),
  );
}
