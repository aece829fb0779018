import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exportRows, migrateExport } from '@chiiki/model';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  describeViolations,
  launchBrowser,
  screenshot,
  seriousViolations,
  startServer,
  type TestBrowser,
  type TestServer,
} from '../src/harness/index';
import { BAD_FILE, badActivities, SJIS_FILE, shiftJisActivities } from './insights-files';

// A planner, as a new user: sample data, a Shift_JIS CSV with one unknown header, a bad CSV,
// filters, charts, the A4 report printed to PDF and looked at. Two shared cores: every step waits
// for a condition, with generous limits.
const WAIT = { timeout: 60_000 } as const;
const PDF_DIR = join(ARTIFACTS_DIR, 'insights-report');

let server: TestServer;
let browser: TestBrowser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([serverInOurRange(), launchBrowser()]);
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.setDefaultTimeout(WAIT.timeout);
  page.on('pageerror', (e) => errors.push(e.message));
  // Every percentage the load bars show, recorded in the page as they appear.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __percents: string[] }).__percents = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.progress')) {
        const text = el.textContent ?? '';
        if (/\d+%$/.test(text) && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

/** Starts the server on a port of this suite's range (18240–18299), trying another if one is taken. */
async function serverInOurRange(): Promise<TestServer> {
  let last: unknown;
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      // Seeded: the server's past sample workshops give real Parquet exports to drop.
      return await startServer({ port: 18240 + Math.floor(Math.random() * 60), seedSample: true });
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

const tab = (name: string) => page.locator('nav.tabs button', { hasText: name });
const sourceRows = () => page.locator('.card', { hasText: '読み込んだデータ' }).locator('tbody tr');
const filter = (label: string) =>
  page.locator('form.filters label', { hasText: new RegExp(`^${label}`) }).locator('select');

async function upload(name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

describe('insights: from the start page to a printed A4 report, in Japanese', () => {
  it('opens in Japanese and loads the sample data with the button', async () => {
    await page.goto(`${server.url}/insights/`, { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const sample = page.getByRole('button', { name: 'サンプルデータを読み込む' });
    await expect.poll(() => sample.isEnabled(), WAIT).toBe(true); // DuckDB is ready
    await sample.click();
    await page.getByRole('status').filter({ hasText: 'を読み込みました' }).waitFor(WAIT);
    await expect.poll(() => sourceRows().count(), WAIT).toBeGreaterThan(0);
    const percents = await page.evaluate(() => (window as unknown as { __percents: string[] }).__percents);
    expect(
      percents.some((p) => p.startsWith('データベースに追加しています')),
      percents.join(' | '),
    ).toBe(true);
  }, 180_000);

  it('loads a Shift_JIS CSV after mapping its 「活動日」 column to 日付, with percentages', async () => {
    const before = await sourceRows().count();
    await page.evaluate(() => {
      (window as unknown as { __percents: string[] }).__percents.length = 0;
    });
    await upload(SJIS_FILE, shiftJisActivities(3000));
    const mapping = page.locator('section', { has: page.getByRole('heading', { name: /列の対応づけ/ }) });
    await mapping.waitFor(WAIT);
    expect(await mapping.locator('select').first().inputValue()).toBe('shift_jis'); // detected
    await expect.poll(() => mapping.locator('table').textContent()).toContain('㈱さくら商事 髙橋さん①回目～');
    await screenshot(page, 'insights-csv-mapping');
    const onMapping = await seriousViolations(page);
    expect(onMapping, describeViolations(onMapping)).toEqual([]);
    await mapping.locator('.mapping-grid label', { hasText: /^日付/ }).locator('select').selectOption({
      label: '活動日',
    });
    await mapping.getByRole('button', { name: 'この対応で読み込む' }).click();
    await page.getByRole('status').filter({ hasText: SJIS_FILE }).waitFor(WAIT);
    await expect.poll(() => sourceRows().count()).toBe(before + 1);
    const row = sourceRows().filter({ hasText: SJIS_FILE });
    expect(await row.textContent()).toContain('Shift_JIS');
    expect(await row.textContent()).toContain('3,003 行');
    // Inserting reports after every awaited chunk, so it is always seen; the worker's quicker steps
    // (checking 3,003 rows) may finish between two frames on a fast machine, so they only must be sane.
    const percents = await page.evaluate(() => (window as unknown as { __percents: string[] }).__percents);
    expect(
      percents.some((p) => p.startsWith('データベースに追加しています')),
      percents.join(' | '),
    ).toBe(true);
    for (const p of percents) expect(Number(/(\d+)%$/.exec(p)?.[1])).toBeLessThanOrEqual(100);
  }, 180_000);

  it('refuses a bad CSV naming row and column, and keeps what was loaded', async () => {
    const before = await sourceRows().allTextContents();
    await upload(BAD_FILE, badActivities());
    const alert = page.getByRole('alert').filter({ hasText: BAD_FILE });
    await alert.waitFor(WAIT);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('何も読み込んでいません');
    const items = await alert.locator('li').allTextContents();
    expect(
      items.find((li) => /3\s*行目/.test(li)),
      items.join('\n'),
    ).toMatch(/列「参加者数」/);
    expect(
      items.find((li) => /4\s*行目/.test(li)),
      items.join('\n'),
    ).toMatch(/列「地区」: 計画の地区にありません/);
    await screenshot(page, 'insights-bad-csv');
    const onError = await seriousViolations(page);
    expect(onError, describeViolations(onError)).toEqual([]);
    expect(await sourceRows().allTextContents()).toEqual(before);
  }, 120_000);

  it('loads a workshop’s Parquet export from the server, dropped as a file, like the JSON one', async () => {
    const api = (path: string) =>
      fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });
    const listed = (await (await api('/api/workshops')).json()) as {
      workshops: { workshop: { id: string; status: string } }[];
    };
    const id = listed.workshops.find((w) => w.workshop.status === 'closed')?.workshop.id as string;
    const parquet = Buffer.from(
      await (await api(`/api/workshops/${id}/export?format=parquet`)).arrayBuffer(),
    );
    const json = migrateExport(await (await api(`/api/workshops/${id}/export?format=json`)).text());
    if (!json.ok) throw new Error(json.error.en);
    expect(json.value.votes.length).toBeGreaterThan(0);
    expect(json.value.attendance.length).toBeGreaterThan(0);
    const rows = Object.values(exportRows(json.value)).reduce((n, r) => n + r.length, 0);
    const before = await sourceRows().count();
    const name = `workshop-${id}.parquet`;
    await page
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'application/vnd.apache.parquet', buffer: parquet });
    await page.getByRole('status').filter({ hasText: name }).waitFor(WAIT);
    await expect.poll(() => sourceRows().count()).toBe(before + 1);
    const row = (await sourceRows().filter({ hasText: name }).textContent()) ?? '';
    expect(row).toContain(json.value.workshop.theme);
    expect(row).toContain(`${rows.toLocaleString('en')} 行`);
    await screenshot(page, 'insights-parquet-export');
    // The same file cut short (a broken download) is refused, naming it, and changes nothing.
    await page.locator('input[type=file]').setInputFiles({
      name: 'cut.parquet',
      mimeType: 'application/vnd.apache.parquet',
      buffer: parquet.subarray(0, parquet.length >> 1),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'cut.parquet' });
    await alert.waitFor(WAIT);
    expect(await alert.textContent()).toContain('Parquet ファイルとして読めません');
    expect(await sourceRows().count()).toBe(before + 1);
  }, 120_000);

  it('filters the dashboard by fiscal year and district (in the URL), with charts and tables', async () => {
    await tab('ダッシュボード').click();
    await page.locator('.dashboard figure svg').first().waitFor(WAIT);
    const years = await filter('年度')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years).toContain('2025');
    await filter('年度').selectOption('2025');
    await filter('地区').selectOption('D02');
    await expect.poll(() => new URL(page.url()).searchParams.get('fy')).toBe('2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe('D02');
    expect(new URL(page.url()).searchParams.get('view')).toBe('dashboard');
    // The district × role table beside the first chart now has the one district chosen.
    const firstTable = page.locator('.dashboard table.data').first();
    await expect
      .poll(() => firstTable.locator('tbody tr').allTextContents(), WAIT)
      .toEqual([expect.stringContaining('東地区')]);
    expect(await page.locator('.dashboard figure svg').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.dashboard table.data').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.dashboard table.data td').count()).toBeGreaterThan(10);
    await screenshot(page, 'insights-dashboard-fy2025-d02');
  }, 120_000);

  it('saves a table beside a chart as Parquet, written in the browser', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: 'Parquet', exact: true }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.parquet$/);
    const path = join(ARTIFACTS_DIR, download.suggestedFilename());
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(bytes.subarray(-4).toString('latin1')).toBe('PAR1');
    // Read back by an independent reader (native DuckDB), as a planner's own tools would.
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const rows = (await conn.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowObjectsJS();
    conn.closeSync();
    instance.closeSync();
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})).toContain('地区');
  }, 120_000);

  it('has no serious or critical axe violations on the dashboard', async () => {
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  }, 120_000);

  it('prints the report to an A4 PDF that renders to page images', async () => {
    await tab('報告書').click();
    await page.getByRole('heading', { level: 1, name: /進捗状況報告/ }).waitFor(WAIT);
    await page.locator('.report figure svg').first().waitFor(WAIT);
    await expect.poll(() => page.locator('.report').textContent(), WAIT).toContain(SJIS_FILE);
    // The district × role table is printed once (the heat map refers to it).
    const roleTables = page.locator('.report .dashboard table.data', {
      has: page.locator('thead th', { hasText: '社協' }),
    });
    expect(await roleTables.count()).toBe(1);
    await screenshot(page, 'insights-report');
    rmSync(PDF_DIR, { recursive: true, force: true });
    mkdirSync(PDF_DIR, { recursive: true });
    const pdf = join(PDF_DIR, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(PDF_DIR, 'page')], { timeout: 120_000 });
    const pages = readdirSync(PDF_DIR).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  }, 180_000);

  it('lists only the facilitator’s own workshop for its token, and loads the chosen export', async () => {
    const post = (path: string, token: string, body: object) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const theme = '一覧から読み込むテスト';
    const made = (await (
      await post('/api/workshops', server.adminToken, { districtCode: 'D02', theme })
    ).json()) as {
      workshop: { id: string };
      facilitatorToken: string;
    };
    const note = {
      type: 'addNote',
      commandId: 'picker-c1',
      noteId: 'picker-n1',
      lane: 'citizen',
      text: '見守り',
    };
    expect(
      (await post(`/api/workshops/${made.workshop.id}/commands`, made.facilitatorToken, note)).status,
    ).toBe(200);
    await tab('データ').click();
    const picker = page.locator('details', { hasText: 'サーバーのワークショップから読み込む' });
    await picker.locator('summary').click();
    await picker.getByLabel('ファシリテーター／管理者トークン').fill(made.facilitatorToken);
    await picker.getByRole('button', { name: '一覧を取得' }).click();
    const choices = picker.getByRole('checkbox');
    await choices.first().waitFor(WAIT);
    expect(await choices.count()).toBe(1);
    expect(await picker.locator('li').textContent()).toContain(theme);
    expect(await picker.getByRole('button', { name: 'さらに表示' }).count()).toBe(0);
    await screenshot(page, 'insights-server-picker');
    const before = await sourceRows().count();
    await choices.first().check();
    await picker.getByRole('button', { name: '読み込む', exact: true }).click();
    await expect.poll(() => sourceRows().count(), WAIT).toBe(before + 1);
    expect(await sourceRows().filter({ hasText: theme }).count()).toBe(1);
    expect(
      await sourceRows()
        .filter({ hasText: `D02-${made.workshop.id}.json` })
        .count(),
    ).toBe(1);
    // The operator's token lists every workshop; one box chooses all of those shown.
    await picker.getByLabel('ファシリテーター／管理者トークン').fill(server.adminToken);
    await picker.getByRole('button', { name: '一覧を取得' }).click();
    const all = picker.getByRole('checkbox', { name: /すべて選ぶ/ });
    await all.waitFor(WAIT);
    const listed = picker.locator('ul input[type=checkbox]');
    expect(await listed.count()).toBeGreaterThan(8);
    await all.check();
    expect(await picker.locator('ul input:checked').count()).toBe(await listed.count());
    await screenshot(page, 'insights-server-picker-all');
    await all.uncheck();
    expect(await picker.locator('ul input:checked').count()).toBe(0);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  }, 120_000);
});
