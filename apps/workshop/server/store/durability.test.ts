import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listNotes } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNumberedNote, roomFile, startTestServer } from '../testing/harness';
import { SyncClient, until, upgradeStatus } from '../testing/syncClient';
import { readRoomLog } from './readRoomLog';
import { type FaultHook, StoreFs } from './storeFs';

describe('durable store', () => {
  it('keeps notes and command ids across a restart, through compaction', async () => {
    const t = await startTestServer({ compactRecords: 5 });
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    for (let n = 0; n < 12; n++)
      expect((await addNumberedNote(t, w.id, p.participantToken, n)).status).toBe(200);
    await t.restart();
    const again = await addNumberedNote(t, w.id, p.participantToken, 3);
    expect(again.body.duplicate).toBe(true);
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => client.synced, 'synced after restart');
    expect(listNotes(client.doc, w.id)).toHaveLength(12);
  });

  it('refuses a room whose file is corrupt with 503 and leaves the file byte-identical', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    await t.server.close();
    const path = roomFile(t, w.id);
    const original = await readFile(path);
    const damaged = Buffer.concat([original, Buffer.from('trailing garbage that is long enough')]);
    damaged[original.length - 3] = (damaged[original.length - 3] ?? 0) ^ 0xff;
    await writeFile(path, damaged);
    await t.restart();
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(503);
    const res = await addNumberedNote(t, w.id, w.facilitatorToken, 1);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('room_unavailable');
    expect(Buffer.compare(await readFile(path), damaged)).toBe(0);
  });

  it('refuses a room whose file cannot be read (load fault) and serves it once the disk recovers', async () => {
    let failReads = false;
    const fault: FaultHook = (op, path) => {
      if (failReads && op === 'read' && path.endsWith('.ylog'))
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
    };
    const t = await startTestServer({ fault, idleMs: 50 });
    const w = await t.createWorkshop();
    await addNumberedNote(t, w.id, w.facilitatorToken, 1);
    await new Promise((r) => setTimeout(r, 400));
    failReads = true;
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(503);
    failReads = false;
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(200);
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(2);
  });

  it('recovers from a torn tail record by cutting it off', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    await addNumberedNote(t, w.id, w.facilitatorToken, 1);
    await t.server.close();
    const path = roomFile(t, w.id);
    const good = await readFile(path);
    await writeFile(path, Buffer.concat([good, Buffer.from([0, 0, 0, 50, 1, 2, 3, 4, 1, 9])]));
    await t.restart();
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.status).toBe(200);
    expect(shown.body.notes).toBe(1);
    expect((await readFile(path)).length).toBe(good.length);
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 2)).status).toBe(200);
  });

  it('broadcasts an update only after its fsync has finished', async () => {
    let gate: (() => void) | undefined;
    const fault: FaultHook = async (op, path) => {
      if (gate === undefined && op === 'sync' && path.endsWith('.ylog') && holding) {
        await new Promise<void>((resolve) => {
          gate = resolve;
        });
      }
    };
    let holding = false;
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.synced, 'watcher synced');
    holding = true;
    const pending = addNumberedNote(t, w.id, w.facilitatorToken, 1);
    await until(() => gate !== undefined, 'write reached fsync');
    await new Promise((r) => setTimeout(r, 150));
    expect(listNotes(watcher.doc, w.id)).toHaveLength(0);
    holding = false;
    gate?.();
    expect((await pending).status).toBe(200);
    await until(() => listNotes(watcher.doc, w.id).length === 1, 'broadcast after fsync');
  });

  it('answers a repeated command only once the first copy is on disk', async () => {
    let gate: (() => void) | undefined;
    let holding = false;
    const fault: FaultHook = async (op, path) => {
      if (gate === undefined && op === 'sync' && path.endsWith('.ylog') && holding) {
        await new Promise<void>((resolve) => {
          gate = resolve;
        });
      }
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    const p = await t.join(w.joinCode);
    holding = true;
    const first = addNumberedNote(t, w.id, p.participantToken, 1);
    await until(() => gate !== undefined, 'first copy reached fsync');
    let repeatAnswered = false;
    const repeat = addNumberedNote(t, w.id, p.participantToken, 1).then((res) => {
      repeatAnswered = true;
      return res;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(repeatAnswered).toBe(false);
    holding = false;
    gate?.();
    expect((await first).status).toBe(200);
    const again = await repeat;
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
  });

  it('stops acknowledging on a full disk, retries, and applies nothing twice once it recovers', async () => {
    let full = false;
    const errors: unknown[] = [];
    const fault: FaultHook = (op, path) => {
      if (full && op === 'write' && path.endsWith('.ylog')) {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
    };
    const t = await startTestServer({ fault, log: (_m, e) => errors.push(e) });
    const w = await t.createWorkshop();
    full = true;
    const stuck = addNumberedNote(t, w.id, w.facilitatorToken, 1);
    await until(() => errors.length > 0, 'write failure reported');
    const refused = await addNumberedNote(t, w.id, w.facilitatorToken, 2);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('store_unavailable');
    full = false;
    expect((await stuck).status).toBe(200);
    await t.restart();
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(1);
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 1)).body.duplicate).toBe(true);
  });

  it('keeps appending safely when a compaction fails half-way, and loses nothing', async () => {
    let failRename = false;
    let failDirSync = false;
    const fault: FaultHook = (op, path) => {
      const eio = Object.assign(new Error('EIO'), { code: 'EIO' });
      if (failRename && op === 'rename' && path.endsWith('.ylog')) throw eio;
      if (failDirSync && op === 'sync' && path.endsWith('rooms')) throw eio;
    };
    const t = await startTestServer({ fault, compactRecords: 3 });
    const w = await t.createWorkshop();
    failRename = true;
    for (let n = 0; n < 8; n++)
      expect((await addNumberedNote(t, w.id, w.facilitatorToken, n)).status).toBe(200);
    failRename = false;
    failDirSync = true;
    for (let n = 8; n < 16; n++)
      expect((await addNumberedNote(t, w.id, w.facilitatorToken, n)).status).toBe(200);
    failDirSync = false;
    for (let n = 16; n < 20; n++)
      expect((await addNumberedNote(t, w.id, w.facilitatorToken, n)).status).toBe(200);
    const onDisk = new Y.Doc();
    for (const record of (await readRoomLog(new StoreFs(), roomFile(t, w.id))).records) {
      Y.applyUpdate(onDisk, record.update);
    }
    expect(listNotes(onDisk, w.id)).toHaveLength(20);
    await t.restart();
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.notes).toBe(20);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(join(t.dir, 'rooms'))).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
