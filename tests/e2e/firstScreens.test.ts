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

/** A page on a fresh tablet, with every uncaught error and console error (CSP, failed loads) kept. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await settle(page);
  return { page, errors };
}

/** Waits until the screen is at rest: a heading, no network traffic, no loading bar (DuckDB-wasm). */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.locator('progress').first().waitFor({ state: 'detached', timeout: 30_000 });
}

async function h1(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe.each(APPS)('$name first screen', ({ name, path }) => {
  it('renders in Japanese by default, without serious accessibility violations', async () => {
    const { page, errors } = await open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const heading = await h1(page);
    expect(japaneseShare(heading), `h1 "${heading}"`).toBeGreaterThan(0.5);
    expect(japaneseShare((await page.locator('body').textContent()) ?? '')).toBeGreaterThan(0.5);
    await screenshot(page, `${name}-first-screen-ja`);
    await expectAccessible(page);
    expect(errors, 'errors in the page or its console').toEqual([]);
    await page.context().close();
  });

  it('renders in English after the language switch, and keeps English after a reload', async () => {
    const { page, errors } = await open(path);
    await switchToEnglish(page);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    const heading = await h1(page);
    expect(japaneseShare(heading), `h1 "${heading}"`).toBeLessThan(0.5);
    await screenshot(page, `${name}-first-screen-en`);
    await expectAccessible(page);

    await page.reload({ waitUntil: 'load' });
    await settle(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors, 'errors in the page or its console').toEqual([]);
    await page.context().close();
  });
});
