import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/** y-websocket's outer message type of the sync protocol. */
const MESSAGE_SYNC = 0;

type UpdateListener = (update: Uint8Array, origin: unknown, doc: Y.Doc, tr: Y.Transaction) => void;

/** Whether a transaction added or deleted anything (Yjs's own test before it emits `update`). */
function changedDoc(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
}

/**
 * Applies the server's sync step 2 without the doc's `update` listeners attached, then calls
 * `applied` if it changed the doc. On a first connection the step 2 is the whole board, and Yjs
 * encodes every transaction again for whoever listens to `update`: ~50 ms at 4× CPU throttling
 * for 500 notes, on the path to the board's first render (decisions 0017 and 0019). Of the two
 * listeners, the provider never sends back what the server sent, and the cache gets the whole
 * state in one write from `applied` instead. Live updates (and everything else) keep the normal
 * path. Wraps the provider's sync handler, so it composes with guardAgainstRollback.
 */
export function quietSyncStep2(provider: WebsocketProvider, applied: () => void): void {
  const handle = provider.messageHandlers[MESSAGE_SYNC];
  if (!handle) throw new Error('y-websocket has no sync handler');
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, p, emitSynced, type) => {
    if (decoding.peekVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) {
      handle(encoder, decoder, p, emitSynced, type);
      return;
    }
    const doc: Y.Doc = p.doc;
    const listeners = [...((doc._observers.get('update') ?? []) as Iterable<UpdateListener>)];
    let changed = false;
    const watch = (tr: Y.Transaction) => {
      changed ||= changedDoc(tr);
    };
    for (const listener of listeners) doc.off('update', listener);
    doc.on('afterTransaction', watch);
    try {
      handle(encoder, decoder, p, emitSynced, type);
    } finally {
      doc.off('afterTransaction', watch);
      for (const listener of listeners) doc.on('update', listener);
    }
    if (changed) applied();
  };
}
