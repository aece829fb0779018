import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkshopExport } from '@chiiki/model';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  screenshot,
  startServer,
  type TestBrowser,
  type TestServer,
} from '../src/harness/index';

// Issue 6, item 7: every bad file a planner can drop on the insights app gives a clear message
// (Japanese, and English after the switch) and leaves what was loaded before exactly as it was:
// the list of sources and, through fresh DuckDB queries, the indicators computed from them.
// Real Chromium, the built app, the real server (seeded, so its own JSON and Parquet exports are
// at hand). Every wait is for a condition.
const WAIT = { timeout: 60_000 } as const;
const HEADER = '日付,地区,種別,主催,参加者数,ボランティア数,備考';

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let tmp: string;
let exportJson: WorkshopExport;
let exportParquet: Buffer;
const pageErrors: string[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'insights-files-'));
  [server, browser] = await Promise.all([startServer({ seedSample: true }), launchBrowser()]);
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  page.setDefaultTimeout(WAIT.timeout);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const api = (path: string) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  const list = (await (await api('/api/workshops')).json()) as {
    workshops: { workshop: { id: string; status: string } }[];
  };
  const id = list.workshops.find((w) => w.workshop.status === 'closed')?.workshop.id as string;
  exportJson = (await (await api(`/api/workshops/${id}/export?format=json`)).json()) as WorkshopExport;
  exportParquet = Buffer.from(await (await api(`/api/workshops/${id}/export?format=parquet`)).arrayBuffer());
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const tab = (name: string) => page.locator('nav.tabs button', { hasText: name });
const sourceRows = () => page.locator('.card', { hasText: '読み込んだデータ' }).locator('tbody tr');
const yearSelect = () => page.locator('form.filters label', { hasText: /^年度/ }).locator('select');
const indicatorTables = () =>
  page.locator('.indicators table').evaluateAll((ts) => ts.map((t) => t.textContent ?? '').join('\n'));

/** The indicators of two fiscal years, as DuckDB computed them from the good data. */
const baseline = { main: '', other: '', years: ['', ''] };

/** Whether the indicator tables show the rows of `year` only (each row is labelled 「2025年度」). */
const showsOnly = (text: string, year: string, not: string) =>
  text.includes(`${year}年度`) && !text.includes(`${not}年度`);

/** Chooses a fiscal year and reads the indicator tables once DuckDB's answer for it is shown. */
async function indicatorsFor(year: string, not: string): Promise<string> {
  await yearSelect().selectOption(year);
  await expect.poll(async () => showsOnly(await indicatorTables(), year, not), WAIT).toBe(true);
  return indicatorTables();
}

async function captureIndicators(): Promise<void> {
  await tab('指標').click();
  await page.locator('.indicators table').first().waitFor(WAIT);
  const years = await yearSelect()
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  const [main, other] = [years.at(-1) as string, years.at(-2) as string];
  baseline.years = [main, other];
  baseline.other = await indicatorsFor(other, main);
  baseline.main = await indicatorsFor(main, other);
  await tab('データ').click();
}

/**
 * Asserts DuckDB still holds the good data: switching the year away and back makes the app query
 * again, and the fresh result for each year must equal its baseline. (While a query runs, the
 * other year's rows are on screen, so a stale screen cannot pass.)
 */
async function expectIndicatorsUnchanged(): Promise<void> {
  const [main, other] = baseline.years as [string, string];
  await tab('指標').click();
  await yearSelect().selectOption(other);
  await expect.poll(async () => showsOnly(await indicatorTables(), other, main), WAIT).toBe(true);
  expect(await indicatorTables()).toBe(baseline.other);
  await yearSelect().selectOption(main);
  await expect.poll(indicatorTables, WAIT).toBe(baseline.main);
  await tab('データ').click();
}

/** Drops a file on the start page the way the file picker hands it over. */
async function drop(name: string, file: Buffer | string, mimeType = 'text/csv'): Promise<void> {
  const input = page.locator('input[type=file]');
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ name, mimeType, buffer: file });
}

/** Drops a bad file; returns the alert's text once it names the file; the sources must not change. */
async function refused(name: string, file: Buffer | string, mimeType?: string): Promise<string> {
  const before = await sourceRows().allTextContents();
  await drop(name, file, mimeType);
  const alert = page.getByRole('alert').filter({ hasText: name });
  await alert.waitFor(WAIT);
  expect(await page.getByRole('heading', { name: /列の対応づけ|Column mapping/ }).count()).toBe(0);
  expect(await sourceRows().allTextContents()).toEqual(before);
  return (await alert.textContent()) ?? '';
}

const csv = (...rows: string[]) => Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
const good = '2025/7/1,D01,サロン,市,8,2,定例会';

describe('insights: bad files give a clear message and leave earlier data intact', () => {
  it('loads the good data (the sample) and records its indicators for two fiscal years', async () => {
    await page.goto(`${server.url}/insights/`, { waitUntil: 'load' });
    const sample = page.getByRole('button', { name: 'サンプルデータを読み込む' });
    await expect.poll(() => sample.isEnabled(), WAIT).toBe(true);
    await sample.click();
    await page.getByRole('status').filter({ hasText: 'を読み込みました' }).waitFor(WAIT);
    await captureIndicators();
  }, 180_000);

  it('encoding: mislabelled Shift_JIS, undecodable bytes, UTF-16, binary, a workbook named .csv', async () => {
    const sjis = iconv.encode(`${HEADER}\r\n${good}\r\n`, 'cp932');
    const mislabelled = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sjis]); // a UTF-8 BOM on Shift_JIS
    expect(await refused('bom_sjis.csv', mislabelled)).toMatch(
      /見出しの行、列「.*」: 読めない文字（文字化け）/,
    );
    const damaged = Buffer.concat([csv(good).subarray(0, -2), Buffer.from(' \x85 \r\n', 'latin1')]);
    expect(await refused('damaged.csv', damaged)).toMatch(/2 行目、列「備考」: 読めない文字（文字化け）/);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`${HEADER}\r\n${good}\r\n`, 'utf16le'),
    ]);
    expect(await refused('utf16.csv', utf16)).toContain('UTF-16 で保存されたファイルです');
    expect(await refused('utf16_nobom.csv', Buffer.from(HEADER, 'utf16le'))).toContain('バイナリデータ');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(await refused('活動記録.csv', zip)).toContain('Excel ブック（.xlsx）');
    // One case in English: the switch changes the message, not the outcome.
    await page.getByRole('button', { name: 'English' }).click();
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251));
    expect(await refused('garbage.csv', garbage)).toContain('not a text (CSV) file; it holds binary data');
    await screenshot(page, 'insights-bad-file-en');
    await page.getByRole('button', { name: '日本語' }).click();
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('columns: a required column missing, a header repeated, a row wider than the header', async () => {
    const before = await sourceRows().allTextContents();
    await drop('no_count.csv', Buffer.from('日付,地区,種別,主催\r\n2025/7/1,D01,サロン,市\r\n'));
    const mapping = page.locator('section', { has: page.getByRole('heading', { name: /列の対応づけ/ }) });
    await mapping.waitFor(WAIT);
    await mapping.getByRole('button', { name: 'この対応で読み込む' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'no_count.csv' });
    await alert.waitFor(WAIT);
    expect(await alert.textContent()).toContain('必要な列がありません: 「参加者数」');
    await mapping.getByRole('button', { name: 'やめる' }).click();
    expect(await sourceRows().allTextContents()).toEqual(before);
    const twice = Buffer.from(`${HEADER},参加者数\r\n${good},9\r\n`);
    expect(await refused('twice.csv', twice)).toContain(
      '見出し「参加者数」が 5 列目と 8 列目の 2 か所にあります',
    );
    const wide = csv(good, '2025/7/2,D01,サロン,市,5,0,会場, 午前');
    expect(await refused('wide.csv', wide)).toMatch(
      /3 行目: 見出しより列が多くあります（見出し 7 列、この行 8 列）/,
    );
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('types: dates, counts, districts and kinds that are not what they claim', async () => {
    const text = await refused(
      'types.csv',
      csv(
        good,
        '昨日,D01,サロン,市,3,0,',
        '2025/13/45,D01,サロン,市,3,0,',
        '2025/7/3,D01,サロン,市,-3,0,',
        '2025/7/4,D01,サロン,市,たくさん,0,',
        '2025/7/5,月面地区,サロン,市,3,0,',
        '2025/7/6,D01,宴会,市,3,0,',
      ),
    );
    expect(text).toMatch(/types\.csv に \d+ 件の問題があります。何も読み込んでいません。/);
    for (const [row, column] of [
      [3, '日付'],
      [4, '日付'],
      [5, '参加者数'],
      [6, '参加者数'],
      [7, '地区'],
      [8, '種別'],
    ] as const) {
      expect(text).toMatch(new RegExp(`${row}\\s*行目、列「${column}」`));
    }
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('size: over the limit, empty, one huge line', async () => {
    const big = join(tmp, 'big.csv');
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x61));
    expect(await refused('big.csv', big)).toContain('上限 50 MB を超えています');
    expect(await refused('empty.csv', Buffer.alloc(0))).toContain('空のファイルです（0 バイト）');
    expect(await refused('header_only.csv', Buffer.from(`${HEADER}\r\n`))).toContain(
      'データの行がありません',
    );
    const oneLine = Buffer.from(`${'あ'.repeat(2_000_000)}`);
    expect(await refused('one_line.csv', oneLine)).toMatch(/1 列目の見出しが 2,000,000 文字あり/);
    const longCell = csv(`2025/7/1,D01,サロン,市,8,2,${'い'.repeat(1_000_000)}`);
    expect(await refused('long_cell.csv', longCell)).toMatch(/2\s*行目、列「備考」/);
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('broken workshop exports: JSON and Parquet', async () => {
    const json = JSON.stringify(exportJson);
    expect(await refused('cut.json', Buffer.from(json.slice(0, json.length >> 1)))).toContain(
      'JSON として読めません',
    );
    expect(await refused('other.json', Buffer.from('{"hello":1}'))).toContain(
      'ワークショップの書き出しファイル',
    );
    const dangling = { ...exportJson, votes: [{ ...exportJson.votes[0], noteId: 'note-gone' }] };
    expect(await refused('dangling.json', Buffer.from(JSON.stringify(dangling)))).toContain(
      '投票先の付箋（note-gone）がファイルにありません',
    );
    const parquet = 'application/vnd.apache.parquet';
    const cut = exportParquet.subarray(0, exportParquet.length >> 1);
    expect(await refused('cut.parquet', cut, parquet)).toContain('Parquet ファイルとして読めません');
    // The key renamed in place (same length): a Parquet notes table without the workshop record.
    const plain = Buffer.from(exportParquet);
    const at = plain.indexOf('chiiki.workshop_export');
    expect(at).toBeGreaterThan(0);
    plain.write('X', at);
    expect(await refused('plain.parquet', plain, parquet)).toContain(
      'ワークショップの記録（計画・投票・グループ・参加者数）が入っていない',
    );
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('the server picker with a wrong token says so and loads nothing', async () => {
    const before = await sourceRows().allTextContents();
    await page.locator('summary', { hasText: 'サーバーのワークショップから読み込む' }).click();
    await page.getByLabel('ファシリテーター／管理者トークン').fill('not-a-token');
    await page.getByRole('button', { name: '一覧を取得' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'トークンが違うか' });
    await alert.waitFor(WAIT);
    await screenshot(page, 'insights-server-wrong-token');
    expect(await sourceRows().allTextContents()).toEqual(before);
    await page.locator('summary', { hasText: 'サーバーのワークショップから読み込む' }).click();
  }, 60_000);

  it('SQL in names and values goes in as data: refused where invalid, stored as text where allowed', async () => {
    const drop1 = "x'); DROP TABLE activities; --";
    expect(await refused('sql_district.csv', csv(`2025/7/1,${drop1},サロン,市,8,2,`))).toMatch(
      /2\s*行目、列「地区」: 計画の地区にありません/,
    );
    await expectIndicatorsUnchanged();
    // An extra column named like SQL, and memos with quotes and semicolons: a good file.
    const before = await sourceRows().count();
    const name = "sql_'names'.csv";
    const header = `${HEADER},"${drop1}"`;
    const rows = [
      `2025/7/1,D01,サロン,市,8,2,"${drop1}",x`,
      `2025/7/2,D02,研修,社協,9,1,"""; DELETE FROM notes; --",y`,
    ];
    await drop(name, Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`));
    await page.getByRole('status').filter({ hasText: name }).waitFor(WAIT);
    await expect.poll(() => sourceRows().count(), WAIT).toBe(before + 1);
    expect(await sourceRows().filter({ hasText: name }).textContent()).toContain('2 行');
    // Removing it rebuilds DuckDB from the sources: the tables survived, with exactly the good data.
    await sourceRows().filter({ hasText: name }).getByRole('button', { name: '削除' }).click();
    await expect.poll(() => sourceRows().count(), WAIT).toBe(before);
    await expectIndicatorsUnchanged();
  }, 120_000);

  it('formula injection: cells starting with = + - @ tab CR load as text and export as text', async () => {
    const formulas = [
      '=HYPERLINK("http://x","押して")',
      '+81 90 1234',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=2+2',
    ];
    const fy = Number(baseline.years[0]);
    const doctored: WorkshopExport = {
      ...exportJson,
      workshop: { ...exportJson.workshop, date: `${fy}-10-01` },
      notes: exportJson.notes.map(({ groupId: _, ...n }, i) =>
        i < formulas.length ? { ...n, text: formulas[i] as string } : n,
      ),
      groups: [],
    } as WorkshopExport;
    const name = 'formulas.json';
    await drop(name, Buffer.from(JSON.stringify(doctored)), 'application/json');
    await page.getByRole('status').filter({ hasText: name }).waitFor(WAIT);
    await tab('計画見直しシート').click();
    const sheet = page.locator('.worksheet');
    await expect.poll(() => sheet.textContent(), WAIT).toContain('=HYPERLINK("http://x","押して")');
    expect(await sheet.textContent()).toContain('@SUM(A1:A9)');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      sheet.getByRole('button', { name: 'CSV', exact: true }).first().click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const cells = text
      .replace(/^\uFEFF/, '')
      .split(/\r\n/)
      .flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    for (const f of ['=HYPERLINK(""http://x""', "'+81 90 1234", "'-2+3", "'@SUM(A1:A9)", "'=1+1", "'=2+2"]) {
      expect(text).toContain(f);
    }
    expect(text).toContain(`"'=HYPERLINK(""http://x""`);
    await tab('データ').click();
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  }, 120_000);
});
