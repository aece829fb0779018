import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notesMap, putNote } from '@chiiki/model';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removeDir, startServer, type TestServer } from '../src/harness';
import { Api, type TestParticipant } from './lib/api';
import { readBoard } from './lib/board';
import { providerTablet } from './lib/hall';
import { Outbox } from './lib/outbox';
import { report } from './lib/report';
import { SIZES } from './lib/sizes';
import { syncUrl, Tablet } from './lib/tablet';
import { until } from './lib/wait';
import { facilitatorNote } from './lib/writers';

const dir = mkdtempSync(join(tmpdir(), 'chiiki-outbox-'));
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

describe('offline tablets', () => {
  it(`${SIZES.offlineNotes} notes written offline (with a reload) arrive exactly once; facilitator edits merge`, async () => {
    server = await startServer();
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const people: TestParticipant[] = [];
    for (let i = 0; i < SIZES.offlineParticipants; i++)
      people.push(await api.join(w.joinCode, `127.0.3.${i + 1}`));
    const first = providerTablet(server.url, w.id, people[0]?.token ?? '', '127.0.3.1');
    const facilitator = new Tablet({
      url: () => syncUrl(api.base, w.id, w.facilitatorToken),
      writer: true,
    }).start();
    await until(() => first.provider.synced && facilitator.synced, 'tablets synced');
    const saved = Y.encodeStateAsUpdate(first.doc);

    await server.kill('SIGKILL'); // the hall's Wi-Fi is gone, for everyone
    const perPerson = SIZES.offlineNotes / people.length;
    const expected: string[] = [];
    for (const [i, p] of people.entries()) {
      const outbox = new Outbox(join(dir, `${p.participantId}.json`));
      for (let n = 0; n < perPerson; n++) {
        const command = Api.addNote(`オフライン ${i}-${n}`);
        outbox.push(command);
        expected.push(String(command.noteId));
        if (n === 0)
          expect(await api.command(w.id, p.token, command).catch(() => 'unreachable')).toBe('unreachable');
      }
    }
    const facilitatorNotes = Array.from({ length: 50 }, (_, n) =>
      facilitatorNote(w.id, `進行役オフライン ${n}`, n),
    );
    for (const note of facilitatorNotes) putNote(facilitator.doc, note);

    // The first tablet reloads while offline: a new doc from its cache, its outbox from storage.
    first.provider.destroy();
    const reloaded = providerTablet(api.base, w.id, people[0]?.token ?? '', '127.0.3.1');
    Y.applyUpdate(reloaded.doc, saved);

    server = await server.restart();
    api.base = server.url;
    const outboxes: Outbox[] = [];
    let crashedMidFlush = false;
    await Promise.all(
      people.map(async (p, i) => {
        const outbox = new Outbox(join(dir, `${p.participantId}.json`));
        outboxes.push(outbox);
        if (i === 0) {
          // A crash in the middle of the first tablet's flush: answers are lost, the outbox resends.
          const half = outbox.flush(api, w.id, p.token, 2, 15 * 60_000);
          await until(() => outbox.size <= perPerson / 2, 'half flushed', 15 * 60_000);
          await server?.kill('SIGKILL');
          crashedMidFlush = true;
          outbox.close();
          await half;
          server = await server?.restart();
          api.base = server?.url ?? api.base;
        }
        const again = new Outbox(join(dir, `${p.participantId}.json`));
        outboxes.push(again);
        await again.flush(api, w.id, p.token, 2, 15 * 60_000);
      }),
    );
    await until(
      () => expected.every((id) => notesMap(reloaded.doc).has(id)),
      () =>
        `the reloaded tablet sees every note (connected ${reloaded.provider.wsconnected}, ` +
        `refused [${reloaded.refusals}], closed [${reloaded.closes}], ` +
        `has ${expected.filter((id) => notesMap(reloaded.doc).has(id)).length}/${expected.length})` +
        `\n--- server output ---\n${server?.output().slice(-3000)}`,
      20_000,
    );
    const board = await readBoard(api.base, w.id, people[0]?.token ?? '');
    const missing = expected.filter((id) => !board.ids.has(id));
    const facilitatorMissing = facilitatorNotes.filter((n) => !board.ids.has(n.id)).length;
    const duplicates = board.texts.length - new Set(board.texts).size;
    report('offline', {
      participants: people.length,
      notes: expected.length,
      sends: outboxes.reduce((n, o) => n + o.sends, 0),
      crashedMidFlush,
      missing: missing.length,
      duplicates,
      facilitatorNotesMerged: facilitatorNotes.length - facilitatorMissing,
    });
    reloaded.provider.destroy();
    facilitator.stop();
    expect(missing).toEqual([]);
    expect(duplicates).toBe(0);
    expect(facilitatorMissing).toBe(0);
  });
});
