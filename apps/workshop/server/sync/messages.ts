import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket's outer message types: the wire protocol stays y-websocket's so y-redis can take over. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** A sync-protocol update message carrying one Yjs update. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness message for the given clients' current states. */
export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * The answer to a sync request (sync step 2): what the doc holds beyond the asker's state vector.
 * Yjs would also merge the updates still waiting for missing dependencies into every answer,
 * decoding up to MAX_PENDING_BYTES each time: a flood of sync requests then costs the loop and
 * the collector that much per request. Those structs are not part of the doc yet; once their
 * dependency arrives they are applied and broadcast like any update, so the answer leaves them out.
 */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const { store } = doc;
  const { pendingStructs, pendingDs } = store;
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    syncProtocol.writeSyncStep2(encoder, doc, stateVector);
    return encoding.toUint8Array(encoder);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}
