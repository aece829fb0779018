import {
  listNotes,
  type NoteId,
  notesMap,
  type ParticipantId,
  putNote,
  setPhase,
  type WorkshopId,
} from '@chiiki/model';
import { afterEach, describe, expect, it } from 'vitest';
import { startBoard } from '../testing/board';
import { SyncClient, until, upgradeStatus } from '../testing/syncClient';
import { settleHooks } from './settle';

afterEach(() => {
  settleHooks.afterShared = undefined;
});

describe('silent writing', () => {
  it('keeps others’ drafts off a participant’s tablet until reveal, then shares them once', async () => {
    const b = await startBoard(2);
    const [a, c] = b.participants as [(typeof b.participants)[0], (typeof b.participants)[0]];
    await b.phase('writing');
    const sharedA = await b.sync(a.participantToken);
    const privateA = await b.sync(a.participantToken, 'private');
    const privateC = await b.sync(c.participantToken, 'private');
    const draftA = await b.note(a.participantToken, 'Aの考え');
    const draftC = await b.note(c.participantToken, 'Cの考え');
    const byFacilitator = await b.note(b.facilitator, '代理で書いた考え');
    await until(() => notesMap(privateA.doc).has(draftA), 'own draft arrives');
    await until(() => notesMap(privateC.doc).has(draftC), 'C’s own draft arrives');
    // A's tablet: its own draft in its private doc, nothing of anyone else anywhere.
    await new Promise((r) => setTimeout(r, 150));
    expect([...notesMap(sharedA.doc).keys()]).toEqual([]);
    expect([...notesMap(privateA.doc).keys()]).toEqual([draftA]);
    expect(notesMap(privateC.doc).has(draftA)).toBe(false);
    // The facilitator sees every draft.
    const drafts = await b.t.api('GET', `/api/workshops/${b.id}/private`, undefined, b.facilitator);
    expect(drafts.body.drafts).toBe(3);
    expect(
      (await b.t.api('GET', `/api/workshops/${b.id}/private`, undefined, a.participantToken)).status,
    ).toBe(403);
    // A's own draft can be edited while private.
    expect(
      (await b.cmd(a.participantToken, { type: 'editNote', noteId: draftA, text: 'Aの考え（直し）' })).status,
    ).toBe(200);
    await b.phase('sharing');
    await until(() => notesMap(sharedA.doc).size === 3, 'revealed to A');
    expect(
      listNotes(sharedA.doc, b.id)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['Aの考え（直し）', 'Cの考え', '代理で書いた考え'].sort());
    await until(() => notesMap(privateA.doc).size === 0, 'drafts cleared');
    expect(notesMap(sharedA.doc).has(byFacilitator)).toBe(true);
    // Back to writing: revealed notes stay shared, new drafts are private again.
    await b.phase('writing');
    const later = await b.note(c.participantToken, 'あとからの考え');
    await new Promise((r) => setTimeout(r, 150));
    expect(notesMap(sharedA.doc).size).toBe(3);
    expect(notesMap(sharedA.doc).has(later)).toBe(false);
    await b.phase('grouping');
    await until(() => notesMap(sharedA.doc).has(later), 'second reveal');
  });

  it('finishes a reveal interrupted after the shared write, with no duplicate and no loss', async () => {
    const b = await startBoard(2);
    await b.phase('writing');
    const ids: string[] = [];
    for (const [i, p] of b.participants.entries()) {
      ids.push(
        await b.note(p.participantToken, `下書き${i}-1`),
        await b.note(p.participantToken, `下書き${i}-2`),
      );
    }
    settleHooks.afterShared = () => {
      throw new Error('crash between the shared write and the clearing of drafts');
    };
    const res = await b.cmd(b.facilitator, { type: 'setPhase', phase: 'sharing' });
    expect(res.status).toBe(500);
    settleHooks.afterShared = undefined;
    await b.t.restart();
    const p = b.participants[0]?.participantToken as string;
    const shared = await b.sync(p);
    const own = await b.sync(p, 'private');
    await until(() => notesMap(shared.doc).size === 4, 'all four revealed');
    await until(() => notesMap(own.doc).size === 0, 'drafts cleared after restart');
    expect(
      listNotes(shared.doc, b.id)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...ids].sort());
    const exported = await b.t.api('GET', `/api/workshops/${b.id}/export`, undefined, b.facilitator);
    expect(exported.body.notes).toHaveLength(4);
  });

  it('reveals every draft on close, so nothing written is lost', async () => {
    const b = await startBoard(1);
    await b.phase('writing');
    const id = await b.note(b.participants[0]?.participantToken as string, '閉じる直前の考え');
    expect((await b.t.api('POST', `/api/workshops/${b.id}/close`, {}, b.facilitator)).status).toBe(200);
    const exported = await b.t.api('GET', `/api/workshops/${b.id}/export`, undefined, b.facilitator);
    expect(exported.body.notes.map((n: { id: string }) => n.id)).toEqual([id]);
    const drafts = await b.t.api('GET', `/api/workshops/${b.id}/private`, undefined, b.facilitator);
    expect(drafts.body.drafts).toBe(0);
  });
});

describe('a facilitator tablet that writes the phase straight into the doc', () => {
  it('still reveals the drafts', async () => {
    const b = await startBoard(1);
    await b.phase('writing');
    const id = await b.note(b.participants[0]?.participantToken as string, '直接書き込みでも公開');
    const facilitator = new SyncClient(b.t.wsUrl(b.id, b.facilitator));
    await until(() => facilitator.synced, 'facilitator synced');
    setPhase(facilitator.doc, 'sharing');
    await until(() => notesMap(facilitator.doc).has(id), 'revealed');
  });
});

describe('the private doc', () => {
  it('is read-only, its own holder’s only, and keeps retried drafts exactly once', async () => {
    const b = await startBoard(1);
    const p = b.participants[0]?.participantToken as string;
    await b.phase('writing');
    const body = {
      type: 'addNote',
      commandId: 'draft-cmd-1',
      noteId: 'draft-note-1',
      lane: 'city',
      text: '一度だけ',
    };
    expect((await b.cmd(p, body)).body.private).toBe(true);
    const again = await b.cmd(p, body);
    expect([again.status, again.body.duplicate, again.body.note?.text]).toEqual([200, true, '一度だけ']);
    const sneaky = new SyncClient(`${b.t.wsUrl(b.id, p)}&doc=private`);
    await until(() => sneaky.synced, 'private synced');
    putNote(sneaky.doc, {
      typeName: 'note',
      id: 'forged-1' as NoteId,
      workshopId: b.id as WorkshopId,
      lane: 'city',
      text: '偽の付箋',
      authorId: 'someone' as ParticipantId,
      position: { order: 1 },
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    await new Promise((r) => setTimeout(r, 150));
    const drafts = await b.t.api('GET', `/api/workshops/${b.id}/private`, undefined, b.facilitator);
    expect(drafts.body.participants[0].notes.map((n: { id: string }) => n.id)).toEqual(['draft-note-1']);
    expect(await upgradeStatus(`${b.t.wsUrl(b.id, p)}&doc=someone-else`)).toBe(404);
    await b.phase('sharing');
    const shared = await b.sync(p);
    expect([...notesMap(shared.doc).keys()]).toEqual(['draft-note-1']);
  });
});
