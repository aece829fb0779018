import { existsSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';

/** Debian's Chromium, as installed by `npm test`; override with CHROMIUM_PATH elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet, offline from Google, and workable as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;

/** The tablet-ish default viewport of the first screens and their screenshots. */
export const DEFAULT_VIEWPORT = { width: 1024, height: 768 } as const;

/** A launched Chromium whose contexts are isolated profiles (one per simulated tablet). */
export interface TestBrowser {
  browser: Browser;
  /** A new isolated context (own storage, own IndexedDB) with the default viewport and Japanese locale. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page in a new context: the common case of one person on one tablet. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium through playwright-core. Playwright gives every launch a fresh
 * temporary --user-data-dir and removes it on close, and its own exit hook kills a browser that a
 * failed test left open, so no Chromium outlives the run.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; run \`npm test\` once (it apt-installs chromium).`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
  const newContext = (options: BrowserContextOptions = {}) =>
    browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', ...options });
  return {
    browser,
    newContext,
    async newPage(options) {
      const context = await newContext(options);
      return context.newPage();
    },
    async close() {
      await browser.close();
    },
  };
}
