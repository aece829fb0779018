import { isSmall } from '../suppress/format';

/** What the keyword-in-context list may show: lines with where they came from, lines only, or nothing. */
export type KwicShown = 'lines-with-source' | 'lines' | 'none';

/**
 * The KWIC list prints each hit of the keyword, so the number of lines is a count and each
 * line's role and district would count the hits per role and district, which the frequency
 * tables hide. With suppression on, the lines lose their role and district, and are not shown
 * at all when there are fewer than k of them or the keyword's overall count is printed as ＊.
 */
export function kwicShown(hits: number, keywordHidden: boolean, k: number): KwicShown {
  if (k <= 1) return 'lines-with-source';
  return isSmall(hits, k) || keywordHidden ? 'none' : 'lines';
}
