import { listNotes, type NoteId, type ParticipantId, putNote, type WorkshopId } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startTestServer } from '../testing/harness';
import { SyncClient, until, upgradeStatus } from '../testing/syncClient';

const sampleNote = (workshopId: string, id: string, text: string) => ({
  typeName: 'note' as const,
  id: id as NoteId,
  workshopId: workshopId as WorkshopId,
  lane: 'citizen',
  text,
  authorId: 'facilitator1' as ParticipantId,
  position: { order: 1 },
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
});

describe('sync WebSocket', () => {
  it('syncs two facilitators through y-websocket providers and keeps the plan lanes', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const base = t.server.url.replace('http', 'ws');
    const docs = [new Y.Doc(), new Y.Doc()];
    const providers = docs.map(
      (doc) =>
        new WebsocketProvider(`${base}/sync`, w.id, doc, {
          params: { token: w.facilitatorToken },
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        }),
    );
    try {
      await until(() => providers.every((p) => p.synced), 'providers synced');
      putNote(docs[0] as Y.Doc, sampleNote(w.id, 'note0001', '見守りの輪'));
      await until(
        () => listNotes(docs[1] as Y.Doc, w.id).length === 1,
        'note reached the second facilitator',
      );
      expect(listNotes(docs[1] as Y.Doc, w.id)[0]?.text).toBe('見守りの輪');
      expect((docs[1] as Y.Doc).getMap('meta').get('phase')).toBe('preparation');
    } finally {
      for (const p of providers) p.destroy();
    }
  });

  it('ignores a participant’s raw update but answers its sync request', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    const participant = new SyncClient(t.wsUrl(w.id, p.participantToken));
    await Promise.all([watcher.opened, participant.opened]);
    await until(() => participant.synced && watcher.synced, 'both synced');
    expect(participant.doc.getMap('meta').get('phase')).toBe('preparation');
    putNote(participant.doc, sampleNote(w.id, 'forged01', '勝手な付箋'));
    await new Promise((r) => setTimeout(r, 300));
    expect(participant.closeCode).toBeUndefined();
    expect(listNotes(watcher.doc, w.id)).toHaveLength(0);
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(0);
    const res = await t.api(
      'POST',
      `/api/workshops/${w.id}/commands`,
      { type: 'addNote', commandId: 'cmd-0001', noteId: 'real0001', lane: 'city', text: '正規の付箋' },
      p.participantToken,
    );
    expect(res.status).toBe(200);
    await until(
      () => listNotes(watcher.doc, w.id).some((n) => n.id === 'real0001'),
      'command reached watcher',
    );
  });

  it('refuses upgrades without a valid token for this open workshop, before upgrading', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const other = await t.createWorkshop();
    expect(await upgradeStatus(t.wsUrl(w.id))).toBe(401);
    expect(await upgradeStatus(t.wsUrl(w.id, 'not.a.jwt'))).toBe(401);
    expect(await upgradeStatus(t.wsUrl(w.id, other.facilitatorToken))).toBe(403);
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(101);
    const live = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await live.opened;
    await t.api('POST', `/api/workshops/${w.id}/close`, {}, w.facilitatorToken);
    expect(await live.closed).toBe(4403);
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(403);
  });

  it('closes a frame over 1 MiB with 1009', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await client.opened;
    client.ws.send(new Uint8Array(1024 * 1024 + 16));
    expect(await client.closed).toBe(1009);
  });

  it('closes a connection that floods messages, and one that sends garbage', async () => {
    const t = await startTestServer({ connection: { burst: 20, perSecond: 1 } });
    const w = await t.createWorkshop();
    const flood = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await flood.opened;
    for (let i = 0; i < 50; i++) flood.sendAwareness({ cursor: i }, flood.doc.clientID, i + 1);
    expect(await flood.closed).toBe(1008);
    const garbage = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await garbage.opened;
    garbage.ws.send(new Uint8Array([0, 2, 200, 1, 2, 3]));
    expect(await garbage.closed).toBe(1007);
  });

  it('stamps awareness with the token’s identity and refuses to speak for other clients', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode, 'はなこ');
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    const participant = new SyncClient(t.wsUrl(w.id, p.participantToken));
    await Promise.all([watcher.opened, participant.opened]);
    participant.sendAwareness({ user: { name: '市長', role: 'facilitator' }, cursor: 3 });
    await until(() => watcher.awareness.getStates().has(participant.doc.clientID), 'awareness arrived');
    const state = watcher.awareness.getStates().get(participant.doc.clientID);
    expect(state?.user).toMatchObject({ name: 'はなこ', role: 'participant' });
    expect(state?.cursor).toBe(3);
    participant.sendAwareness({ user: { name: 'なりすまし' } }, watcher.doc.clientID + 1, 5);
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.awareness.getStates().has(watcher.doc.clientID + 1)).toBe(false);
    participant.destroy();
    await until(
      () => !watcher.awareness.getStates().has(participant.doc.clientID),
      'awareness removed on leave',
    );
  });

  it('serves a participant’s y-websocket provider as a read replica', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    const base = t.server.url.replace('http', 'ws');
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${base}/sync`, w.id, doc, {
      params: { token: p.participantToken },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    try {
      await until(() => provider.synced, 'participant provider synced');
      expect(doc.getMap('meta').get('phase')).toBe('preparation');
      putNote(doc, sampleNote(w.id, 'local001', 'ローカルだけ'));
      const add = {
        type: 'addNote',
        commandId: 'cmd-prov-1',
        noteId: 'real0002',
        lane: 'city',
        text: '届く付箋',
      };
      expect((await t.api('POST', `/api/workshops/${w.id}/commands`, add, p.participantToken)).status).toBe(
        200,
      );
      await until(() => listNotes(doc, w.id).some((n) => n.id === 'real0002'), 'command echoed to replica');
      const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
      expect(shown.body.notes).toBe(1);
      expect(provider.wsconnected).toBe(true);
    } finally {
      provider.destroy();
    }
  });

  it('refuses connections beyond the room limit with 503', async () => {
    const t = await startTestServer({ connection: { maxPerRoom: 2 } });
    const w = await t.createWorkshop();
    const a = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    const b = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await Promise.all([a.opened, b.opened]);
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(503);
    a.destroy();
    await until(() => t.server.context.rooms.peek(w.id)?.peers.size === 1, 'one left');
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(101);
  });
});
