import { metaMap, notesMap } from '@chiiki/model';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { indexeddbCache } from './indexeddbCache';
import { storedClientIdBook } from './ownClients';
import type { StaleCopy } from './recovery';
import { Replica } from './replica';

/** A live connection to one workshop's document: the doc, its provider, and the link state. */
export interface WorkshopSync {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** 'online' once the socket is open; 'connecting' before the first connect. */
  link: 'connecting' | 'online' | 'offline';
  /** True once the doc holds the server's state or a cached copy, so the board can render. */
  loaded: boolean;
  /**
   * Set when the server was found behind this tablet's cache (a restored backup, decision 0012):
   * the notes and groups the dropped copy held, for useRestoreRecovery to put back by id.
   */
  stale?: StaleCopy;
}

/** The presence fields this client offers; the server stamps the real identity over them. */
interface PresenceUser {
  name: string;
  role: 'participant' | 'facilitator' | 'projector';
}

function syncUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/sync`;
}

/**
 * Connects a Y.Doc to `/sync/<workshopId>?token=…` (y-websocket protocol) with a y-indexeddb
 * cache, so the board shows at once from the cache and keeps working through Wi-Fi drops.
 * Whether this client may write is the server's rule: participants' updates are refused. If the
 * server turns out to be behind the cache, the copy is replaced by the server's (see Replica).
 */
export function useWorkshopSync(
  workshopId: string,
  token: string,
  user: PresenceUser,
): WorkshopSync | undefined {
  const [sync, setSync] = useState<WorkshopSync>();
  const { name, role } = user;

  useEffect(() => {
    const { replica } = claimEarly(workshopId, token, name, role) ?? connect(workshopId, token, name, role);
    let current: WorkshopSync;
    const update = (patch: Partial<WorkshopSync>) => {
      current = { ...current, ...patch };
      setSync(current);
    };
    const follow = () => {
      const { doc, provider, cache } = replica;
      // An early connection may already be open and synced: start from what it knows.
      current = {
        doc,
        provider,
        link: provider.wsconnected ? 'online' : 'connecting',
        loaded: provider.synced || replica.resets > 0,
        ...(replica.stale ? { stale: replica.stale } : {}),
      };
      update({});
      provider.on('status', ({ status }) => {
        if (provider !== replica.provider) return;
        const fresh = status === 'connecting' && !current.loaded;
        update({ link: status === 'connected' ? 'online' : fresh ? 'connecting' : 'offline' });
      });
      provider.on('sync', (synced: boolean) => {
        if (synced && provider === replica.provider) update({ loaded: true });
      });
      void cache?.whenSynced.then(() => {
        if (provider === replica.provider && notesOrMeta(doc)) update({ loaded: true });
      });
    };
    follow();
    const unfollow = replica.onReplaced(follow);
    const offline = () => update({ link: 'offline' });
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('offline', offline);
      unfollow();
      replica.destroy();
    };
  }, [workshopId, token, name, role]);

  return sync;
}

/** A replica before any React component holds it, and who it was opened for. */
interface Connection {
  replica: Replica;
  key: string;
}

let early: Connection | undefined;

function connect(workshopId: string, token: string, name: string, role: PresenceUser['role']): Connection {
  const replica = new Replica({
    serverUrl: syncUrl(),
    workshopId,
    params: { token },
    ownClients: storedClientIdBook(`chiiki-own-clients-${workshopId}`),
    cache: (doc) => indexeddbCache(`chiiki-board-${workshopId}`, doc),
    // A projector is not a person: it stays out of presence altogether.
    presence: (provider) => {
      if (role === 'projector') provider.awareness.setLocalState(null);
      else provider.awareness.setLocalStateField('user', { name, role });
    },
  });
  return { replica, key: JSON.stringify([workshopId, token, name, role]) };
}

/**
 * Opens the board's connection while the app still starts (before React's first render), so
 * the cache load, the socket handshake and the server's sync step 2 overlap start-up instead of
 * following it. The first useWorkshopSync with the same workshop, token and user takes it over.
 */
export function connectEarly(workshopId: string, token: string, user: PresenceUser): void {
  if (early) return;
  early = connect(workshopId, token, user.name, user.role);
}

function claimEarly(
  workshopId: string,
  token: string,
  name: string,
  role: PresenceUser['role'],
): Connection | undefined {
  const claimed = early;
  early = undefined;
  if (!claimed || claimed.key === JSON.stringify([workshopId, token, name, role])) return claimed;
  // Someone else's (the route changed before React mounted): let it go.
  claimed.replica.destroy();
  return undefined;
}

function notesOrMeta(doc: Y.Doc): boolean {
  return metaMap(doc).size > 0 || notesMap(doc).size > 0;
}
