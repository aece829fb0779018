import { putNote } from '@chiiki/model';
import { afterAll, describe, expect, it } from 'vitest';
import { writeUpdate } from 'y-protocols/sync';
import { encodeStateAsUpdate } from 'yjs';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { readBoard } from './lib/board';
import { Probe } from './lib/probe';
import { report } from './lib/report';
import { syncMessage, syncUrl, Tablet } from './lib/tablet';
import { sleep, until } from './lib/wait';
import { facilitatorNote } from './lib/writers';
import { closeCode, openSocket } from './lib/ws';

const probe = new Probe();
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  probe.dispose();
});

const MiB = 1024 * 1024;

describe.each(['EIO', 'ENOSPC'])('the disk fails writes (%s)', (code) => {
  it('stops acknowledging, reports, stays bounded, recovers, loses nothing', async () => {
    server = await startServer({ env: probe.env() });
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const p = await api.join(w.joinCode);
    const other = await api.join(w.joinCode);
    const observer = new Tablet({ url: () => syncUrl(api.base, w.id, p.token), writer: false }).start();
    const writer = new Tablet({
      url: () => syncUrl(api.base, w.id, w.facilitatorToken),
      writer: true,
    }).start();
    await until(() => observer.synced && writer.synced, 'tablets synced');
    const stored: string[] = [];
    for (let i = 0; i < 5; i++) {
      const command = Api.addNote(`before-${i}`);
      expect((await api.command(w.id, p.token, command)).status).toBe(200);
      stored.push(String(command.noteId));
    }
    const memBefore = await probe.memory();

    await probe.fail(['write', 'sync', 'rename', 'truncate'], '/rooms/', code);
    const during = Api.addNote('written while the disk fails');
    const started = Date.now();
    const refused = await api.command(w.id, p.token, during);
    expect(refused.status).toBe(503);
    expect((refused.json as { error: { code: string } }).error.code).toBe('store_unavailable');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(server.output()).toContain(code);
    const failingNote = facilitatorNote(w.id, 'facilitator edit while failing', 1);
    putNote(writer.doc, failingNote);
    await sleep(300);
    expect(observer.seen.has(failingNote.id), 'nothing unpersisted is broadcast').toBe(false);
    expect(observer.seen.has(String(during.noteId))).toBe(false);

    // A flood while failing: commands are refused at once, raw updates close the socket (1013).
    let refusedFast = 0;
    for (let i = 0; i < 100; i++) {
      const res = await api.command(w.id, other.token, Api.addNote(`flood-${i}`));
      if (res.status === 503 || res.status === 429) refusedFast += 1;
    }
    const flooder = await openSocket(syncUrl(api.base, w.id, w.facilitatorToken));
    const closed = closeCode(flooder, 10_000);
    const big = facilitatorNote(w.id, 'x'.repeat(400), 2);
    const bigDoc = new Tablet({ url: () => '', writer: false });
    putNote(bigDoc.doc, big);
    const frame = syncMessage((e) => writeUpdate(e, encodeStateAsUpdate(bigDoc.doc)));
    for (let i = 0; i < 50; i++) flooder.send(frame);
    expect([1013, 1008]).toContain(await closed);
    bigDoc.stop();
    const memDuring = await probe.memory();
    expect(refusedFast).toBe(100);
    expect(memDuring.heapUsed - memBefore.heapUsed).toBeLessThan(32 * MiB);

    await probe.heal();
    const retried = await api.commandUntilDone(w.id, p.token, during);
    expect(retried.status).toBe(200);
    await until(
      () => observer.seen.has(failingNote.id),
      'the facilitator edit syncs once the disk heals',
      20_000,
    );
    stored.push(String(during.noteId), failingNote.id);

    await server.kill('SIGKILL');
    observer.stop();
    writer.stop();
    server = await server.restart();
    api.base = server.url;
    const board = await readBoard(server.url, w.id, p.token);
    for (const id of stored) expect(board.ids.has(id), `note ${id} survived`).toBe(true);
    expect(board.texts.length).toBe(new Set(board.texts).size);
    expect(board.texts.filter((t) => t.startsWith('flood-'))).toEqual([]);
    report(`storage-write-${code}`, {
      refusedWhileFailing: refusedFast + 1,
      heapGrowthWhileFailingMiB: +((memDuring.heapUsed - memBefore.heapUsed) / MiB).toFixed(1),
      notesKept: stored.length,
      notesLost: stored.filter((id) => !board.ids.has(id)).length,
    });
    await server.stop();
    server = undefined;
  });
});
