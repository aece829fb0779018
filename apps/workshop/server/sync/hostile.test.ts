import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/harness';
import { SyncClient, until } from '../testing/syncClient';

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
