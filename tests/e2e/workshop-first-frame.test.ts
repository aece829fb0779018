import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, type TestBrowser, type TestServer } from '../src/harness/index';
import { shot, WAIT, writeNote } from './workshop-helpers';

// The board's first frame comes from the server's snapshot while the Yjs doc waits behind it
// (decision 0024): the doc must then take over without replacing a card, and nothing may be done
// to the board before it has.
let server: TestServer;
let browser: TestBrowser;
const NOTES = 40;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

async function api(path: string, body: unknown, token?: string) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A workshop in `sharing` with NOTES notes by the facilitator, and one joined resident. */
async function boardWithNotes() {
  const created = await api(
    '/api/workshops',
    { districtCode: 'D01', theme: 'はじめの一枚' },
    server.adminToken,
  );
  const id: string = created.workshop.id;
  const command = (body: Record<string, unknown>) =>
    api(
      `/api/workshops/${id}/commands`,
      { commandId: `c${Math.random().toString(36).slice(2, 14)}`, ...body },
      created.facilitatorToken,
    );
  await command({ type: 'setPhase', phase: 'sharing' });
  for (let i = 0; i < NOTES; i++)
    await command({
      type: 'addNote',
      noteId: `note-${id.slice(0, 8)}-${i}`,
      lane: i % 2 ? 'city' : 'citizen',
      text: `付箋 ${i}`,
    });
  const resident = await api('/api/join', { joinCode: created.joinCode, nickname: 'さくら' });
  return { id, resident };
}

/**
 * A resident's tablet with the session saved, recording the moment every card is first in the
 * DOM: whether the board's controls were inert then, and the card elements themselves.
 */
async function residentTablet(
  board: Awaited<ReturnType<typeof boardWithNotes>>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.browser.newContext({
    viewport: { width: 1024, height: 768 },
    locale: 'ja-JP',
  });
  const session = {
    workshopId: board.id,
    role: 'participant',
    ...board.resident,
    token: board.resident.participantToken,
  };
  await context.addInitScript(
    ([key, value, notes]) => {
      localStorage.setItem(key, value);
      const w = window as unknown as { __mark?: { inert: boolean; cards: Element[] } };
      const observer = new MutationObserver(() => {
        const cards = [...document.querySelectorAll('[data-note-id]')];
        if (cards.length < notes) return;
        w.__mark = { inert: document.querySelector('.board-source[inert]') !== null, cards };
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    [`chiiki.session.${board.id}`, JSON.stringify(session), NOTES] as const,
  );
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  return { context, page };
}

/** Every card on the page is one the first frame drew (same element, still in the document). */
function sameCards(page: Page): Promise<{ count: number; same: boolean; texts: string[] }> {
  return page.evaluate(() => {
    const mark = (window as unknown as { __mark: { cards: Element[] } }).__mark;
    const now = [...document.querySelectorAll('[data-note-id]')];
    return {
      count: now.length,
      same: now.length === mark.cards.length && now.every((card, i) => card === mark.cards[i]),
      texts: now.map((card) => card.textContent ?? ''),
    };
  });
}

describe('the board’s first frame from the server’s snapshot', () => {
  it('draws from the snapshot with inert controls, then the doc takes over without touching a card', async () => {
    const board = await boardWithNotes();
    const { context, page } = await residentTablet(board);
    // The server's messages reach the page 400 ms late, so the snapshot is in first.
    await context.routeWebSocket(/\/sync\//, (ws) => {
      const live = ws.connectToServer();
      live.onMessage((message) => setTimeout(() => ws.send(message), 400));
    });
    await page.goto(`${server.url}/w/${board.id}`);
    await page.waitForFunction(
      () => (window as unknown as { __mark?: unknown }).__mark !== undefined,
      null,
      WAIT,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __mark: { inert: boolean } }).__mark.inert),
    ).toBe(true);
    const first = await sameCards(page);
    await page.locator('.board-source:not([inert])').waitFor({ state: 'attached', ...WAIT });
    // Let the doc's read of the notes (at most one animation frame behind) reach the screen.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await sameCards(page);
    expect(after).toEqual({ ...first, same: true });
    expect(after.count).toBe(NOTES);
    for (let i = 0; i < NOTES; i++) expect(after.texts.some((t) => t.includes(`付箋 ${i}`))).toBe(true);
    // The board acts on the doc now: a note written by the resident reaches the server.
    await writeNote(page, 'あとから書いた付箋', '市民');
    await shot(page, 'first-frame-after-switch');
    await context.close();
  });

  it('mounts from the doc as before when the snapshot fails', async () => {
    const board = await boardWithNotes();
    const { context, page } = await residentTablet(board);
    let asked = 0;
    await context.route(/\/api\/workshops\/[^/]+\/board$/, (route) => {
      asked += 1;
      return route.abort();
    });
    await page.goto(`${server.url}/w/${board.id}`);
    await page.waitForFunction(
      () => (window as unknown as { __mark?: unknown }).__mark !== undefined,
      null,
      WAIT,
    );
    expect(asked).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __mark: { inert: boolean } }).__mark.inert),
    ).toBe(false);
    expect((await sameCards(page)).count).toBe(NOTES);
    await writeNote(page, '失敗のあとの付箋', '市民');
    await context.close();
  });
});
