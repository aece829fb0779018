import { describe, expect, it } from 'vitest';
import type { FaultHook } from '../store/storeFs';
import { startTestServer } from '../testing/harness';

describe("a join while the workshop's file cannot be written", () => {
  it('answers 503 and forgets the attempt, so the retried join is counted once', async () => {
    let failing = false;
    const fault: FaultHook = (op, path) => {
      if (failing && op === 'write' && path.includes('/workshops/'))
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    const t = await startTestServer({ fault });
    const w = await t.createWorkshop();
    failing = true;
    const refused = await t.api('POST', '/api/join', { joinCode: w.joinCode, nickname: 'たろう' });
    expect(refused.status).toBe(503);
    failing = false;
    const joined = await t.api('POST', '/api/join', { joinCode: w.joinCode, nickname: 'たろう' });
    expect(joined.status).toBe(200);
    const shown = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(shown.body.participants).toBe(1);
    expect(shown.body.attendance.tablets).toBe(1);
    await t.restart();
    const after = await t.api('GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken);
    expect(after.body.participants).toBe(1);
  });
});
