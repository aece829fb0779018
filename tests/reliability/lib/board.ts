import { getPhase, notesMap } from '@chiiki/model';
import { syncUrl, Tablet } from './tablet';
import { until } from './wait';

/** What a fresh tablet sees of a board: note ids, their texts, the phase. */
export interface BoardView {
  ids: Set<string>;
  texts: string[];
  phase: string;
  /** Every note as JSON, for before/after comparisons. */
  json: Record<string, unknown>;
}

/**
 * Syncs a brand-new read-only tablet (no local state) and returns what the server gave it: the
 * checker of the crash and authorization tests, so nothing it holds can leak into the answer.
 */
export async function readBoard(base: string, workshopId: string, token: string, timeoutMs = 10_000) {
  const tablet = new Tablet({ url: () => syncUrl(base, workshopId, token), writer: false, reconnect: false });
  try {
    tablet.start();
    await until(() => tablet.synced, `a fresh tablet syncs ${workshopId}`, timeoutMs);
    const notes = notesMap(tablet.doc);
    const json = notes.toJSON() as Record<string, { text?: string }>;
    const view: BoardView = {
      ids: new Set(notes.keys()),
      texts: Object.values(json).map((n) => String(n.text)),
      phase: getPhase(tablet.doc),
      json,
    };
    return view;
  } finally {
    tablet.stop();
  }
}
