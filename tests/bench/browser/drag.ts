import type { Page } from 'playwright-core';
import { percentile } from '../stats';
import type { BoardFixture } from './board';

// A string, not a function: tsx's name-keeping helpers do not exist in the page.
const FRAME_RECORDER = `(() => {
  window.__frames = [];
  window.__stop = false;
  let last = performance.now();
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
})()`;

/**
 * Drags the participant's own card across the board with mouse pointer events (60 steps) while
 * the page records requestAnimationFrame deltas; returns every frame time seen during the drag.
 */
export async function dragFrameTimes(page: Page, board: BoardFixture): Promise<number[]> {
  const grip = page.locator(`[data-note-id="${board.ownNoteId}"] .drag-handle`);
  await grip.scrollIntoViewIfNeeded();
  const box = await grip.boundingBox();
  if (!box) throw new Error('bench: the own note has no drag handle on screen');
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  const x1 = x0 + (x0 < viewport.width / 2 ? 1 : -1) * Math.min(400, viewport.width / 2 - 20);
  const y1 = Math.max(40, Math.min(viewport.height - 40, y0 + 120));
  await page.evaluate(FRAME_RECORDER);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let round = 0; round < 2; round++) {
    await page.mouse.move(x1, y1, { steps: 30 });
    await page.mouse.move(x0 + 10, y0 + 10, { steps: 30 });
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames;
  });
}

/** The p95 of frame times, ignoring the first frame (it spans the set-up, not the drag). */
export function frameP95(frames: readonly number[]): number {
  return percentile(frames.slice(1), 95);
}
