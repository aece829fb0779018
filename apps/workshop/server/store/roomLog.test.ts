import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_MAGIC, scanFrames } from './frames';
import { readRoomLog } from './readRoomLog';
import { decodeRecord, type LogRecord } from './records';
import { RoomLog } from './roomLog';
import { type AppendFile, StoreFs } from './storeFs';

/** A log file in memory whose durable appends finish only when the test says so. */
function gatedFile() {
  const appends: Array<{ data: Uint8Array; done: () => void; fail: (e: unknown) => void }> = [];
  let bytes: Uint8Array = LOG_MAGIC;
  const file: AppendFile = {
    path: '/mem/room.ylog',
    write: async () => undefined,
    append: (data, position) =>
      new Promise<void>((resolve, reject) => {
        appends.push({
          data,
          done: () => {
            const next = new Uint8Array(position + data.length);
            next.set(bytes.subarray(0, position));
            next.set(data, position);
            bytes = next;
            resolve();
          },
          fail: reject,
        });
      }),
    sync: async () => undefined,
    truncate: async () => undefined,
    size: async () => bytes.length,
    close: async () => undefined,
  };
  const fs = { openAppend: async () => file } as unknown as StoreFs;
  return { fs, appends, records: () => scanFrames(bytes).payloads.map(decodeRecord) };
}

const update = (n: number): LogRecord => ({ kind: 'update', update: new Uint8Array([n, n, n]) });
const options = { compactRecords: 1e6, compactBytes: 1e9, maxPendingBytes: 1e6, onError: () => undefined };
/** Lets every queued promise callback run (no timers are involved in a flush). */
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('room log group commit', () => {
  it('flushes at once when idle and batches only what arrives while a flush is in flight', async () => {
    const disk = gatedFile();
    const read = { validEnd: LOG_MAGIC.length, torn: false, exists: true };
    const log = await RoomLog.open(disk.fs, '/mem/room.ylog', read, () => update(0), options);
    const resolved: number[] = [];
    const first = log.append(update(1)).then(() => resolved.push(1));
    await settle();
    // Idle: the first record went out alone, without waiting for a timer or for company.
    expect(disk.appends).toHaveLength(1);
    const second = log.append(update(2)).then(() => resolved.push(2));
    const third = log.append(update(3)).then(() => resolved.push(3));
    await settle();
    // In flight: the next two wait, and nothing is acknowledged before its bytes are durable.
    expect(disk.appends).toHaveLength(1);
    expect(resolved).toEqual([]);
    disk.appends[0]?.done();
    await first;
    await settle();
    // Both went out together as one durable append (one write + fdatasync), still unacknowledged.
    expect(disk.appends).toHaveLength(2);
    expect(resolved).toEqual([1]);
    disk.appends[1]?.done();
    await Promise.all([second, third]);
    expect(resolved).toEqual([1, 2, 3]);
    expect(disk.records().map((r) => r.update[0])).toEqual([1, 2, 3]);
    expect(log.busy).toBe(false);
  });

  it('acknowledges nothing of a batch whose durable append failed, and retries it whole', async () => {
    const disk = gatedFile();
    const read = { validEnd: LOG_MAGIC.length, torn: false, exists: true };
    const log = await RoomLog.open(disk.fs, '/mem/room.ylog', read, () => update(0), options);
    let acknowledged = false;
    const pending = log.append(update(7)).then(() => {
      acknowledged = true;
    });
    await settle();
    disk.appends[0]?.fail(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await settle();
    expect(acknowledged).toBe(false);
    expect(log.failing).toBe(true);
    // The retry comes after a backoff (100 ms for a first failure).
    for (let i = 0; i < 200 && disk.appends.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(disk.appends).toHaveLength(2);
    expect(acknowledged).toBe(false);
    disk.appends[1]?.done();
    await pending;
    expect(disk.records().map((r) => r.update[0])).toEqual([7]);
  });
});

describe('room log on disk', () => {
  const snapshot = (): LogRecord => ({ kind: 'snapshot', applied: [], update: new Uint8Array([9, 9, 9]) });

  it('writes into zeros reserved ahead, continues after its data when reopened after a crash, and compacts tight', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roomlog-'));
    try {
      const fs = new StoreFs();
      const path = join(dir, 'room.ylog');
      const opened = await RoomLog.open(fs, path, await readRoomLog(fs, path), snapshot, options);
      for (const n of [1, 2, 3]) await opened.append(update(n));
      const first = await readRoomLog(fs, path);
      const bytes = await readFile(path);
      // The file is longer than its data: the rest is the reserved zeros, which are not a torn tail.
      expect(bytes.length).toBeGreaterThan(first.validEnd + 1000);
      expect(bytes.subarray(first.validEnd).every((b) => b === 0)).toBe(true);
      expect(first).toMatchObject({ torn: false });
      // A crash: the first handle is never closed, and a new log opens on what the file holds.
      const reopened = await RoomLog.open(fs, path, first, snapshot, options);
      await reopened.append(update(4));
      const second = await readRoomLog(fs, path);
      expect(second.records.map((r) => r.update[0])).toEqual([1, 2, 3, 4]);
      await reopened.compact();
      const compacted = await readRoomLog(fs, path);
      expect(compacted.records.map((r) => r.kind)).toEqual(['snapshot']);
      expect((await readFile(path)).length).toBe(compacted.validEnd);
      await opened.close(0);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
