import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/harness';
import { RateLimiter } from './rateLimit';

describe('join-code guessing', () => {
  it('a spent wrong-code budget refuses wrong codes (429, Retry-After), never the right one', async () => {
    const t = await startTestServer();
    const w = await t.createWorkshop();
    const join = (joinCode: string) =>
      fetch(`${t.server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode }),
      });
    const wrong = w.joinCode === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 25; i++) {
      const res = await join(wrong);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses).toEqual([...Array(20).fill(404), ...Array(5).fill(429)]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const right = await Promise.all(Array.from({ length: 60 }, () => join(w.joinCode)));
    expect(right.map((r) => r.status)).toEqual(Array(60).fill(200));
    expect((await join(wrong)).status).toBe(429);
  });

  it('past the server-wide wrong-code budget, wrong codes answer 429 and it is logged; right ones join', async () => {
    const logged: string[] = [];
    const t = await startTestServer({
      limiters: { joinFailuresGlobal: new RateLimiter(2, 0.0001) },
      log: (message) => logged.push(message),
    });
    const w = await t.createWorkshop();
    const join = (joinCode: string) =>
      fetch(`${t.server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode }),
      }).then((r) => r.status);
    const wrong = w.joinCode === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    expect([await join(wrong), await join(wrong), await join(wrong)]).toEqual([404, 404, 429]);
    expect(await join(w.joinCode)).toBe(200);
    expect(logged.some((m) => m.includes('server-wide'))).toBe(true);
  });
});
