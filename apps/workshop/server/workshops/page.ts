import type { WorkshopHead } from '../store/metaStore';

/** One page of the workshop list and the id the next page starts after (null on the last page). */
export interface WorkshopPage {
  heads: WorkshopHead[];
  next: string | null;
}

/**
 * The page of `limit` workshops that follows the workshop `after` in the list's order (newest
 * first, then by id), or the first page. Keyed by a workshop, not an offset, so workshops created
 * while someone pages through do not shift what they see next. Undefined if `after` is unknown.
 */
export function pageAfter(
  sorted: readonly WorkshopHead[],
  limit: number,
  after?: string,
): WorkshopPage | undefined {
  const start = after === undefined ? 0 : sorted.findIndex((h) => h.workshop.id === after) + 1;
  if (start === 0 && after !== undefined) return undefined;
  const heads = sorted.slice(start, start + limit);
  const last = heads.at(-1);
  return { heads, next: last && start + limit < sorted.length ? last.workshop.id : null };
}
