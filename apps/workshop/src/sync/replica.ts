import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { type ClientIdBook, trackOwnWrites } from './ownClients';
import { quietSyncStep2 } from './quietSyncStep2';
import { type StaleCopy, staleCopyOf } from './recovery';
import { guardAgainstRollback } from './rollbackGuard';

/** Longest wait for the stale copy's IndexedDB database to be deleted. */
const CLEAR_TIMEOUT_MS = 3000;

/** Longest wait for an idle moment before the cache stores the server's state anyway. */
const STORE_IDLE_TIMEOUT_MS = 2000;

/** A copy of the doc that outlives the page: y-indexeddb's IndexeddbPersistence in the browser. */
export interface DocCache {
  whenSynced: Promise<unknown>;
  clearData(): Promise<void>;
  destroy(): Promise<void>;
  /** Writes the doc's whole state as one entry (once the cache is open). */
  storeWhole(): Promise<unknown>;
}

/** How a replica reaches the server and keeps its copy. */
export interface ReplicaOptions {
  /** `ws(s)://host/sync` */
  serverUrl: string;
  workshopId: string;
  params: Record<string, string>;
  ownClients: ClientIdBook;
  /** Opens the local copy of a doc (none: the copy lives as long as the replica). */
  cache?: (doc: Y.Doc) => DocCache;
  /** Longest hold of the server's step 1 for the local copy (a broken IndexedDB never answers). */
  cacheTimeoutMs?: number;
  WebSocketPolyfill?: typeof WebSocket;
  /** Sets this tablet's presence on each new provider. */
  presence?: (provider: WebsocketProvider) => void;
}

/**
 * One tablet's live copy of a workshop doc: a Y.Doc, its local cache and its y-websocket
 * provider, guarded against a server that is behind the copy (a restored backup, decision 0012).
 * The guard judges the server's state against the whole copy, once the cache is loaded. When the
 * server is behind, the copy is not merged: its notes and groups are
 * read into `stale`, the cache is cleared, and a new doc syncs from the server alone; listeners
 * then get the new doc and the stale copy to reconcile from.
 */
export class Replica {
  doc: Y.Doc;
  provider: WebsocketProvider;
  cache: DocCache | undefined;
  /** What the copy held the last time the server was found behind it. */
  stale: StaleCopy | undefined;
  /** How many times the copy was replaced. */
  resets = 0;
  private pending: WebsocketProvider | undefined;
  private readonly listeners = new Set<() => void>();
  private destroyed = false;

  constructor(private readonly options: ReplicaOptions) {
    this.doc = new Y.Doc();
    this.cache = options.cache?.(this.doc);
    this.provider = this.connect(this.doc, this.cache);
  }

  /** Listens for the copy being replaced; returns the unsubscribe function. */
  onReplaced(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the socket and the cache and frees the doc; the cache keeps its data. */
  destroy(): void {
    this.destroyed = true;
    this.listeners.clear();
    this.pending?.destroy();
    this.provider.destroy();
    void this.cache?.destroy();
    this.doc.destroy();
  }

  private connect(doc: Y.Doc, cache: DocCache | undefined): WebsocketProvider {
    const { serverUrl, workshopId, params, ownClients, WebSocketPolyfill } = this.options;
    trackOwnWrites(doc, ownClients);
    const provider = new WebsocketProvider(serverUrl, encodeURIComponent(workshopId), doc, {
      params,
      connect: false,
      disableBc: true,
      maxBackoffTime: 5000,
      ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    });
    this.options.presence?.(provider);
    guardAgainstRollback(provider, {
      own: () => ownClients.ids(),
      ...(cache
        ? {
            cacheLoaded: cache.whenSynced,
            cacheOrigin: cache,
            cacheTimeoutMs: this.options.cacheTimeoutMs ?? 3000,
          }
        : {}),
      onBehind: (ahead) => void this.replace(provider, ahead),
    });
    // The server's sync step 2 reaches the cache as one write of the whole state, when the page
    // is idle (after the board's first render), instead of as a re-encoded update inside it.
    quietSyncStep2(provider, () => {
      if (cache) whenIdle(() => void cache.storeWhole());
    });
    provider.connect();
    return provider;
  }

  /** Syncs a new, empty doc from the server alone, then swaps it in for the stale copy. */
  private async replace(behind: WebsocketProvider, ahead: number[]): Promise<void> {
    if (behind !== this.provider || this.pending) return;
    const stale = staleCopyOf(this.doc, this.options.workshopId, ahead);
    const doc = new Y.Doc();
    const fresh = this.connect(doc, undefined);
    this.pending = fresh;
    await new Promise<void>((resolve) => {
      const onSync = (synced: boolean) => {
        if (!synced) return;
        fresh.off('sync', onSync);
        resolve();
      };
      fresh.on('sync', onSync);
    });
    this.pending = undefined;
    if (this.destroyed) return;
    const old = { doc: this.doc, provider: this.provider, cache: this.cache };
    old.provider.destroy();
    this.doc = doc;
    this.provider = fresh;
    this.cache = undefined;
    this.stale = stale;
    this.resets += 1;
    old.doc.destroy();
    for (const listener of this.listeners) listener();
    // The new cache may open only after the old database is deleted (IndexedDB runs the two
    // requests in order); a cache that never clears is left closed for this page load rather
    // than risk loading the stale copy into the new doc.
    const cleared = old.cache
      ? await Promise.race([
          old.cache.clearData().then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), CLEAR_TIMEOUT_MS)),
        ])
      : false;
    if (cleared && !this.destroyed && this.doc === doc) this.cache = this.options.cache?.(doc);
  }
}

/** Runs `task` when the page is idle (or soon, where there is no requestIdleCallback: Node). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(task, { timeout: STORE_IDLE_TIMEOUT_MS });
  else setTimeout(task, 0);
}
