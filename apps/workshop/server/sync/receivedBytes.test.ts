import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../auth/rateLimit';
import { startTestServer } from '../testing/harness';
import { SyncClient, until } from '../testing/syncClient';

const KiB = 1024;

describe('the byte budget of a token subject', () => {
  it('refuses a connection (1008) while its message is still arriving, once the budget is spent', async () => {
    const t = await startTestServer({ limiters: { receivedBytes: new RateLimiter(100 * KiB, 0.001) } });
    const w = await t.createWorkshop();
    const client = new SyncClient(t.wsUrl(w.id, w.facilitatorToken), false);
    await client.opened;
    // Fragments of one message that is never finished: the server could only refuse it by its
    // size once complete (under the 1 MiB frame limit it would wait for more), so a close
    // here means the bytes were counted as they arrived.
    for (let i = 0; i < 3; i++) client.ws.send(new Uint8Array(64 * KiB), { binary: true, fin: false });
    expect(await client.closed).toBe(1008);
  });

  it('lets a facilitator within the budget sync as before', async () => {
    const t = await startTestServer({ limiters: { receivedBytes: new RateLimiter(100 * KiB, 0.001) } });
    const w = await t.createWorkshop();
    const writer = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => writer.synced, 'writer synced');
    writer.doc.getMap('meta').set('checked', 'yes');
    const watcher = new SyncClient(t.wsUrl(w.id, w.facilitatorToken));
    await until(() => watcher.doc.getMap('meta').get('checked') === 'yes', 'the edit arrives');
  });
});
