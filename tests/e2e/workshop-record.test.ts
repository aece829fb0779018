import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  launchBrowser,
  startServer,
  type TestBrowser,
  type TestServer,
} from '../src/harness/index';
import { pdfToPngs, shot, tablet, WAIT } from './workshop-helpers';

// The record sheet of a busy past workshop (the sample data), printed A4 and A3: nothing cut.
let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ seedSample: true }), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

describe('the record sheet of a busy workshop', () => {
  it('prints every card whole, on A4 portrait and A3 landscape', { timeout: 180_000 }, async () => {
    const list = (await (
      await fetch(`${server.url}/api/workshops`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      })
    ).json()) as { workshops: Array<{ workshop: { id: string; status: string }; notes?: number }> };
    const closed = list.workshops.find((w) => w.workshop.status === 'closed');
    if (!closed) throw new Error('no closed sample workshop');
    const id = closed.workshop.id;
    const page = await tablet(browser.browser, { width: 1024, height: 768 });
    await page.goto(`${server.url}/`);
    // The operator's token opens the record as a facilitator's would (export is the only call).
    await page.evaluate(
      ([wid, token]) =>
        localStorage.setItem(
          `chiiki.session.${wid}`,
          JSON.stringify({ workshopId: wid, role: 'facilitator', token, participantId: 'admin' }),
        ),
      [id, server.adminToken] as const,
    );
    await page.goto(`${server.url}/w/${encodeURIComponent(id)}/record`);
    await page.locator('.record-sheet').waitFor(WAIT);
    const cards = await page.locator('.rs-card').count();
    expect(cards).toBeGreaterThan(10);
    await shot(page, 'record-busy-screen');

    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.rs-card, .rs-group__title, .rs-title')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1,
        ).length,
    );
    expect(overflowing, 'cards whose text is wider than the card').toBe(0);
    await page.emulateMedia({ media: null });

    const out = join(ARTIFACTS_DIR, 'workshop-record');
    mkdirSync(out, { recursive: true });
    const a4 = join(out, 'record-busy-a4.pdf');
    await page.pdf({ path: a4, preferCSSPageSize: true, printBackground: true });
    expect(pdfToPngs(a4, 'record-busy-a4').length).toBeGreaterThan(0);
    await page.getByRole('radio', { name: 'A3 横' }).check();
    const a3 = join(out, 'record-busy-a3.pdf');
    await page.pdf({ path: a3, preferCSSPageSize: true, printBackground: true });
    expect(pdfToPngs(a3, 'record-busy-a3').length).toBeGreaterThan(0);
  });
});
