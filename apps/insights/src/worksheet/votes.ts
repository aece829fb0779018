import { isSmall, SUPPRESSED } from '../suppress/format';
import type { Theme } from './query';

/**
 * A theme's votes as the worksheet prints and exports them, or ＊. Votes are counts of people:
 * a small total is hidden, and so is the total of a theme holding more than one idea when any
 * of its ideas has a small count, since the most-voted list prints ideas' own counts and the
 * total minus the shown ones would give the hidden one away.
 */
export function themeVotes(theme: Theme, k: number): number | typeof SUPPRESSED {
  const hidesAnIdea = theme.ideas > 1 && theme.leastVotes !== null && isSmall(theme.leastVotes, k);
  return isSmall(theme.votes, k) || hidesAnIdea ? SUPPRESSED : theme.votes;
}
