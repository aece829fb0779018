import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api, type TestWorkshop } from './lib/api';
import { http } from './lib/http';
import { seeded } from './lib/rng';
import { SEED } from './lib/sizes';
import { sleep } from './lib/wait';

let server: TestServer;
let api: Api;
let w: TestWorkshop;
beforeAll(async () => {
  server = await startServer();
  api = new Api(server.url, server.adminToken);
  w = await api.createWorkshop();
});
afterAll(async () => server.stop());

/** Codes of the right shape that are not this workshop's (the alphabet of docs/api.md). */
function wrongCodes(n: number): string[] {
  const alphabet = 'ACEFGHJKMNPRTWXY34679';
  const rng = seeded(SEED + n);
  const codes = new Set<string>();
  while (codes.size < n) {
    const code = Array.from({ length: 6 }, () => rng.pick([...alphabet])).join('');
    if (code !== w.joinCode) codes.add(code);
  }
  return [...codes];
}

const join = (joinCode: string, localAddress: string) =>
  http(server.url, { path: '/api/join', body: { joinCode }, localAddress });

/** A tablet joining as the join screen does: on 429 it waits and tries again, within `budgetMs`. */
async function tabletJoins(localAddress: string, budgetMs: number, typo?: string): Promise<number> {
  const start = Date.now();
  if (typo) await join(typo, localAddress);
  for (;;) {
    const res = await join(w.joinCode, localAddress);
    if (res.status !== 429 || Date.now() - start > budgetMs) return res.status;
    await sleep(250);
  }
}

describe('join-code guessing', () => {
  it('a guessing loop from one address is cut off after at most 20 wrong codes', async () => {
    const statuses: number[] = [];
    for (const code of wrongCodes(100)) statuses.push((await join(code, '127.0.0.60')).status);
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal).toBeGreaterThan(0);
    expect(firstRefusal).toBeLessThanOrEqual(20);
    expect(statuses.slice(firstRefusal).every((s) => s === 429)).toBe(true);
    expect((await join(w.joinCode, '127.0.0.61')).status, 'another hall is not affected').toBe(200);
  });

  it('60 tablets behind one address join at once, 6 of them after a typo, all within 5 s', async () => {
    const typos = wrongCodes(6);
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => tabletJoins('127.0.0.70', 5000, i < 6 ? typos[i] : undefined)),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a guesser on the hall’s own address does not lock the hall’s 60 tablets out', async () => {
    for (const code of wrongCodes(40)) await join(code, '127.0.0.80');
    const statuses = await Promise.all(Array.from({ length: 60 }, () => tabletJoins('127.0.0.80', 5000)));
    const refused = statuses.filter((s) => s !== 200).length;
    expect(refused, `${refused} of 60 tablets could not join within 5 s`).toBe(0);
  });
});
