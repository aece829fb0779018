import { notesMap } from '@chiiki/model';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RateLimiter } from '../auth/rateLimit';
import { startTestServer } from '../testing/harness';
import { SyncClient, until, upgradeStatus } from '../testing/syncClient';
import { MAX_PENDING_BYTES } from './connection';
import { MAX_UPDATE_BYTES } from './inspectUpdate';
import { REFUSED_LINGER_MS } from './refuse';

/** Yjs updates whose headers promise far more than they hold. */
function craftedUpdates(): Uint8Array[] {
  const hugeCounts = encoding.createEncoder();
  encoding.writeVarUint(hugeCounts, 0x7fffffff);
  for (let i = 0; i < 4; i++) encoding.writeVarUint(hugeCounts, 0x7fffffff);
  const hugeContent = encoding.createEncoder();
  encoding.writeVarUint(hugeContent, 1);
  encoding.writeVarUint(hugeContent, 1);
  encoding.writeVarUint(hugeContent, 12345);
  encoding.writeVarUint(hugeContent, 0);
  encoding.writeUint8(hugeContent, 8);
  encoding.writeVarUint(hugeContent, 0x7fffffff);
  const random = new Uint8Array(64 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  return [encoding.toUint8Array(hugeCounts), encoding.toUint8Array(hugeContent), random];
}

describe('hostile updates', () => {
  it('neither hangs nor crashes the server on crafted Yjs updates from a facilitator', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    for (const update of craftedUpdates()) {
      const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
      await client.opened;
      const started = Date.now();
      client.sendUpdate(update);
      const health = await t.api('GET', '/api/health');
      expect(health.status).toBe(200);
      expect(await client.closed).toBe(1007);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.synced, 'room still serves');
    expect(watcher.doc.getMap('meta').get('phase')).toBe('preparation');
  });
});

/** A note entry nesting `depth` Y.Maps, as one update. */
function deepUpdate(depth: number): Uint8Array {
  const doc = new Y.Doc();
  let map = notesMap(doc) as Y.Map<unknown>;
  doc.transact(() => {
    for (let i = 0; i < depth; i++) {
      const next = new Y.Map<unknown>();
      map.set('deep', next);
      map = next;
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('a refused connection', () => {
  it('serves none of the frames sent after the refused one, and ends its stream at once', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await client.opened;
    const later = new Y.Doc();
    later.getMap('meta').set('after refusal', true);
    const started = Date.now();
    client.ws.send(Uint8Array.of(99)); // an unknown message type: refused with 1003
    client.sendUpdate(Y.encodeStateAsUpdate(later));
    expect(await client.closed).toBe(1003);
    // The client's close event needs the stream's end, not the server's 1 s cut.
    expect(Date.now() - started).toBeLessThan(REFUSED_LINGER_MS);
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.synced, 'room still serves');
    expect(watcher.doc.getMap('meta').has('after refusal')).toBe(false);
  });
});

describe('updates the board layout never produces', () => {
  it('refuses a 20,000-level structure (1007), nesting via an origin, and an oversized update (1009)', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const refusedWith = async (update: Uint8Array) => {
      const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
      await client.opened;
      client.sendUpdate(update);
      return client.closed;
    };
    expect(await refusedWith(deepUpdate(20_000))).toBe(1007);
    expect(await refusedWith(deepUpdate(2))).toBe(1007);
    // A new map inside an existing note, placed after one of its fields (parent not encoded).
    const writer = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => writer.synced, 'writer synced');
    const note = new Y.Map<unknown>();
    notesMap(writer.doc).set('note-1', note);
    note.set('text', 'a');
    await until(() => writer.doc.getMap('notes').size === 1, 'note written');
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(writer.doc));
    const before = Y.encodeStateVector(replica);
    (notesMap(replica).get('note-1') as Y.Map<unknown>).set('text', new Y.Map());
    expect(await refusedWith(Y.encodeStateAsUpdate(replica, before))).toBe(1007);
    const big = new Y.Doc();
    big.getMap('meta').set('blob', 'x'.repeat(MAX_UPDATE_BYTES));
    expect(await refusedWith(Y.encodeStateAsUpdate(big))).toBe(1009);
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.synced, 'room still serves');
    expect([...watcher.doc.getMap('notes').keys()]).toEqual(['note-1']);
    expect(watcher.doc.getMap('meta').has('blob')).toBe(false);
    const summary = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(summary.status).toBe(200);
  });

  it('a facilitator catching up on 500 offline notes in one update is accepted', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await until(() => watcher.synced, 'watcher synced');
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(watcher.doc));
    const before = Y.encodeStateVector(offline);
    offline.transact(() => {
      for (let i = 0; i < 500; i++) {
        const note = new Y.Map<unknown>();
        notesMap(offline).set(`note-${i}`, note);
        note.set('text', 'あ'.repeat(100));
        note.set('position', { order: i, x: 10, y: 20 });
      }
    });
    const update = Y.encodeStateAsUpdate(offline, before);
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await client.opened;
    client.sendUpdate(update);
    await until(() => watcher.doc.getMap('notes').size === 500, 'all 500 notes arrive');
  });

  it('the message budget of a token is not refilled by reconnecting', async () => {
    const t = await startTestServer({ limiters: { syncMessages: new RateLimiter(10, 0.001) } });
    const w = await t.createWorkshop();
    const codes: number[] = [];
    for (let round = 0; round < 3; round++) {
      const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
      await client.opened;
      // Its sync request, its answer to the server's, two awareness updates: four messages each.
      for (let i = 0; i < 2; i++) client.sendAwareness({ user: { name: 'x' } }, client.doc.clientID, i + 1);
      codes.push(
        await Promise.race([client.closed, new Promise<number>((r) => setTimeout(() => r(0), 500))]),
      );
      client.destroy();
    }
    // 10 messages for the token in all, whichever connection sends them; once they are spent,
    // the next upgrade is refused before any frame is read.
    expect(codes).toEqual([0, 0, 1008]);
    expect(await upgradeStatus(t.wsUrl(w.id, w.facilitatorToken))).toBe(429);
  });
});

describe('updates with missing dependencies', () => {
  /** Two changes of one doc: the second depends on the first. */
  function chained(size: number): { first: Uint8Array; second: Uint8Array } {
    const source = new Y.Doc();
    source.getMap('scratch').set('a', 'x'.repeat(size));
    const before = Y.encodeStateVector(source);
    source.getMap('scratch').set('a', 'y'.repeat(size));
    return { first: Y.encodeStateAsUpdate(source), second: Y.encodeStateAsUpdate(source, before) };
  }

  it('wait briefly for their dependency, as a reconnecting tablet needs', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const { first, second } = chained(10);
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await client.opened;
    client.sendUpdate(second);
    client.sendUpdate(first);
    const room = t.server.context.rooms.peek(w.id);
    await until(() => room?.doc.getMap('scratch').get('a') === 'y'.repeat(10), 'both applied');
    expect(room?.doc.store.pendingStructs).toBeNull();
  });

  it('are left out of sync answers, and reach every replica once applied', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const { first, second } = chained(10);
    const writer = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await writer.opened;
    writer.sendUpdate(second);
    const room = t.server.context.rooms.peek(w.id);
    await until(() => room?.doc.store.pendingStructs != null, 'second update pending');
    const replica = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await until(() => replica.synced, 'replica synced');
    expect(replica.doc.store.pendingStructs, 'the answer held no pending structs').toBeNull();
    writer.sendUpdate(first);
    await until(() => replica.doc.getMap('scratch').get('a') === 'y'.repeat(10), 'both reach the replica');
  });

  it(`are dropped past ${MAX_PENDING_BYTES} bytes, and the socket closed`, async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await client.opened;
    for (let i = 0; i < 3; i++) client.sendUpdate(chained(30 * 1024).second);
    expect(await client.closed).toBe(1007);
    const room = t.server.context.rooms.peek(w.id);
    expect(room?.doc.store.pendingStructs).toBeNull();
    expect(room?.doc.store.pendingDs).toBeNull();
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.synced, 'room still serves');
    expect(watcher.doc.getMap('meta').get('phase')).toBe('preparation');
  });
});
