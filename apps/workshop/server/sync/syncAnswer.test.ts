import { listNotes } from '@chiiki/model';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addNumberedNote, startTestServer } from '../testing/harness';
import { SyncClient, until } from '../testing/syncClient';
import { MESSAGE } from './messages';

/** The state vector of a replica that holds nothing: what a tablet joining for the first time sends. */
const EMPTY_STATE = Y.encodeStateVector(new Y.Doc());

/** Applies a sync step 2 message to a fresh doc, as a joining tablet would. */
function replicaOf(message: Uint8Array): Y.Doc {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE.sync);
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  return doc;
}

describe('the answer to a sync request', () => {
  it('encodes the whole board once for empty replicas and encodes it again after every change', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 1)).status).toBe(200);
    const room = await t.server.context.rooms.get(w.id);
    const first = room.syncAnswer(EMPTY_STATE);
    expect(room.syncAnswer(EMPTY_STATE)).toBe(first);
    expect(listNotes(replicaOf(first), w.id).map((n) => n.id)).toEqual(['note-1-x']);

    const partial = replicaOf(first);
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(200);
    // A replica that holds note 1 gets only the difference; that answer is never reused for others.
    const difference = room.syncAnswer(Y.encodeStateVector(partial));
    const decoder = decoding.createDecoder(difference);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(partial, decoding.readVarUint8Array(decoder));
    expect(listNotes(partial, w.id)).toHaveLength(2);
    const full = room.syncAnswer(EMPTY_STATE);
    expect(full).not.toBe(first);
    expect(full).not.toBe(difference);
    expect(
      listNotes(replicaOf(full), w.id)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['note-1-x', 'note-2-x']);
  });

  it('gives a tablet that joins after a change the board with that change', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const early = await t.join(w.joinCode);
    const late = await t.join(w.joinCode);
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 1)).status).toBe(200);
    const first = new SyncClient(t.wsUrl(w.id, early.participantToken), false);
    await until(() => first.synced, 'first tablet synced');
    expect(listNotes(first.doc, w.id)).toHaveLength(1);

    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(200);
    const second = new SyncClient(t.wsUrl(w.id, late.participantToken), false);
    // Note 2 was broadcast before this tablet connected: only the sync answer can carry it.
    await until(() => second.synced, 'second tablet synced');
    expect(listNotes(second.doc, w.id)).toHaveLength(2);
  });
});
