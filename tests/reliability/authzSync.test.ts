import { metaMap, notesMap, putNote, setPhase } from '@chiiki/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { type Cast, castFor } from './lib/authzSetup';
import { workshopState } from './lib/state';
import { awarenessFrame, syncMessage, syncUrl, Tablet } from './lib/tablet';
import { sleep, until } from './lib/wait';
import { facilitatorNote } from './lib/writers';
import { openSocket, upgradeStatus } from './lib/ws';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startServer();
  cast = await castFor(server);
});
afterAll(async () => server.stop());

/** Raw Yjs changes a participant's socket might send; participants are read replicas (ADR 0004). */
const WRITES: Array<[string, (doc: Y.Doc, c: Cast) => void]> = [
  ['set the phase to closed', (doc) => setPhase(doc, 'closed')],
  ['lock the board', (doc) => metaMap(doc).set('locks', { board: true, lanes: ['citizen'] })],
  ['delete the owner’s note', (doc, c) => notesMap(doc).delete(c.note.id)],
  ['add a note without a command', (doc, c) => putNote(doc, facilitatorNote(c.w.id, '裏口', 1))],
];

describe('a participant socket cannot write the board', () => {
  it.each(WRITES)('%s: dropped, nothing changed', async (_name, change) => {
    const before = await workshopState(server.url, server.adminToken, cast.w.id);
    const socket = await openSocket(syncUrl(server.url, cast.w.id, cast.tokens.participant ?? ''));
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => socket.send(syncMessage((e) => writeUpdate(e, update))));
    change(doc, cast);
    socket.send(syncMessage((e) => writeUpdate(e, Y.encodeStateAsUpdate(doc))));
    await sleep(300);
    socket.terminate();
    expect(await workshopState(server.url, server.adminToken, cast.w.id)).toEqual(before);
  });
});

describe('awareness spoofing', () => {
  it('a participant cannot speak for another client id nor claim a role or a name', async () => {
    const facilitator = new Tablet({
      url: () => syncUrl(server.url, cast.w.id, cast.w.facilitatorToken),
      writer: true,
    });
    const watcher = new Tablet({
      url: () => syncUrl(server.url, cast.w.id, cast.owner.token),
      writer: false,
    });
    facilitator.start();
    watcher.start();
    await until(() => facilitator.synced && watcher.synced, 'tablets synced');
    const facilitatorId = facilitator.doc.clientID;
    facilitator.send(awarenessFrame(facilitatorId, 1, { cursor: 1 }));
    await until(() => watcher.awareness.getStates().has(facilitatorId), 'facilitator presence relayed');
    const genuine = JSON.stringify(watcher.awareness.getStates().get(facilitatorId));

    const attacker = await openSocket(syncUrl(server.url, cast.w.id, cast.tokens.participant ?? ''));
    const forged = { user: { role: 'facilitator', name: '市の職員', id: 'facilitator0' } };
    attacker.send(awarenessFrame(facilitatorId, 99, forged));
    attacker.send(awarenessFrame(4242, 1, forged));
    attacker.send(awarenessFrame(4243, 1, forged));
    await until(() => watcher.awareness.getStates().has(4242), 'the attacker’s own presence relayed');
    await sleep(200);
    const states = watcher.awareness.getStates();
    expect(JSON.stringify(states.get(facilitatorId))).toBe(genuine);
    expect(states.get(4242)?.user).toMatchObject({ role: 'participant', id: cast.intruder.participantId });
    expect(states.has(4243), 'one connection speaks for one client id').toBe(false);
    attacker.terminate();
    facilitator.stop();
    watcher.stop();
  });
});

describe('writes after close', () => {
  it('tokens, join code and sync of a closed workshop are refused; the record is frozen', async () => {
    const api = new Api(server.url, server.adminToken);
    const c = await api.createWorkshop();
    const p = await api.join(c.joinCode);
    expect((await api.command(c.id, p.token, Api.addNote('閉じる前'))).status).toBe(200);
    const closed = await api.command(c.id, c.facilitatorToken, Api.addNote('x'));
    expect(closed.status).toBe(200);
    const { http } = await import('./lib/http');
    expect(
      (
        await http(server.url, {
          method: 'POST',
          path: `/api/workshops/${c.id}/close`,
          token: c.facilitatorToken,
        })
      ).status,
    ).toBe(200);
    const before = await workshopState(server.url, server.adminToken, c.id);
    const cells: Array<[string, () => Promise<number>, number]> = [
      ['participant command', async () => (await api.command(c.id, p.token, Api.addNote('後'))).status, 403],
      [
        'facilitator command',
        async () => (await api.command(c.id, c.facilitatorToken, Api.addNote('後'))).status,
        403,
      ],
      ['participant sync', () => upgradeStatus(syncUrl(server.url, c.id, p.token)), 403],
      ['facilitator sync', () => upgradeStatus(syncUrl(server.url, c.id, c.facilitatorToken)), 403],
      [
        'join by code',
        async () => (await http(server.url, { path: '/api/join', body: { joinCode: c.joinCode } })).status,
        403,
      ],
      [
        'a new facilitator token',
        async () =>
          (
            await http(server.url, {
              method: 'POST',
              path: `/api/workshops/${c.id}/facilitator-token`,
              token: server.adminToken,
            })
          ).status,
        403,
      ],
    ];
    for (const [name, attempt, status] of cells) expect(await attempt(), name).toBe(status);
    expect(await workshopState(server.url, server.adminToken, c.id)).toEqual(before);
  });
});
