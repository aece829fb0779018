import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, screenshot } from '../src/harness/index';

/**
 * An extra folder the whole-workshop screenshots are copied to when SHOTS_DIR is set (to look at
 * one run's pictures in one place); by default they stay only in the harness's artifacts dir,
 * so a run never writes outside the repository.
 */
const SHOTS_DIR = process.env.SHOTS_DIR;

function copyToShots(file: string, name: string): void {
  if (!SHOTS_DIR) return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(file, join(SHOTS_DIR, name));
}

/** Generous waits: two shared cores run the server, four Chromium contexts and the test. */
export const WAIT = { timeout: 30_000 } as const;

/** Saves a full-page screenshot under tests/.artifacts/screenshots (and a copy in SHOTS_DIR, if set). */
export async function shot(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, `workshop-${name}`);
  copyToShots(path, `${name}.png`);
}

/** A tablet: its own browser context (own storage and IndexedDB) with a tablet viewport. */
export async function tablet(browser: Browser, size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({
    viewport: size,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    hasTouch: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  return page;
}

/** The card of a note on a board, found by (part of) its text. */
export function card(page: Page, text: string): Locator {
  return page.locator('article.note', { hasText: text }).first();
}

/** Writes a note the way a participant does: the big 「＋ 書く」 button, the text, the lane, 「貼る」. */
export async function writeNote(page: Page, text: string, lane: string): Promise<void> {
  await page.locator('.add-fab').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('radio', { name: lane, exact: true }).check();
  await dialog.getByRole('button', { name: '貼る' }).click();
  await dialog.waitFor({ state: 'detached', ...WAIT }).catch(() => undefined);
  await page.locator('article.note:not(.note--pending)', { hasText: text }).first().waitFor(WAIT);
}

/** Waits until a tablet's banner shows a phase's instruction (from the model's PHASE_RULES). */
export async function expectInstruction(page: Page, instruction: string): Promise<void> {
  await page.getByTestId('phase-instruction').filter({ hasText: instruction }).waitFor(WAIT);
}

/** Renders a PDF's pages to PNG (pdftoppm -png -r 60) under tests/.artifacts (and SHOTS_DIR, if set). */
export function pdfToPngs(pdf: string, name: string): string[] {
  const prefix = join(ARTIFACTS_DIR, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const pngs = readdirSync(ARTIFACTS_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(ARTIFACTS_DIR, f));
  for (const png of pngs) copyToShots(png, png.split('/').pop() ?? 'page.png');
  return pngs;
}

/** Starts counting the JavaScript a tablet downloads (each URL once), as the bundle benchmark does. */
export function countScripts(page: Page): () => Promise<number> {
  const bodies = new Map<string, Promise<Buffer>>();
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (type.includes('javascript') && res.request().resourceType() !== 'other' && !bodies.has(res.url())) {
      bodies.set(res.url(), res.body());
    }
  });
  return async () => {
    let bytes = 0;
    for (const body of bodies.values()) bytes += gzipSync(await body).length;
    return bytes / 1000;
  };
}
