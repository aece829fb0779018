import { newId, notesMap } from '@chiiki/model';
import { memoryClientIdBook } from '../../../apps/workshop/src/sync/ownClients';
import { readdOwnNotes, restoreMissing } from '../../../apps/workshop/src/sync/recovery';
import { Replica } from '../../../apps/workshop/src/sync/replica';
import { socketFrom } from './hall';
import type { Outbox } from './outbox';

/** What one tablet put back after it found the server behind its copy. */
export interface Recovered {
  notes: number;
  groups: number;
}

/**
 * A tablet running the board client's own Replica (y-websocket provider, rollback guard, fresh
 * resync) in Node, from its own loopback address, with its copy in memory for as long as the
 * tablet lives (what y-indexeddb keeps in the browser). What it does once the copy is replaced is
 * what the board's useRestoreRecovery does: a facilitator writes the missing notes and groups
 * back, a participant re-adds its own through its outbox. `doc: 'private'` follows the token's
 * private doc (drafts while writing) instead of the board.
 */
export function restoreTablet(
  base: string,
  workshopId: string,
  token: string,
  localAddress: string,
  recover: (replica: Replica) => Recovered,
  doc?: 'private',
) {
  const replica = new Replica({
    serverUrl: `${base.replace(/^http/, 'ws')}/sync`,
    workshopId,
    params: doc ? { token, doc } : { token },
    ownClients: memoryClientIdBook(),
    WebSocketPolyfill: socketFrom(localAddress) as unknown as typeof WebSocket,
  });
  const recovered: Recovered = { notes: 0, groups: 0 };
  replica.onReplaced(() => {
    const r = recover(replica);
    recovered.notes += r.notes;
    recovered.groups += r.groups;
  });
  return { replica, recovered };
}

/** The facilitator's recovery: every missing note and group, written back by id. */
export function facilitatorRecovery(replica: Replica): Recovered {
  return replica.stale ? restoreMissing(replica.doc, replica.stale) : { notes: 0, groups: 0 };
}

/**
 * A participant's recovery: its own missing notes go into its outbox under their ids (the caller
 * flushes it, one flush at a time, as the board's outbox does).
 */
export function participantRecovery(participantId: string, outbox: Outbox) {
  return (replica: Replica): Recovered => {
    const intents = replica.stale ? readdOwnNotes(replica.doc, replica.stale, participantId) : [];
    for (const intent of intents) outbox.push({ ...intent, commandId: newId() });
    return { notes: intents.length, groups: 0 };
  };
}

/** The note ids a tablet's copy holds now. */
export function noteIdsOf(replica: Replica): Set<string> {
  return new Set(notesMap(replica.doc).keys());
}
