import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listNotes } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import { addNumberedNote, roomFile, startTestServer } from '../testing/harness';
import { SyncClient, until, upgradeStatus } from '../testing/syncClient';
import type { FaultHook } from './storeFs';

describe('room lifecycle', () => {
  it('refuses a listed workshop whose room file has gone missing instead of serving an empty board', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    await t.server.close();
    await rm(roomFile(t, w.id));
    await t.restart();
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(503);
    await expect(stat(roomFile(t, w.id))).rejects.toThrow();
  });

  it('flushes idle rooms out of memory and loads them again on demand', async () => {
    const t = await startTestServer({ idleMs: 50 });
    const w = await t.createWorkshop();
    expect((await addNumberedNote(t, w.id, w.facilitatorToken, 1)).status).toBe(200);
    await until(() => t.server.context.rooms.peek(w.id) === undefined, 'room evicted', 3000);
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => client.synced, 'synced after reload');
    expect(listNotes(client.doc, w.id)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.server.context.rooms.peek(w.id)).toBeDefined();
  });

  it('closes a facilitator connection with 1013 while the disk refuses writes', async () => {
    let full = false;
    const fault: FaultHook = (op, path) => {
      if (full && op === 'write' && path.endsWith('.ylog'))
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    const writer = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => writer.synced, 'writer synced');
    full = true;
    writer.doc.getMap('meta').set('phase', 'voting');
    await until(() => t.server.context.rooms.peek(w.id)?.storeFailing === true, 'store failing');
    writer.doc.getMap('meta').set('timer', 60);
    expect(await writer.closed).toBe(1013);
    full = false;
  });
});

describe('metadata store', () => {
  it("answers 503 when a workshop's file cannot be written, and keeps its last good file", async () => {
    let failMeta = false;
    const fault: FaultHook = (op, path) => {
      if (failMeta && op === 'rename' && path.endsWith('.json')) {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      }
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    const file = join(t.dir, 'workshops', `${w.id}.json`);
    const before = await readFile(file);
    failMeta = true;
    const res = await t.api('POST', '/api/join', { joinCode: w.joinCode });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('store_unavailable');
    expect(Buffer.compare(await readFile(file), before)).toBe(0);
    failMeta = false;
    expect((await t.api('POST', '/api/join', { joinCode: w.joinCode })).status).toBe(200);
  });

  it('refuses to start on an unreadable old workshops.json rather than forget the workshops', async () => {
    const t = await startTestServer();
    await t.server.close();
    const path = join(t.dir, 'workshops.json');
    await writeFile(path, '{"version":1,"workshops":[');
    await expect(t.restart()).rejects.toThrow(/workshops\.json/);
    expect(await readFile(path, 'utf8')).toBe('{"version":1,"workshops":[');
  });
});
