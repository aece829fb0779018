import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { aheadOfServer } from './aheadOfServer';

/** y-websocket's outer message type of the sync protocol. */
const MESSAGE_SYNC = 0;

/** What the guard needs to know about the tablet besides its provider. */
export interface GuardOptions {
  /** The tablet's own Yjs client ids (its unsent writes may be ahead of the server). */
  own: () => ReadonlySet<number>;
  /** Resolves once the local cache is in the doc (absent: there is no cache). */
  cacheLoaded?: Promise<unknown>;
  /** Longest hold of a step 1 for the cache (a broken IndexedDB never answers); default 3 s. */
  cacheTimeoutMs?: number;
  /** The origin of the cache's transactions (y-indexeddb uses its persistence instance). */
  cacheOrigin?: unknown;
  /** Called, after the provider disconnected, with the clients the tablet holds more of. */
  onBehind: (clients: number[]) => void;
}

/**
 * Looks at the server's sync step 1 (its state vector, the first message of every connection)
 * before the provider answers it. y-websocket would answer with everything this copy holds that
 * the server lacks: after a restored backup that is a blind merge of history the server no longer
 * vouches for. If the server is behind this copy (see aheadOfServer), the provider disconnects
 * without answering and `onBehind` is called, so the owner can reconcile on purpose instead.
 *
 * The socket does not wait for the cache (the first render needs the server's state early): a
 * step 1 that arrives first is held until the cache is loaded, and judged against the server's
 * state vector plus what the server sent since on that socket. The cache's own transactions are
 * never sent as updates: once the step 1 is approved, its answer carries them.
 */
export function guardAgainstRollback(provider: WebsocketProvider, options: GuardOptions): void {
  const handle = provider.messageHandlers[MESSAGE_SYNC];
  if (!handle) throw new Error('y-websocket has no sync handler');
  const doc: Y.Doc = provider.doc;
  let loaded = options.cacheLoaded === undefined;
  let held: (() => void) | undefined;
  let judgedWithoutCache = false;
  const release = () => {
    held?.();
    held = undefined;
  };
  void options.cacheLoaded?.then(() => {
    loaded = true;
    release();
    // A step 1 judged without the cache: judge the whole copy on a new socket.
    if (judgedWithoutCache && provider.wsconnected) {
      provider.disconnect();
      provider.connect();
    }
  });
  // Clocks the server sent on the current socket: vouched for like its state vector.
  const received = new Map<number, number>();
  provider.on('status', ({ status }) => {
    if (status === 'connected') received.clear();
  });
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin !== provider) return;
    for (const [client, clock] of tr.afterState) {
      if (clock > (tr.beforeState.get(client) ?? 0) && clock > (received.get(client) ?? 0))
        received.set(client, clock);
    }
  });
  doc.off('update', provider._updateHandler);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (options.cacheOrigin === undefined || origin !== options.cacheOrigin)
      provider._updateHandler(update, origin);
  });
  const behind = (serverStateVector: Uint8Array) =>
    aheadOfServer(doc, serverStateVector, options.own(), received);
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1) {
      handle(encoder, decoder, p, emitSynced, type);
      return;
    }
    const serverStateVector = decoding.readVarUint8Array(peek);
    const judge = (answer: (handled: encoding.Encoder) => void, replay: decoding.Decoder) => {
      const ahead = behind(serverStateVector);
      if (ahead.length > 0) {
        p.disconnect();
        options.onBehind(ahead);
        return;
      }
      const out = encoding.createEncoder();
      handle(out, replay, p, emitSynced, type);
      answer(out);
    };
    if (loaded) {
      judge((out) => encoding.writeUint8Array(encoder, encoding.toUint8Array(out)), decoder);
      return;
    }
    const ws = p.ws;
    const replay = decoding.clone(decoder);
    setTimeout(() => {
      if (loaded || !held) return;
      judgedWithoutCache = true;
      release();
    }, options.cacheTimeoutMs ?? 3000);
    held = () => {
      if (p.ws !== ws || !p.wsconnected || !ws) return; // that socket is gone; the next brings its own step 1
      judge((out) => {
        if (encoding.length(out) > 1) ws.send(encoding.toUint8Array(out));
      }, replay);
    };
  };
}
