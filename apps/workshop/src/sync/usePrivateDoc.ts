import { listNotes, listVotes, type Note, notesMap, type Vote, votesMap } from '@chiiki/model';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** What a participant's private document holds: their drafts while writing, their hidden dots. */
interface PrivateState {
  notes: Note[];
  votes: Vote[];
}

const EMPTY: PrivateState = { notes: [], votes: [] };

function syncUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/sync`;
}

/**
 * The IndexedDB name of one person's private doc in one workshop. Keyed by participant as well:
 * two people may take turns on one tablet, and one must never see the other's drafts.
 */
export function privateCacheName(workshopId: string, participantId: string): string {
  return `chiiki-private-${workshopId}-${participantId}`;
}

/**
 * Follows this participant's own private document (`/sync/<id>?doc=private`, read-only): the
 * notes written during silent writing and the dots of a hidden vote live there until the server
 * reveals them, so only their author's tablet ever receives them. Cached in IndexedDB like the
 * shared doc: after a reload with no Wi-Fi during writing, the person still sees the drafts the
 * server already holds, not only what is still in the outbox. The server's clearing after a
 * reveal arrives as ordinary deletions, so the cache never brings a revealed draft back.
 */
export function usePrivateDoc(
  workshopId: string,
  participantId: string,
  token: string,
  enabled: boolean,
): PrivateState {
  const [state, setState] = useState<PrivateState>(EMPTY);
  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const cache = new IndexeddbPersistence(privateCacheName(workshopId, participantId), doc);
    const provider = new WebsocketProvider(syncUrl(), encodeURIComponent(workshopId), doc, {
      params: { token, doc: 'private' },
      disableBc: true,
      maxBackoffTime: 5000,
    });
    provider.awareness.setLocalState(null);
    const refresh = () => setState({ notes: listNotes(doc, workshopId), votes: listVotes(doc, workshopId) });
    notesMap(doc).observeDeep(refresh);
    votesMap(doc).observe(refresh);
    let live = true;
    void cache.whenSynced.then(() => {
      if (live) refresh();
    });
    return () => {
      live = false;
      provider.destroy();
      void cache.destroy();
      doc.destroy();
      setState(EMPTY);
    };
  }, [workshopId, participantId, token, enabled]);
  return state;
}
