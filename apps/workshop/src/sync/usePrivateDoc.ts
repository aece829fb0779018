import { listNotes, listVotes, type Note, notesMap, type Vote, votesMap } from '@chiiki/model';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** What a participant's private document holds: their drafts while writing, their hidden dots. */
export interface PrivateState {
  notes: Note[];
  votes: Vote[];
}

const EMPTY: PrivateState = { notes: [], votes: [] };

function syncUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/sync`;
}

/**
 * Follows this participant's own private document (`/sync/<id>?doc=private`, read-only): the
 * notes written during silent writing and the dots of a hidden vote live there until the server
 * reveals them, so only their author's tablet ever receives them.
 */
export function usePrivateDoc(workshopId: string, token: string, enabled: boolean): PrivateState {
  const [state, setState] = useState<PrivateState>(EMPTY);
  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncUrl(), encodeURIComponent(workshopId), doc, {
      params: { token, doc: 'private' },
      disableBc: true,
      maxBackoffTime: 5000,
    });
    provider.awareness.setLocalState(null);
    const refresh = () => setState({ notes: listNotes(doc, workshopId), votes: listVotes(doc, workshopId) });
    notesMap(doc).observeDeep(refresh);
    votesMap(doc).observe(refresh);
    return () => {
      provider.destroy();
      doc.destroy();
      setState(EMPTY);
    };
  }, [workshopId, token, enabled]);
  return state;
}
