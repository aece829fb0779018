import { notesMap } from '@chiiki/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { FaultHook } from '../store/storeFs';
import { startTestServer } from '../testing/harness';
import { SyncClient, until } from '../testing/syncClient';

describe('a room whose edits may not be on disk', () => {
  it('refuses new connections (1013) while the disk fails, and serves them once it recovers', async () => {
    let failing = false;
    const fault: FaultHook = (op, path) => {
      if (failing && op === 'write' && path.endsWith('.ylog'))
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    const writer = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => writer.synced, 'writer synced');
    failing = true;
    const note = new Y.Map<unknown>();
    notesMap(writer.doc).set('note-unsaved', note);
    note.set('text', 'まだ保存されていない');
    const room = await t.server.context.rooms.get(w.id);
    await until(() => room.storeFailing, 'the write failed');
    // Durability is unknown: the room says so instead of serving the doc as if it were safe.
    expect(await room.durable(1, 50)).toBe(false);
    const late = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    expect(await late.closed).toBe(1013);
    expect(late.synced).toBe(false);
    expect(late.doc.getMap('notes').size).toBe(0);
    failing = false;
    await until(() => !room.storeFailing, 'the store recovered', 15_000);
    expect(await room.durable(1, 5000)).toBe(true);
    const fresh = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await until(() => fresh.synced, 'served again');
    await until(() => fresh.doc.getMap('notes').has('note-unsaved'), 'the edit, now on disk');
  });
});
