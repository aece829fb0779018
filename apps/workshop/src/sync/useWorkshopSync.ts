import { metaMap, notesMap } from '@chiiki/model';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A live connection to one workshop's document: the doc, its provider, and the link state. */
export interface WorkshopSync {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** 'online' once the socket is open; 'connecting' before the first connect. */
  link: 'connecting' | 'online' | 'offline';
  /** True once the doc holds the server's state or a cached copy, so the board can render. */
  loaded: boolean;
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
 * Whether this client may write is the server's rule: participants' updates are refused.
 */
export function useWorkshopSync(
  workshopId: string,
  token: string,
  user: PresenceUser,
): WorkshopSync | undefined {
  const [sync, setSync] = useState<WorkshopSync>();
  const { name, role } = user;

  useEffect(() => {
    const { doc, cache, provider } =
      claimEarly(workshopId, token, name, role) ?? connect(workshopId, token, name, role);
    // An early connection may already be open and synced: start from what it knows.
    let current: WorkshopSync = {
      doc,
      provider,
      link: provider.wsconnected ? 'online' : 'connecting',
      loaded: provider.synced,
    };
    const update = (patch: Partial<WorkshopSync>) => {
      current = { ...current, ...patch };
      setSync(current);
    };
    update({});
    provider.on('status', ({ status }) => {
      const fresh = status === 'connecting' && !current.loaded;
      update({ link: status === 'connected' ? 'online' : fresh ? 'connecting' : 'offline' });
    });
    provider.on('sync', (synced: boolean) => {
      if (synced) update({ loaded: true });
    });
    void cache.whenSynced.then(() => {
      if (notesOrMeta(doc)) update({ loaded: true });
    });
    const offline = () => update({ link: 'offline' });
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('offline', offline);
      provider.destroy();
      void cache.destroy();
      doc.destroy();
    };
  }, [workshopId, token, name, role]);

  return sync;
}

/** A doc with its IndexedDB cache and its socket, before any React component holds it. */
interface Connection {
  doc: Y.Doc;
  cache: IndexeddbPersistence;
  provider: WebsocketProvider;
  key: string;
}

let early: Connection | undefined;

function connect(workshopId: string, token: string, name: string, role: PresenceUser['role']): Connection {
  const doc = new Y.Doc();
  const cache = new IndexeddbPersistence(`chiiki-board-${workshopId}`, doc);
  const provider = new WebsocketProvider(syncUrl(), encodeURIComponent(workshopId), doc, {
    params: { token },
    disableBc: true,
    maxBackoffTime: 5000,
  });
  // A projector is not a person: it stays out of presence altogether.
  if (role === 'projector') provider.awareness.setLocalState(null);
  else provider.awareness.setLocalStateField('user', { name, role });
  return { doc, cache, provider, key: JSON.stringify([workshopId, token, name, role]) };
}

/**
 * Opens the board's connection while the app still starts (before React's first render), so
 * the socket handshake and the server's sync step 2 overlap start-up instead of following it.
 * The first useWorkshopSync with the same workshop, token and user takes it over.
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
  claimed.provider.destroy();
  void claimed.cache.destroy();
  claimed.doc.destroy();
  return undefined;
}

function notesOrMeta(doc: Y.Doc): boolean {
  return metaMap(doc).size > 0 || notesMap(doc).size > 0;
}
