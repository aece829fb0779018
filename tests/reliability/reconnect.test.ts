import { notesMap, putNote } from '@chiiki/model';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../src/harness';
import { Api } from './lib/api';
import { type ProviderTablet, providerTablet } from './lib/hall';
import { report } from './lib/report';
import { SIZES } from './lib/sizes';
import { until } from './lib/wait';
import { facilitatorNote } from './lib/writers';

const HALL = '127.0.0.90';
let server: TestServer | undefined;
const tablets: ProviderTablet[] = [];
afterAll(async () => {
  for (const t of tablets) t.provider.destroy();
  await server?.stop();
});

describe(`${SIZES.reconnectTablets} tablets behind one address`, () => {
  it('all resync within 5 s of a server crash and of a Wi-Fi drop, none banned', async () => {
    server = await startServer();
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const joined = await Promise.all(
      Array.from({ length: SIZES.reconnectTablets }, () => api.join(w.joinCode, HALL)),
    );
    for (const p of joined) tablets.push(providerTablet(server.url, w.id, p.token, HALL));
    const facilitator = providerTablet(server.url, w.id, w.facilitatorToken, HALL);
    tablets.push(facilitator);
    const allSynced = () => tablets.every((t) => t.provider.synced);
    await until(allSynced, 'all tablets synced at the start', 20_000);

    await server.kill('SIGKILL');
    server = await server.restart();
    const restarted = Date.now();
    await until(allSynced, 'all tablets resynced after the crash', 5000);
    const afterCrashMs = Date.now() - restarted;

    const dropped = Date.now();
    for (const t of tablets) t.provider.disconnect();
    for (const t of tablets) t.provider.connect();
    await until(allSynced, 'all tablets resynced after a Wi-Fi drop', 5000);
    const afterDropMs = Date.now() - dropped;

    const note = facilitatorNote(w.id, '全員に届く / reaches everyone', 1);
    putNote(facilitator.doc, note);
    await until(
      () => tablets.every((t) => notesMap(t.doc).has(note.id)),
      'a note reaches every tablet',
      5000,
    );
    const answers = await Promise.all(
      joined.map((p) => api.command(w.id, p.token, Api.addNote(`戻った ${p.participantId}`))),
    );
    const refusals = tablets.flatMap((t) => t.refusals);
    report('reconnect', {
      tablets: tablets.length,
      afterCrashMs,
      afterDropMs,
      refusedUpgrades: refusals.length,
    });
    expect(refusals).toEqual([]);
    expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
  });
});
