import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  japaneseShare,
  launchBrowser,
  screenshot,
  seriousViolations,
  startServer,
  switchToEnglish,
  type TestBrowser,
  type TestServer,
} from '../src/harness/index';

// The two first screens a newcomer sees after `npm start`, with the sample plan loaded.
const APPS = [
  { name: 'workshop', path: '/' },
  { name: 'insights', path: '/insights/' },
] as const;

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ seedSample: true }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await settle(page);
  expect(errors, 'uncaught errors in the page').toEqual([]);
  return page;
}

/** Waits until the screen is at rest: no network traffic, no loading bar (DuckDB-wasm in insights). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('progress').first().waitFor({ state: 'detached', timeout: 30_000 });
}

async function visibleText(page: Page): Promise<string> {
  return (await page.locator('body').textContent()) ?? '';
}

describe.each(APPS)('$name first screen', ({ name, path }) => {
  it('renders in Japanese by default, without serious accessibility violations', async () => {
    const page = await open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
    expect(japaneseShare(heading), `h1 "${heading}"`).toBeGreaterThan(0.5);
    expect(japaneseShare(await visibleText(page))).toBeGreaterThan(0.5);
    await screenshot(page, `${name}-first-screen-ja`);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('renders in English after the language switch, without serious accessibility violations', async () => {
    const page = await open(path);
    await switchToEnglish(page);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
    expect(japaneseShare(heading), `h1 "${heading}"`).toBeLessThan(0.5);
    await screenshot(page, `${name}-first-screen-en`);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
