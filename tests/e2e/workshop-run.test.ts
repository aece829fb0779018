import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrateExport, PHASE_RULES } from '@chiiki/model';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  describeViolations,
  launchBrowser,
  seriousViolations,
  startServer,
  type TestBrowser,
  type TestServer,
} from '../src/harness/index';
import {
  card,
  countScripts,
  expectInstruction,
  pdfToPngs,
  shot,
  tablet,
  WAIT,
  writeNote,
} from './workshop-helpers';

// A whole district workshop on tablets: one facilitator and three residents, every phase, the
// timer, notes in Japanese, grouping and goals, dot voting, head count, close, exports, A4 record.
let server: TestServer;
let browser: TestBrowser;
const LANDSCAPE = { width: 1024, height: 768 };
const PORTRAIT = { width: 768, height: 1024 };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

async function createWorkshop(page: Page): Promise<{ workshopId: string; joinCode: string }> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('職員用の合言葉').fill(server.adminToken);
  await page.locator('input[name="theme"]').fill('みんなで見守る、ひとりにしない地域');
  await page.locator('input[name="facilitator"]').fill('社協 地域福祉係');
  await page.getByRole('button', { name: 'ワークショップを作る' }).click();
  await page.waitForURL(/\/w\/[^/]+$/, WAIT);
  const workshopId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  const joinCode = await page.evaluate(
    (id) =>
      (JSON.parse(localStorage.getItem(`chiiki.session.${id}`) ?? '{}') as { joinCode?: string }).joinCode,
    workshopId,
  );
  if (!joinCode) throw new Error('no join code in the facilitator session');
  return { workshopId, joinCode };
}

async function joinAs(page: Page, joinCode: string, nickname: string, age: string): Promise<void> {
  await page.goto(`${server.url}/join/${joinCode}`);
  await page.getByRole('textbox').fill(nickname);
  await page.getByRole('button', { name: '次へ' }).click();
  await page.getByRole('button', { name: age }).click();
  await page.getByRole('button', { name: '自治会' }).click();
  await page.getByRole('button', { name: '答えない' }).click();
  await page.getByTestId('phase-instruction').waitFor(WAIT);
}

async function nextPhase(facil: Page, phaseName: string): Promise<void> {
  await facil.getByRole('button', { name: `次へ: ${phaseName}` }).click();
  await facil.locator('.phase-banner__phase', { hasText: phaseName }).waitFor(WAIT);
}

describe('a whole workshop on tablets', () => {
  it('runs from preparation to the A4 record', { timeout: 400_000 }, async () => {
    const facil = await tablet(browser.browser, LANDSCAPE);
    const { workshopId, joinCode } = await createWorkshop(facil);
    // New boards start in silent writing; the facilitator steps back to preparation first.
    await facil.getByLabel('進行').selectOption('preparation');
    await expectInstruction(facil, PHASE_RULES.preparation.ja);

    const [p1, p2, p3] = await Promise.all([
      tablet(browser.browser, LANDSCAPE),
      tablet(browser.browser, PORTRAIT),
      tablet(browser.browser, PORTRAIT),
    ]);
    const participantJs = countScripts(p1);
    await joinAs(p1, joinCode, 'さくら', '70代');
    await joinAs(p2, joinCode, 'たけし', '60代');
    await joinAs(p3, joinCode, '', '80歳以上');
    // The eldest resident reads with large text, as many do.
    await p3.getByRole('button', { name: '文字を大きく' }).click();
    for (const p of [p1, p2, p3]) await expectInstruction(p, PHASE_RULES.preparation.ja);
    // Facilitator tools, projector and record sheet never reach a resident's tablet.
    const participantKB = await participantJs();
    console.info(`participant JS: ${participantKB.toFixed(1)} KB gzipped`);
    expect(participantKB).toBeLessThanOrEqual(150);

    // Timer: 3 minutes, started, synced on every tablet.
    await facil.getByRole('spinbutton').first().fill('3');
    await facil.getByRole('button', { name: '開始' }).click();
    for (const p of [facil, p1, p2])
      await p
        .getByTestId('timer')
        .filter({ hasText: /[23]:\d\d/ })
        .waitFor(WAIT);
    await shot(facil, 'facilitator-1-preparation');
    await shot(p2, 'participant-1-preparation');

    // The gentle end signal, with a 3-second timer sent as the facilitator's own command.
    await facil.evaluate(async (id) => {
      const { token } = JSON.parse(localStorage.getItem(`chiiki.session.${id}`) ?? '{}') as { token: string };
      const command = { type: 'timer', commandId: `t-${Date.now()}`, action: 'start', ms: 3000 };
      await fetch(`/api/workshops/${id}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(command),
      });
    }, workshopId);
    for (const p of [p1, p3])
      await p.locator('.timer--ended').getByText('時間になりました').first().waitFor(WAIT);
    await shot(p3, 'participant-1b-time-up');
    await facil.getByRole('button', { name: '開始' }).click();
    await p1
      .getByTestId('timer')
      .filter({ hasText: /[23]:\d\d/ })
      .waitFor(WAIT);

    // Silent writing: each sees only their own notes.
    await nextPhase(facil, '書く時間');
    for (const p of [p1, p2, p3]) await expectInstruction(p, PHASE_RULES.writing.ja);
    await writeNote(p1, 'ひとり暮らしの高齢者に朝の声かけをする', '市民');
    await writeNote(p1, 'ゴミ出しが難しい人の手伝いを近所で', '市民');
    await writeNote(p2, '公民館でお茶のみサロンを月2回ひらく', '地域団体等');
    await writeNote(p3, '見守りの担当を自治会で決めておく', '地域団体等');
    await writeNote(p2, 'ふざけた落書き', '市');
    await writeNote(p3, 'サロンへの送り迎えを手伝う', '市民');
    await writeNote(facil, '防災訓練に近所で声をかけ合って参加する', '市民');
    await expect(card(p2, '防災訓練').count()).resolves.toBe(0);
    await expect(card(p2, '朝の声かけ').count()).resolves.toBe(0);
    await expect(card(facil, '朝の声かけ').count()).resolves.toBe(0);
    await shot(p1, 'participant-2-writing');
    await facil
      .getByTestId('private-progress')
      .filter({ hasText: '書いている人 4 人・まだ見えない付箋 7 枚' })
      .waitFor(WAIT);

    // A note on behalf of someone who cannot type; timer +1 minute, pause.
    await facil.getByRole('button', { name: '代筆する' }).click();
    const composer = facil.locator('dialog[open]');
    await composer.getByRole('textbox').fill('相談窓口をひとつにまとめてほしい');
    await composer.getByRole('radio', { name: '市', exact: true }).check();
    await composer.getByRole('button', { name: '貼る' }).click();
    await card(facil, '相談窓口').getByText('代筆').waitFor(WAIT);
    await facil.getByRole('button', { name: '＋1分' }).click();
    await facil
      .getByTestId('timer')
      .filter({ hasText: /[34]:\d\d/ })
      .waitFor(WAIT);
    await facil.getByRole('button', { name: '一時停止' }).click();
    await p1.getByTestId('timer').filter({ hasText: '一時停止中' }).waitFor(WAIT);
    await shot(facil, 'facilitator-2-writing');

    // Sharing reveals everyone's notes.
    await nextPhase(facil, '共有');
    for (const p of [facil, p2, p3]) await card(p, '朝の声かけ').waitFor(WAIT);
    await card(p2, '防災訓練').waitFor(WAIT);
    await shot(facil, 'facilitator-3-sharing');
    await shot(p3, 'participant-3-sharing');

    // Grouping: remove an inappropriate note, group two notes, tag with goals, bring everyone over.
    await nextPhase(facil, 'まとめ');
    await card(facil, '落書き').getByRole('button', { name: '操作…' }).click();
    await facil.locator('dialog[open]').getByRole('button', { name: '取り下げ' }).click();
    await facil.locator('dialog[open]').getByRole('textbox').fill('テーマと関係のない書きこみ');
    await facil.locator('dialog[open]').getByRole('button', { name: '取り下げる' }).click();
    for (const p of [facil, p2]) await card(p, '落書き').waitFor({ state: 'detached', ...WAIT });
    await card(facil, '朝の声かけ').getByRole('button', { name: '選ぶ' }).click();
    await card(facil, '見守りの担当').getByRole('button', { name: '選ぶ' }).click();
    await facil.locator('.selection-bar').getByRole('button', { name: 'まとめる' }).click();
    await facil.locator('dialog[open]').getByRole('textbox').fill('見守り・声かけ');
    await facil.locator('dialog[open]').getByRole('button', { name: 'まとめる' }).click();
    const group = facil.locator('.group', { hasText: '見守り・声かけ' });
    await group.waitFor(WAIT);
    await group.locator('.group__menu').click();
    await facil.locator('dialog[open]').getByLabel('計画の目標をえらぶ').selectOption({ index: 1 });
    await facil.locator('dialog[open]').getByRole('button', { name: '保存する' }).click();
    await group.locator('.chip--goal').waitFor(WAIT);
    await card(facil, 'お茶のみサロン').getByRole('button', { name: '操作…' }).click();
    await facil.locator('dialog[open]').getByRole('button', { name: '目標' }).click();
    await facil.locator('dialog[open] .goal-chip').nth(1).click();
    await card(facil, 'お茶のみサロン').locator('.chip--goal').waitFor(WAIT);
    await p1.locator('.group', { hasText: '見守り・声かけ' }).waitFor(WAIT);
    await card(facil, 'お茶のみサロン').getByRole('button', { name: '選ぶ' }).click();
    await card(facil, '送り迎え').getByRole('button', { name: '選ぶ' }).click();
    await facil.locator('.selection-bar').getByRole('button', { name: '1枚に統合' }).click();
    await card(p3, 'お茶のみサロン').filter({ hasText: '送り迎え' }).waitFor(WAIT);
    await expect.poll(() => p3.locator('article.note', { hasText: '送り迎え' }).count(), WAIT).toBe(1);
    await facil.getByRole('button', { name: 'ロック・画面合わせ' }).click();
    const cityLock = facil.locator('dialog[open]').getByRole('checkbox', { name: '市', exact: true });
    await cityLock.click();
    await p1.locator('[data-lane="city"] .lane__locked').waitFor(WAIT);
    await cityLock.click();
    await p1.locator('[data-lane="city"] .lane__locked').waitFor({ state: 'detached', ...WAIT });
    await facil.locator('dialog[open]').getByLabel('見せる列').selectOption('community');
    await facil.locator('dialog[open]').getByRole('button', { name: 'みんなを呼ぶ' }).click();
    await p2.getByText('進行役の画面に合わせて表示しています。').waitFor(WAIT);
    await shot(p2, 'participant-4-grouping-follow');
    await facil.locator('dialog[open]').getByRole('button', { name: '画面合わせを終える' }).click();
    await p2.getByText('進行役の画面に合わせて表示しています。').waitFor({ state: 'detached', ...WAIT });
    await facil.locator('dialog[open]').getByRole('button', { name: '閉じる' }).last().click();
    await shot(facil, 'facilitator-4-grouping');
    await facil.setViewportSize(PORTRAIT);
    await shot(facil, 'facilitator-4-grouping-portrait');
    await facil.setViewportSize(LANDSCAPE);

    // Dot voting: N=3, M=2, counts shown.
    await nextPhase(facil, '投票');
    await facil.getByRole('button', { name: '投票の設定' }).click();
    const settings = facil.locator('dialog[open]');
    await settings.getByLabel('1人あたりのシールの数（N）').fill('3');
    await settings.getByLabel('1枚の付箋に貼れる上限（M）').fill('2');
    await settings.getByLabel('投票が終わるまで票数をかくす').check();
    await settings.getByRole('button', { name: '保存する' }).click();
    await settings.waitFor({ state: 'detached', ...WAIT });
    for (const p of [p1, p2, p3]) await p.getByTestId('dots-left').filter({ hasText: '3 枚' }).waitFor(WAIT);
    const dot = (p: Page, text: string) => card(p, text).getByRole('button', { name: '● シールを貼る' });
    await dot(p1, 'お茶のみサロン').click();
    await dot(p1, 'お茶のみサロン').click();
    await expect.poll(() => dot(p1, 'お茶のみサロン').isDisabled(), WAIT).toBe(true);
    await dot(p1, '相談窓口').click();
    await p1.getByTestId('dots-left').filter({ hasText: '0 枚' }).waitFor(WAIT);
    // A dot put while the hall's Wi-Fi is down waits in the outbox and arrives later.
    await p2.context().setOffline(true);
    await dot(p2, 'お茶のみサロン').click();
    await p2.getByText('送信待ち 1 件').waitFor(WAIT);
    await p2.context().setOffline(false);
    await p2.getByText(/送信待ち/).waitFor({ state: 'detached', ...WAIT });
    await dot(p3, '朝の声かけ').click();
    // Hidden: nobody sees totals while voting, each sees only their own dots.
    await expect
      .poll(() => card(p2, 'お茶のみサロン').locator('.vote-control__dots').textContent(), WAIT)
      .toBe('●');
    await expect(p2.getByText(/\d+ 票/).count()).resolves.toBe(0);
    await shot(p1, 'participant-5-voting');
    await shot(facil, 'facilitator-5-voting');
    for (const p of [p1, facil]) {
      const violations = await seriousViolations(p);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    const projector = await facil.context().newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.goto(`${server.url}/w/${encodeURIComponent(workshopId)}/projector`);
    await projector.getByText(PHASE_RULES.voting.ja).waitFor(WAIT);
    await shot(projector, 'projector-5-voting');
    await projector.close();

    // Wrap-up and a head count of two people without tablets.
    await nextPhase(facil, 'ふりかえり');
    await expectInstruction(p3, PHASE_RULES.wrapup.ja);
    await card(facil, 'お茶のみサロン').getByText('3 票').waitFor(WAIT);
    await card(p3, 'お茶のみサロン').getByText('3 票').waitFor(WAIT);
    await facil.getByRole('button', { name: '人数を数える' }).click();
    const count = facil.locator('dialog[open]');
    await count.getByLabel('人数').fill('2');
    await count.getByLabel('年代').selectOption('80plus');
    await count.getByLabel('所属').selectOption('roujin_club');
    await count.getByRole('button', { name: '追加する' }).click();
    await count.getByText(/合計 5 人/).waitFor(WAIT);
    await shot(facil, 'facilitator-6-wrapup-headcount');
    await count.getByRole('button', { name: '閉じる' }).last().click();
    await shot(p3, 'participant-6-wrapup');

    // Close for good; everyone's board freezes.
    await facil.getByRole('button', { name: '終了して記録する' }).click();
    await facil.locator('dialog[open]').getByRole('button', { name: '終了して記録する' }).click();
    await facil.getByRole('heading', { name: '記録のダウンロード' }).waitFor(WAIT);
    await expectInstruction(p1, PHASE_RULES.closed.ja);
    await expect(p1.locator('.add-fab').count()).resolves.toBe(0);
    await shot(facil, 'facilitator-7-closed');
    await shot(p1, 'participant-7-closed');
    await p2.getByRole('button', { name: 'English' }).click();
    await expectInstruction(p2, PHASE_RULES.closed.en);
    await shot(p2, 'participant-7-closed-en');

    // Exports: JSON through the model's migrateExport, CSV with BOM and headers, Parquet magic.
    const out = join(ARTIFACTS_DIR, 'workshop-run');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const download = async (name: RegExp) => {
      const [file] = await Promise.all([
        facil.waitForEvent('download', WAIT),
        facil.getByRole('button', { name }).click(),
      ]);
      const path = join(out, file.suggestedFilename());
      await file.saveAs(path);
      return readFileSync(path);
    };
    const json = migrateExport(JSON.parse((await download(/^JSON/)).toString('utf8')));
    if (!json.ok) throw new Error(json.error.en);
    expect(json.value.workshop.id).toBe(workshopId);
    expect(json.value.notes.some((n) => n.text.startsWith('公民館でお茶のみサロンを月2回ひらく'))).toBe(true);
    expect(json.value.audit?.some((a) => a.action === 'merge')).toBe(true);
    expect(json.value.notes.some((n) => n.text.includes('落書き'))).toBe(false);
    expect(json.value.audit?.some((a) => a.action === 'remove')).toBe(true);
    expect(json.value.votes).toHaveLength(5);
    expect(json.value.groups.map((g) => g.name)).toContain('見守り・声かけ');
    expect(json.value.attendance.reduce((n, a) => n + a.count, 0)).toBe(5);
    const csv = await download(/^CSV/);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').split('\n')[0]).toMatch(/[\u3040-\u9fff]/);
    const parquet = await download(/^Parquet/);
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');

    // The A4 record sheet, printed to PDF and rendered to PNG to be looked at.
    const record = await facil.context().newPage();
    await record.goto(`${server.url}/w/${encodeURIComponent(workshopId)}/record`);
    await record.locator('.record-sheet').waitFor(WAIT);
    await record.getByText('見守り・声かけ').first().waitFor(WAIT);
    await record.getByText('社協 地域福祉係').waitFor(WAIT);
    await shot(record, 'record-screen');
    const a4 = join(out, 'record-a4.pdf');
    await record.pdf({ path: a4, preferCSSPageSize: true, printBackground: true });
    expect(pdfToPngs(a4, 'record-a4').length).toBeGreaterThan(0);
    await record.getByRole('radio', { name: 'A3 横' }).check();
    const a3 = join(out, 'record-a3.pdf');
    await record.pdf({ path: a3, preferCSSPageSize: true, printBackground: true });
    expect(pdfToPngs(a3, 'record-a3').length).toBeGreaterThan(0);
    await record.close();
    // Another tablet of the facilitator, with nothing cached, still learns the board is closed.
    const key = `chiiki.session.${workshopId}`;
    const saved = await facil.evaluate((k) => localStorage.getItem(k) ?? '', key);
    const fresh = await tablet(browser.browser, PORTRAIT);
    await fresh.goto(`${server.url}/join`);
    await fresh.evaluate(([k, v]) => localStorage.setItem(k, v), [key, saved] as const);
    await fresh.goto(`${server.url}/w/${encodeURIComponent(workshopId)}`);
    await fresh.getByRole('heading', { name: '記録のダウンロード' }).waitFor(WAIT);
    await expectInstruction(fresh, PHASE_RULES.closed.ja);
    await facil.getByRole('button', { name: 'English' }).click();
    await facil.getByRole('heading', { name: 'Download the record' }).waitFor(WAIT);
    await shot(facil, 'facilitator-8-closed-en');
  });
});
