import { listNotes, listVotes, type Note, notesMap, type Vote, votesMap } from '@chiiki/model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { indexeddbCache } from './indexeddbCache';
import { memoryClientIdBook } from './ownClients';
import type { StaleCopy } from './recovery';
import { Replica } from './replica';

/** What a participant's private document holds: their drafts while writing, their hidden dots. */
interface PrivateState {
  notes: Note[];
  votes: Vote[];
  /** The private doc and, after the server was found behind its cache, what the cache held. */
  doc?: Y.Doc;
  stale?: StaleCopy;
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
 * reveal arrives as ordinary deletions, so the cache never brings a revealed draft back; a cache
 * the restored server is behind is replaced, its drafts handed back as `stale` (decision 0012).
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
    const replica = new Replica({
      serverUrl: syncUrl(),
      workshopId,
      params: { token, doc: 'private' },
      // Nobody writes a private doc but the server: everything in it must be on the server.
      ownClients: memoryClientIdBook(),
      cache: (doc) => indexeddbCache(privateCacheName(workshopId, participantId), doc),
      presence: (provider) => provider.awareness.setLocalState(null),
    });
    let live = true;
    const follow = () => {
      const { doc, cache } = replica;
      const refresh = () => {
        if (!live || doc !== replica.doc) return;
        setState({
          notes: listNotes(doc, workshopId),
          votes: listVotes(doc, workshopId),
          doc,
          ...(replica.stale ? { stale: replica.stale } : {}),
        });
      };
      notesMap(doc).observeDeep(refresh);
      votesMap(doc).observe(refresh);
      if (cache) void cache.whenSynced.then(refresh);
      else refresh();
    };
    follow();
    const unfollow = replica.onReplaced(follow);
    return () => {
      live = false;
      unfollow();
      replica.destroy();
      setState(EMPTY);
    };
  }, [workshopId, participantId, token, enabled]);
  return state;
}
