import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type RawData, WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { RateLimiter } from '../auth/rateLimit';
import { stampAwareness } from './awarenessGuard';
import { inspectUpdate } from './inspectUpdate';
import { awarenessMessage, MESSAGE } from './messages';
import type { Peer, PeerIdentity } from './peer';
import { chargeReceivedBytes } from './receivedBytes';
import { type Refuse, refuser } from './refuse';
import type { Room } from './room';

/** Per-connection message budget: a live drag sends dozens a second, a flood sends thousands. */
export interface ConnectionLimits {
  burst: number;
  perSecond: number;
  pingMs: number;
  /** Connections one room accepts: a hall of 60 tablets, projectors, and a large margin. */
  maxPerRoom: number;
}

/**
 * Budgets shared by every connection of one token subject (workshop + participant or
 * facilitator id), so closing and reopening a socket does not buy a fresh budget: messages, and
 * bytes received (the memory and CPU one identity's frames can cost the one event loop).
 */
export interface SubjectBudgets {
  messages: RateLimiter;
  receivedBytes: RateLimiter;
}

/** Bytes of updates waiting for missing dependencies a room keeps (see onSync). */
export const MAX_PENDING_BYTES = 64 * 1024;

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState === WebSocket.OPEN) ws.send(message, (error) => error && ws.terminate());
}

async function onSync(
  room: Room,
  peer: Peer,
  decoder: decoding.Decoder,
  ws: WebSocket,
  refuse: Refuse,
): Promise<void> {
  const step = decoding.readVarUint(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) {
    const stateVector = decoding.readVarUint8Array(decoder);
    if (!(await room.durable())) {
      ws.close(1013, 'store unavailable');
      return;
    }
    send(ws, room.syncAnswer(stateVector));
    return;
  }
  if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) {
    refuse(1002, 'unknown sync message');
    return;
  }
  // Participants are read replicas: their raw CRDT updates are never applied.
  if (peer.identity.role !== 'facilitator' || peer.identity.readOnly) return;
  const update = decoding.readVarUint8Array(decoder);
  if (room.storeFailing) {
    ws.close(1013, 'store unavailable');
    return;
  }
  const refusal = inspectUpdate(room.doc, update);
  if (refusal) {
    refuse(refusal.code, refusal.reason);
    return;
  }
  room.lastActive = Date.now();
  Y.applyUpdate(room.doc, update, peer);
  // Yjs keeps an update whose structs wait for missing ones pending and re-merges it into every
  // later update. A tablet's pending part is small and short-lived (an edit sent while its
  // reconnect's sync step 2 is still on the way); a crafted stream's grows with every frame, and
  // so does the cost of each merge. Past the bound it is dropped (it was never logged, so nothing
  // a restart would keep is lost) and the socket closed; a real tablet resyncs on reconnect.
  const { store } = room.doc;
  const pendingBytes = (store.pendingStructs?.update.byteLength ?? 0) + (store.pendingDs?.byteLength ?? 0);
  if (pendingBytes > MAX_PENDING_BYTES) {
    store.pendingStructs = null;
    store.pendingDs = null;
    refuse(1007, 'update with missing dependencies');
  }
}

function onAwareness(room: Room, peer: Peer, decoder: decoding.Decoder): void {
  const update = decoding.readVarUint8Array(decoder);
  const ownedElsewhere = (id: number) => id === room.awareness.clientID || room.ownedByOther(id, peer);
  const stamped = stampAwareness(peer, update, ownedElsewhere);
  if (stamped) awarenessProtocol.applyAwarenessUpdate(room.awareness, stamped, peer);
}

/** The key of a token subject's budgets: one person (or facilitator id) in one workshop. */
export const subjectKey = (workshopId: string, participantId: string) => `${workshopId}:${participantId}`;
const subjectOf = (peer: Peer) => subjectKey(peer.identity.workshopId, peer.identity.participantId);

async function onMessage(
  room: Room,
  peer: Peer,
  data: Uint8Array,
  ws: WebSocket,
  refuse: Refuse,
): Promise<void> {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE.sync) return onSync(room, peer, decoder, ws, refuse);
  if (type === MESSAGE.awareness) return onAwareness(room, peer, decoder);
  if (type === MESSAGE.queryAwareness) {
    send(ws, awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
    return;
  }
  refuse(1003, 'unsupported message type');
}

/**
 * Serves one authenticated WebSocket in a loaded room, speaking the y-websocket protocol.
 * Facilitators' updates are applied (and broadcast once durable); participants' updates are
 * dropped while their sync requests are answered; awareness is stamped with the token's identity.
 * `socket` is the upgraded TCP stream, ended at once when the connection is refused (`refuser`).
 */
export function serveConnection(
  room: Room,
  ws: WebSocket,
  identity: PeerIdentity,
  limits: ConnectionLimits,
  budgets: SubjectBudgets,
  socket: Duplex,
): void {
  const refuse = refuser(ws, socket);
  // One completion callback per connection, not one closure per message sent.
  const onSent = (error?: Error | null) => {
    if (error) ws.terminate();
  };
  const peer: Peer = {
    identity,
    clientId: undefined,
    send: (message) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(message, onSent);
    },
    close: (code, reason) => ws.close(code, reason),
  };
  // While the disk fails the doc may hold edits that are not on disk: a new tablet must not
  // receive them (and would only add load); it retries and is served once the store recovers.
  if (room.storeFailing) {
    ws.on('error', () => ws.terminate());
    ws.close(1013, 'store unavailable');
    return;
  }
  chargeReceivedBytes(socket, budgets.receivedBytes, subjectOf(peer), refuse);
  const budget = new RateLimiter(limits.burst, limits.perSecond);
  let alive = true;
  const ping = setInterval(() => {
    if (!alive) return ws.terminate();
    alive = false;
    ws.ping();
  }, limits.pingMs);
  ws.on('pong', () => {
    alive = true;
  });
  ws.on('message', (data: RawData, isBinary: boolean) => {
    // Frames that were already parsed when the socket was closed are not served.
    if (ws.readyState !== WebSocket.OPEN) return;
    if (!isBinary || !(data instanceof Buffer)) return refuse(1003, 'binary messages only');
    if (!budget.take('c') || !budgets.messages.take(subjectOf(peer)))
      return refuse(1008, 'message rate limit');
    onMessage(room, peer, data, ws, refuse).catch(() => refuse(1007, 'malformed message'));
  });
  ws.on('close', () => {
    clearInterval(ping);
    room.removePeer(peer);
  });
  ws.on('error', () => ws.terminate());
  room.peers.add(peer);
  room.lastActive = Date.now();
  // Every replica gets the room's state vector first, before any update: a tablet whose cache
  // holds what the server lacks (a restored backup) can tell before it merges anything (0012).
  // A read replica's answer (sync step 2) is dropped like any of its updates.
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, room.doc);
  send(ws, encoding.toUint8Array(encoder));
  const states = [...room.awareness.getStates().keys()];
  if (states.length > 0) send(ws, awarenessMessage(room.awareness, states));
}
