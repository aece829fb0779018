import type { BrowserContext, Page } from 'playwright-core';
import type { TestBrowser } from '../../src/harness';
import { fillRoom } from '../sync/join';
import { addNoteCommand } from '../sync/rooms';
import type { BenchServer } from '../sync/servers';

/** A board of N notes on our server, one of them the participant's own (so they may drag it). */
export interface BoardFixture {
  workshopId: string;
  token: string;
  participantId: string;
  ownNoteId: string;
  notes: number;
  close(): void;
}

/** Fills a workshop with notes - 1 facilitator notes over Yjs and one participant command. */
export async function prepareBoard(server: BenchServer, notes: number): Promise<BoardFixture> {
  const filled = await fillRoom(server, notes - 1, 1);
  const { room } = filled;
  const token = room.participantTokens[0] ?? '';
  const ownNoteId = `own-${Math.random().toString(36).slice(2, 10)}`;
  await addNoteCommand(server, room, token, ownNoteId);
  return {
    workshopId: room.id,
    token,
    participantId: room.participantIds[0] ?? '',
    ownNoteId,
    notes,
    close: () => filled.writer.close(),
  };
}

/** What the page logs once the DOM holds every card: the bench waits for it over the protocol. */
const CARDS_DRAWN = 'chiiki-bench:cards-drawn';

/**
 * A fresh tablet (own context, empty caches and IndexedDB) that already joined: the session the
 * join screen would have saved is put into localStorage before the app's first script runs, and
 * the page records when the DOM first holds every card (performance.now(), from navigation),
 * then logs CARDS_DRAWN to the console.
 */
export async function participantPage(tb: TestBrowser, board: BoardFixture, throttle: number) {
  const context: BrowserContext = await tb.newContext();
  const session = {
    workshopId: board.workshopId,
    role: 'participant',
    token: board.token,
    participantId: board.participantId,
  };
  await context.addInitScript(
    ([key, value, expected, drawn]) => {
      localStorage.setItem(key, value);
      const w = window as unknown as { __cardsAt?: number; __firstCardAt?: number };
      const observer = new MutationObserver(() => {
        const cards = document.querySelectorAll('[data-note-id]').length;
        if (cards > 0 && w.__firstCardAt === undefined) w.__firstCardAt = performance.now();
        if (cards >= expected) {
          w.__cardsAt = performance.now();
          observer.disconnect();
          console.debug(drawn);
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    [`chiiki.session.${board.workshopId}`, JSON.stringify(session), board.notes, CARDS_DRAWN] as const,
  );
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/**
 * Navigates to the board and returns ms from navigation start until all cards are in the DOM.
 * It waits for the page's console message instead of polling the page (page.waitForFunction):
 * polling made Playwright evaluate its injected script in the page during the load, 50-80 ms of
 * the measured main-thread time at 4× CPU throttling that no tablet has (decision 0019).
 */
export async function firstRender(page: Page, url: string, board: BoardFixture): Promise<number> {
  const drawn = page.waitForEvent('console', { predicate: (m) => m.text() === CARDS_DRAWN, timeout: 60_000 });
  await page.goto(`${url}/w/${board.workshopId}`, { waitUntil: 'commit' });
  await drawn;
  const ms = await page.evaluate(() => (window as unknown as { __cardsAt: number }).__cardsAt);
  const phases = await page.evaluate(() => ({
    dcl: performance.getEntriesByType('navigation')[0]?.toJSON().domContentLoadedEventEnd as number,
    first: (window as unknown as { __firstCardAt?: number }).__firstCardAt ?? Number.NaN,
  }));
  console.log(
    `  board load: DOMContentLoaded ${phases.dcl.toFixed(0)} ms, first card ${phases.first.toFixed(0)} ms, all ${ms.toFixed(0)} ms`,
  );
  return ms;
}
