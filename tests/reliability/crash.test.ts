import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { readBoard } from './lib/board';
import { report } from './lib/report';
import { seeded } from './lib/rng';
import { SEED, SIZES } from './lib/sizes';
import { syncUrl, Tablet } from './lib/tablet';
import { sleep, until } from './lib/wait';
import { facilitatorWriter, participantWriter, type Writer } from './lib/writers';

let server: TestServer | undefined;
afterAll(async () => server?.stop());

describe('crash durability (SIGKILL at seeded random moments)', () => {
  it(`keeps every edit a tablet saw or was acknowledged, across ${SIZES.crashKills} kills`, async () => {
    const rng = seeded(SEED);
    server = await startServer();
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const checker = await api.join(w.joinCode);
    const base = () => api.base;
    const acked = new Set<string>();
    const tablets: Tablet[] = [];
    const writers: Writer[] = [];
    const facilitators = Math.ceil(SIZES.crashTablets / 3);
    for (let i = 0; i < SIZES.crashTablets; i++) {
      const writer = i < facilitators;
      const token = writer ? w.facilitatorToken : (await api.join(w.joinCode)).token;
      const tablet = new Tablet({ url: () => syncUrl(base(), w.id, token), writer }).start();
      tablets.push(tablet);
      writers.push(
        writer
          ? facilitatorWriter(tablet, w.id, `f${i}`, rng)
          : participantWriter(api, w.id, token, `p${i}`, acked, rng),
      );
    }
    await until(() => tablets.every((t) => t.synced), 'all tablets synced', 30_000);

    let lost = 0;
    let duplicates = 0;
    let checkedEdits = 0;
    const lostIds: string[] = [];
    for (let kill = 0; kill < SIZES.crashKills; kill++) {
      await sleep(300 + rng.int(2700));
      await server.kill('SIGKILL');
      for (const t of [...tablets, ...writers]) t.hold = true;
      const mustHave = new Set<string>(acked);
      for (const t of tablets) for (const id of t.seen) mustHave.add(id);
      server = await server.restart();
      const view = await readBoard(base(), w.id, checker.token, 20_000);
      const missing = [...mustHave].filter((id) => !view.ids.has(id));
      lost += missing.length;
      lostIds.push(...missing.slice(0, 10));
      duplicates += view.texts.length - new Set(view.texts).size;
      checkedEdits = mustHave.size;
      for (const t of [...tablets, ...writers]) t.hold = false;
    }

    await Promise.all(writers.map((x) => x.stop()));
    await until(() => tablets.every((t) => t.synced), 'tablets resynced after the last kill', 30_000);
    await sleep(500);
    const final = await readBoard(base(), w.id, checker.token);
    const finalMissing = [...acked].filter((id) => !final.ids.has(id));
    for (const t of tablets) t.stop();
    const figures = {
      tablets: SIZES.crashTablets,
      kills: SIZES.crashKills,
      editsAcknowledgedByCommand: acked.size,
      editsSeenOrAcknowledgedBeforeLastKill: checkedEdits,
      notesOnBoard: final.ids.size,
      editsLost: lost + finalMissing.length,
      duplicates,
      reconnects: tablets.reduce((n, t) => n + t.connects, 0),
    };
    report('crash', figures);
    expect(writers.map((x) => x.error?.message).filter(Boolean)).toEqual([]);
    expect(lostIds, `lost edits (seed ${SEED})`).toEqual([]);
    expect(finalMissing).toEqual([]);
    expect(duplicates).toBe(0);
    expect(acked.size).toBeGreaterThan(0);
  });
});
