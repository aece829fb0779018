import { AFFILIATION_JA, type Affiliation } from '@chiiki/model';
import type { Language } from '@chiiki/ui';

/**
 * An affiliation as people read it. Japanese comes from the model (the record and exports print
 * the same words); English from `join.affiliations`, the one catalogue entry, so the join
 * question, the head-count dialog and the attendance table can never name a group differently.
 */
export function affiliationLabel(a: Affiliation, language: Language, t: (key: string) => string): string {
  return language === 'en' ? t(`join.affiliations.${a}`) : AFFILIATION_JA[a];
}
