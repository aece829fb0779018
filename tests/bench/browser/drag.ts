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

/**
 * The display's refresh interval, from the frames that were on time: the mean of the deltas
 * within 10 % of the median (16.67 ms at 60 Hz).
 */
function refreshInterval(deltas: readonly number[]): number {
  const middle = percentile(deltas, 50);
  const onTime = deltas.filter((d) => Math.abs(d - middle) <= middle * 0.1);
  return onTime.reduce((sum, d) => sum + d, 0) / onTime.length;
}

/**
 * Frame times as whole display refreshes, ignoring the first frame (it spans the set-up, not the
 * drag). Outside cross-origin isolation the page's clock is coarsened to 0.1 ms, so a frame shown
 * on time reads 16.6, 16.7 or 16.8 ms and a missed one 33.3 ms: each delta is snapped to the
 * nearest multiple of the refresh interval, so only missed frames move the percentile.
 */
export function frameTimes(frames: readonly number[]): number[] {
  const deltas = frames.slice(1);
  const refresh = refreshInterval(deltas);
  return deltas.map((d) => Math.max(1, Math.round(d / refresh)) * refresh);
}

/** The p95 of frame times in whole refreshes (see frameTimes). */
export function frameP95(frames: readonly number[]): number {
  return percentile(frameTimes(frames), 95);
}

/** The share of frames that took more than one refresh: frames the drag missed. */
export function missedShare(frames: readonly number[]): number {
  const times = frameTimes(frames);
  const refresh = Math.min(...times);
  return times.filter((t) => t > refresh * 1.5).length / times.length;
}
