import type { Browser, Page } from 'playwright-core';

/** Generous waits: two shared cores run the server, Chromium and the test. */
const WAIT = { timeout: 30_000 } as const;

/** A resident's tablet in Chromium (own context, so own IndexedDB), joined to a workshop by its code. */
export async function residentPage(browser: Browser, base: string, joinCode: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  await page.goto(`${base}/join/${joinCode}`);
  await page.getByRole('textbox').fill('さくら');
  await page.getByRole('button', { name: '次へ' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '答えない' }).click();
  await page.getByTestId('phase-instruction').waitFor(WAIT);
  return page;
}

/** Writes a note as a resident does (「＋ 書く」, text, lane 市民, 「貼る」) and waits until the server has it. */
export async function residentWrites(page: Page, text: string): Promise<void> {
  await page.locator('.add-fab').click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('radio', { name: '市民', exact: true }).check();
  await dialog.getByRole('button', { name: '貼る' }).click();
  await page.locator('article.note:not(.note--pending)', { hasText: text }).first().waitFor(WAIT);
}

/** The texts of the note cards a page shows, confirmed ones and those still waiting to be sent. */
export function shownTexts(page: Page): Promise<{ text: string; pending: boolean }[]> {
  return page.locator('article.note').evaluateAll((cards) =>
    cards.map((card) => ({
      text: card.textContent ?? '',
      pending: card.classList.contains('note--pending'),
    })),
  );
}
