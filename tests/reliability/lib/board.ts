import { getPhase, notesMap } from '@chiiki/model';
import * as Y from 'yjs';
import { syncUrl, Tablet } from './tablet';
import { until } from './wait';

/** What a fresh tablet sees of a board: note ids, their texts, the phase. */
export interface BoardView {
  ids: Set<string>;
  texts: string[];
  phase: string;
  /** Every note as JSON (or a marker when it cannot be serialised), for before/after comparisons. */
  json: Record<string, unknown>;
}

function noteJson(value: unknown): unknown {
  try {
    return value instanceof Y.Map ? value.toJSON() : value;
  } catch (error) {
    return `unserialisable: ${(error as Error).message}`;
  }
}

/**
 * Syncs a brand-new read-only tablet (no local state) and returns what the server gave it: the
 * checker of the crash and authorization tests, so nothing it holds can leak into the answer.
 * It reads fields one by one, so a hostile structure in the doc cannot crash the checker.
 */
export async function readBoard(base: string, workshopId: string, token: string, timeoutMs = 10_000) {
  const tablet = new Tablet({ url: () => syncUrl(base, workshopId, token), writer: false, reconnect: false });
  try {
    tablet.start();
    await until(() => tablet.synced, `a fresh tablet syncs ${workshopId}`, timeoutMs);
    const view: BoardView = { ids: new Set(), texts: [], phase: getPhase(tablet.doc), json: {} };
    for (const [id, note] of notesMap(tablet.doc).entries()) {
      view.ids.add(id);
      view.texts.push(String(note instanceof Y.Map ? note.get('text') : note));
      view.json[id] = noteJson(note);
    }
    return view;
  } finally {
    tablet.stop();
  }
}
