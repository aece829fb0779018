import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, type TestBrowser, type TestServer } from '../src/harness/index';
import { card, shot, tablet, WAIT, writeNote } from './workshop-helpers';

// What a resident typed must stay in sight through Wi-Fi drops and reloads: notes the server
// refused, drafts already in their private doc during silent writing, and the board itself.
let server: TestServer;
let browser: TestBrowser;
const LANDSCAPE = { width: 1024, height: 768 };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

/** A new workshop and one resident joined to it; `beforeJoin` runs on the facilitator's board first. */
async function workshopWithResident(
  beforeJoin?: (facil: Page) => Promise<void>,
): Promise<{ facil: Page; resident: Page; workshopId: string }> {
  const facil = await tablet(browser.browser, LANDSCAPE);
  await facil.goto(`${server.url}/`);
  await facil.getByLabel('職員用の合言葉').fill(server.adminToken);
  await facil.locator('input[name="theme"]').fill('みんなで見守る地域');
  await facil.getByRole('button', { name: 'ワークショップを作る' }).click();
  await facil.waitForURL(/\/w\/[^/]+$/, WAIT);
  const workshopId = decodeURIComponent(new URL(facil.url()).pathname.split('/')[2] ?? '');
  const joinCode = await facil.evaluate(
    (id) =>
      (JSON.parse(localStorage.getItem(`chiiki.session.${id}`) ?? '{}') as { joinCode?: string }).joinCode,
    workshopId,
  );
  await beforeJoin?.(facil);
  const resident = await tablet(browser.browser, LANDSCAPE);
  await resident.goto(`${server.url}/join/${joinCode}`);
  await resident.getByRole('textbox').fill('さくら');
  await resident.getByRole('button', { name: '次へ' }).click();
  for (let i = 0; i < 3; i++) await resident.getByRole('button', { name: '答えない' }).click();
  await resident.getByTestId('phase-instruction').waitFor(WAIT);
  return { facil, resident, workshopId };
}

/** Whether the board's IndexedDB copy (y-indexeddb's `updates` store) holds a text's UTF-8 bytes. */
async function cacheHolds(page: Page, workshopId: string, text: string): Promise<boolean> {
  return page.evaluate(
    async ([name, wanted]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const rows = await new Promise<Uint8Array[]>((resolve, reject) => {
          const all = db.transaction('updates').objectStore('updates').getAll();
          all.onsuccess = () => resolve(all.result as Uint8Array[]);
          all.onerror = () => reject(all.error);
        });
        const bytes = new TextEncoder().encode(wanted);
        const hex = (a: Uint8Array) => Array.from(a, (b) => b.toString(16).padStart(2, '0')).join('');
        return rows.some((row) => hex(row).includes(hex(bytes)));
      } finally {
        db.close();
      }
    },
    [`chiiki-board-${workshopId}`, text] as const,
  );
}

/** Writes a note without waiting for the server (writeNote waits for it to be sent). */
async function writeQueued(page: Page, text: string): Promise<void> {
  await page.locator('.add-fab').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('radio', { name: '市民', exact: true }).check();
  await dialog.getByRole('button', { name: '貼る' }).click();
  await dialog.waitFor({ state: 'detached', ...WAIT });
}

describe('a resident offline', () => {
  it('opens the board from its cache after a reload with no connection', { timeout: 120_000 }, async () => {
    const text = '見守りの輪を広げる';
    const { resident, workshopId } = await workshopWithResident((facil) => writeNote(facil, text, '市民'));
    await card(resident, text).waitFor(WAIT);
    // The note came in the server's first sync step 2, which reaches the cache as one write of
    // the whole state once the page is idle (decision 0019), not inside the first render.
    await expect.poll(() => cacheHolds(resident, workshopId, text), WAIT).toBe(true);
    await resident.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await resident.routeWebSocket(/\/sync/, (ws) => ws.close());
    await resident.reload();
    await card(resident, text).waitFor(WAIT);
  });

  it('keeps every refused note listed, across a reload, until each is dismissed or put back', {
    timeout: 120_000,
  }, async () => {
    const { facil, resident } = await workshopWithResident();
    await resident.context().setOffline(true);
    const texts = ['朝の声かけをする', 'ゴミ出しを手伝う', 'サロンを月2回ひらく'];
    for (const text of texts) await writeQueued(resident, text);
    await resident.getByText('送信待ち 3 件').waitFor(WAIT);
    // The phase moves on while the notes wait: the server refuses all three.
    await facil.getByLabel('進行').selectOption('voting');
    await facil.locator('.phase-banner__phase', { hasText: '投票' }).waitFor(WAIT);
    await resident.context().setOffline(false);
    const refusals = resident.locator('.refusals__item');
    await expect.poll(() => refusals.count(), WAIT).toBe(3);
    for (const text of texts) await refusals.filter({ hasText: text }).waitFor(WAIT);
    await shot(resident, 'offline-refusals');

    await resident.reload();
    await expect.poll(() => refusals.count(), WAIT).toBe(3);
    await refusals.filter({ hasText: texts[1] }).getByRole('button', { name: 'わかった（消す）' }).click();
    await expect.poll(() => refusals.count(), WAIT).toBe(2);
    await refusals.filter({ hasText: texts[0] }).getByRole('button', { name: 'もう一度書く' }).click();
    await expect(resident.locator('dialog[open]').getByRole('textbox').inputValue()).resolves.toBe(texts[0]);
    await expect.poll(() => refusals.count(), WAIT).toBe(1);
  });

  it('still shows its sent drafts after a reload with no connection during silent writing', {
    timeout: 120_000,
  }, async () => {
    const { facil, resident } = await workshopWithResident();
    await facil.getByLabel('進行').selectOption('writing');
    await resident.locator('.phase-banner__phase', { hasText: '書く' }).waitFor(WAIT);
    await writeNote(resident, 'ひとり暮らしの方に声をかける', '市民');
    await card(resident, 'ひとり暮らしの方に声をかける').waitFor(WAIT);
    await resident.getByText(/送信待ち/).waitFor({ state: 'detached', ...WAIT });
    // The note now lives only in the server's private doc. The hall's Wi-Fi drops: the page still
    // loads (the service worker's job, not tested here), but no sync or API call gets through.
    await resident.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await resident.routeWebSocket(/\/sync/, (ws) => ws.close());
    await resident.reload();
    await card(resident, 'ひとり暮らしの方に声をかける').waitFor(WAIT);
  });
});
