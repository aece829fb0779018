import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, putNote } from '@chiiki/model';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, screenshot, startServer, type TestServer } from '../src/harness';
import { Api, type TestParticipant } from './lib/api';
import { readBoard } from './lib/board';
import { http } from './lib/http';
import { Outbox } from './lib/outbox';
import { report } from './lib/report';
import { residentPage, residentWrites, shownTexts } from './lib/residentPage';
import { facilitatorRecovery, noteIdsOf, participantRecovery, restoreTablet } from './lib/restoreTablets';
import { SOAK } from './lib/sizes';
import { until } from './lib/wait';
import { facilitatorNote } from './lib/writers';

/** Participants and the notes each writes per stretch (the server admits 20 new notes a minute each). */
const SIZE = SOAK
  ? { participants: 12, notes: 4, facilitatorNotes: 40 }
  : { participants: 3, notes: 3, facilitatorNotes: 6 };

const dir = mkdtempSync(join(tmpdir(), 'chiiki-restore-'));
let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

/** The operator's restore (docs/reliability.md): stop the server, put the backup in place, start it. */
async function restore(running: TestServer, backup: string): Promise<TestServer> {
  await running.kill('SIGTERM');
  for (const part of ['rooms', 'workshops'])
    rmSync(join(running.dataDir, part), { recursive: true, force: true });
  cpSync(backup, running.dataDir, { recursive: true });
  return running.restart();
}

/** The operator's hot backup: the secret and the workshop files first, then the room logs. */
function backUp(dataDir: string, to: string): void {
  cpSync(join(dataDir, 'secret'), join(to, 'secret'));
  for (const part of ['workshops', 'rooms']) cpSync(join(dataDir, part), join(to, part), { recursive: true });
}

/**
 * One workshop through a backup and a restore. Every participant and two facilitator tablets
 * write before the backup (after a plain restart, which no tablet may take for a restore) and
 * after it. Then the last participant's tablet leaves for good, the one before it goes offline:
 * its outbox keeps new notes and one note the server applied but whose answer was lost. With
 * `facilitatorsStay`, the facilitators' tablets stay connected through the restore; without,
 * they leave too, so the participants' tablets alone hold what the backup lacks.
 */
async function scenario(section: string, facilitatorsStay: boolean) {
  server = await startServer();
  const api = new Api(server.url, server.adminToken);
  const w = await api.createWorkshop();
  const people: TestParticipant[] = [];
  for (let i = 0; i < SIZE.participants; i++) people.push(await api.join(w.joinCode, `127.0.4.${i + 1}`));
  const outboxes = people.map((p) => new Outbox(join(dir, `${section}-${p.participantId}.json`)));
  const token = (i: number) => people[i]?.token ?? '';
  const flush = (i: number) => outboxes[i]?.flush(api, w.id, token(i), 2) ?? Promise.resolve();
  const facilitators = [1, 2].map((f) =>
    restoreTablet(api.base, w.id, w.facilitatorToken, `127.0.5.${f}`, facilitatorRecovery),
  );
  const tablets = people.map((p, i) =>
    restoreTablet(
      api.base,
      w.id,
      p.token,
      `127.0.4.${i + 1}`,
      participantRecovery(p.participantId, outboxes[i] as Outbox),
    ),
  );
  /** Note id → text of every note written; `lost` holds those that only a departed tablet wrote after the backup. */
  const written = new Map<string, string>();
  const lost = new Set<string>();
  const write = async (stretch: string, last: boolean) => {
    for (let i = 0; i < SIZE.participants; i++) {
      for (let n = 0; n < SIZE.notes; n++) {
        const command = Api.addNote(`p${i}:${stretch}:${n}`);
        written.set(String(command.noteId), String(command.text));
        if (last && !facilitatorsStay && i === SIZE.participants - 1) lost.add(String(command.noteId));
        outboxes[i]?.push(command);
      }
      await flush(i);
    }
    for (let n = 0; n < SIZE.facilitatorNotes; n++) {
      const note = facilitatorNote(w.id, `f${n % 2}:${stretch}:${n}`, n);
      written.set(note.id, note.text);
      if (last && !facilitatorsStay) lost.add(note.id);
      const f = facilitators[n % 2]?.replica;
      if (f) putNote(f.doc, note);
    }
  };
  const all = () => [...facilitators, ...tablets];
  const seeAll = (list: ReturnType<typeof all>, ids: string[], what: string) =>
    until(() => list.every((t) => ids.every((id) => noteIdsOf(t.replica).has(id))), what, 30_000);

  await until(() => all().every((t) => t.replica.provider.synced), 'tablets synced');
  await write('before', false);
  await seeAll(all(), [...written.keys()], 'every tablet sees the notes written before the backup');
  await server.kill('SIGTERM');
  server = await server.restart();
  await until(() => all().every((t) => t.replica.provider.synced), 'tablets back after a restart', 20_000);
  const falseAlarms = all().reduce((n, t) => n + t.replica.resets, 0);

  const backup = join(dir, `${section}-backup`);
  backUp(server.dataDir, backup);
  const inBackup = new Set(written.keys());
  await write('after', true);
  const offline = SIZE.participants - 2;
  const answerLost = Api.addNote(`p${offline}:answer lost`);
  written.set(String(answerLost.noteId), String(answerLost.text));
  expect((await api.command(w.id, token(offline), answerLost)).status).toBe(200);
  outboxes[offline]?.push(answerLost);
  await seeAll(all(), [...written.keys()], 'every tablet sees the notes written after the backup');
  tablets.at(-1)?.replica.destroy();
  if (!facilitatorsStay) for (const f of facilitators) f.replica.destroy();
  const offlineTablet = tablets[offline];
  offlineTablet?.replica.provider.disconnect();
  for (let n = 0; n < SIZE.notes; n++) {
    const command = Api.addNote(`p${offline}:offline:${n}`);
    written.set(String(command.noteId), String(command.text));
    outboxes[offline]?.push(command);
  }

  server = await restore(server, backup);
  api.base = server.url;
  const first = await readBoard(api.base, w.id, w.facilitatorToken);
  const backupServed = [...inBackup].filter((id) => first.ids.has(id)).length;
  const connected = [...(facilitatorsStay ? facilitators : []), ...tablets.slice(0, offline)];
  await until(
    () => connected.every((t) => t.replica.resets > 0),
    'connected tablets find the server behind',
    30_000,
  );
  for (let i = 0; i < offline; i++) await flush(i);
  // The offline tablet comes back: its outbox flushes while its copy is checked and replaced.
  offlineTablet?.replica.provider.connect();
  await flush(offline);
  await until(
    () => (offlineTablet?.replica.resets ?? 0) > 0,
    'the offline tablet finds the server behind',
    30_000,
  );
  await flush(offline);

  const live = [...connected, ...(offlineTablet ? [offlineTablet] : [])];
  const expected = [...written.keys()].filter((id) => !lost.has(id));
  await seeAll(live, expected, 'every tablet sees every note that could be put back');
  const board = await readBoard(api.base, w.id, w.facilitatorToken);
  const figures = {
    participants: SIZE.participants,
    facilitatorsStay,
    notesInBackup: inBackup.size,
    notesAfterBackup: written.size - inBackup.size,
    lostWithDepartedTablets: lost.size,
    backupServedAtStart: backupServed,
    putBackByFacilitators: facilitators.reduce((n, f) => n + f.recovered.notes, 0),
    readdedByParticipants: tablets.reduce((n, t) => n + t.recovered.notes, 0),
    falseAlarms,
    missing: expected.filter((id) => !board.ids.has(id)).length,
    extra: [...board.ids].filter((id) => !expected.includes(id)).length,
    duplicateTexts: board.texts.length - new Set(board.texts).size,
    ghosts: live.filter((t) => noteIdsOf(t.replica).size !== board.ids.size).length,
  };
  report(section, figures);
  for (const t of live) t.replica.destroy();
  await server.stop();
  server = undefined;
  return { figures, backupSize: inBackup.size };
}

describe('restoring a backup of ./data', () => {
  for (const [section, facilitatorsStay] of [
    ['restore, tablets connected', true],
    ['restore, participants only', false],
  ] as const) {
    it(`${section}: every note once, later notes put back, nothing of the backup lost, no ghosts`, async () => {
      const { figures, backupSize } = await scenario(section, facilitatorsStay);
      expect(figures.falseAlarms).toBe(0);
      expect(figures.backupServedAtStart).toBe(backupSize);
      expect(figures.missing).toBe(0);
      expect(figures.extra).toBe(0);
      expect(figures.duplicateTexts).toBe(0);
      expect(figures.ghosts).toBe(0);
    });
  }

  it('drafts of silent writing (private docs) come back to their author once, and stay private', async () => {
    server = await startServer();
    const api = new Api(server.url, server.adminToken);
    const w = await api.createWorkshop();
    const writing = { type: 'setPhase', commandId: newId(), phase: 'writing' };
    expect((await api.command(w.id, w.facilitatorToken, writing)).status).toBe(200);
    const person = await api.join(w.joinCode, '127.0.7.1');
    const outbox = new Outbox(join(dir, `drafts-${person.participantId}.json`));
    const drafts = restoreTablet(
      api.base,
      w.id,
      person.token,
      '127.0.7.1',
      participantRecovery(person.participantId, outbox),
      'private',
    );
    const draft = async (text: string) => {
      const command = Api.addNote(text);
      outbox.push(command);
      await outbox.flush(api, w.id, person.token, 1);
      await until(() => noteIdsOf(drafts.replica).has(String(command.noteId)), `draft ${text} synced`);
      return String(command.noteId);
    };
    const first = await draft('下書き・前');
    const backup = join(dir, 'drafts-backup');
    backUp(server.dataDir, backup);
    const second = await draft('下書き・後');

    server = await restore(server, backup);
    api.base = server.url;
    await until(() => drafts.replica.resets > 0, 'the private copy finds the server behind', 30_000);
    await outbox.flush(api, w.id, person.token, 1);
    await until(() => noteIdsOf(drafts.replica).size === 2, 'both drafts in the private copy', 20_000);
    const held = await http(api.base, { path: `/api/workshops/${w.id}/private`, token: w.facilitatorToken });
    const own = (
      held.json as { participants: { participantId: string; notes: { id: string }[] }[] }
    ).participants
      .filter((p) => p.participantId === person.participantId)
      .flatMap((p) => p.notes.map((n) => n.id));
    const board = await readBoard(api.base, w.id, w.facilitatorToken);
    report('restore, silent-writing drafts', {
      drafts: own.length,
      readded: drafts.recovered.notes,
      onBoard: board.ids.size,
    });
    drafts.replica.destroy();
    expect(own.sort()).toEqual([first, second].sort());
    expect(drafts.recovered.notes).toBe(1);
    expect(board.ids.size).toBe(0);
  });

  it('in Chromium: residents open across the restore, or reopened after it, re-add their notes and keep nothing the server lost, also offline after a reload', async () => {
    server = await startServer();
    const browser = await launchBrowser();
    try {
      const api = new Api(server.url, server.adminToken);
      const w = await api.createWorkshop();
      const page = await residentPage(browser.browser, server.url, w.joinCode);
      const closing = await residentPage(browser.browser, server.url, w.joinCode);
      const facilitator = restoreTablet(api.base, w.id, w.facilitatorToken, '127.0.6.1', facilitatorRecovery);
      const texts = {
        mineBefore: '朝の声かけ・前',
        facilBefore: '見守り・前',
        mineAfter: 'ゴミ出し・後',
        theirAfter: '子ども食堂・後',
        facilAfter: 'サロン・後',
      };
      const shown = (on: Page) => async () => {
        const cards = await shownTexts(on);
        return Object.entries(texts)
          .flatMap(([key, text]) =>
            cards.filter((c) => c.text.includes(text)).map((c) => `${key}${c.pending ? ' (pending)' : ''}`),
          )
          .sort();
      };
      await until(() => facilitator.replica.provider.synced, 'facilitator synced');
      await residentWrites(page, texts.mineBefore);
      putNote(facilitator.replica.doc, facilitatorNote(w.id, texts.facilBefore, 1));
      await page.locator('article.note', { hasText: texts.facilBefore }).waitFor();
      const backup = join(dir, 'browser-backup');
      backUp(server.dataDir, backup);
      await residentWrites(page, texts.mineAfter);
      await residentWrites(closing, texts.theirAfter);
      putNote(facilitator.replica.doc, facilitatorNote(w.id, texts.facilAfter, 2));
      for (const on of [page, closing])
        await on.locator('article.note', { hasText: texts.facilAfter }).waitFor();
      // The facilitator's tablet is gone: only the residents' tablets hold what the backup lacks.
      // The second resident closes the board; its cache stays in the browser.
      facilitator.replica.destroy();
      const boardUrl = closing.url();
      const closedTablet = closing.context();
      await closing.close();

      server = await restore(server, backup);
      const reopened = await closedTablet.newPage();
      await reopened.goto(boardUrl);
      const expected = ['facilBefore', 'mineAfter', 'mineBefore', 'theirAfter'];
      for (const on of [page, reopened])
        await expect.poll(shown(on), { timeout: 30_000, interval: 250 }).toEqual(expected);
      // The resident is told, in words, that the board went back and that their note is sent again.
      const notice = page.getByRole('status', { name: 'サーバーがバックアップの時点に戻されました' });
      await notice.getByText('あなたの付箋 1 枚を送り直しています。').waitFor();
      await screenshot(page, 'restore-notice-resident');
      await notice.getByRole('button', { name: 'わかった' }).click();
      await notice.waitFor({ state: 'detached' });
      const board = await readBoard(server.url, w.id, w.facilitatorToken);
      expect(board.texts.sort()).toEqual(
        [texts.facilBefore, texts.mineAfter, texts.mineBefore, texts.theirAfter].sort(),
      );
      // The dropped copy must not come back from the tablet's IndexedDB: reload with no API, no sync.
      await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
      await page.routeWebSocket(/\/sync/, (ws) => ws.close());
      await page.reload();
      await page.getByTestId('phase-instruction').waitFor();
      await expect.poll(shown(page), { timeout: 15_000, interval: 250 }).toEqual(expected);
      report('restore, residents in Chromium', {
        shownAfterRestore: expected.length,
        serverNotes: board.ids.size,
      });
    } finally {
      await browser.close();
      await server?.stop();
      server = undefined;
    }
  });
});
