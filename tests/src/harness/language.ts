import type { Locator, Page } from 'playwright-core';

const ENGLISH = /English|英語/i;

/**
 * Switches a screen of either app to English the way a person would: by the visible language
 * control's accessible name (a button, radio, link, switch or a select labelled 言語/Language).
 * Both apps use the same packages/ui switch, so one helper serves every test.
 */
export async function switchToEnglish(page: Page): Promise<void> {
  const select = page.getByRole('combobox', { name: /言語|Language/i });
  if ((await select.count()) > 0) {
    await select.first().selectOption('en');
    return;
  }
  const control = await firstVisible([
    page.getByRole('radio', { name: ENGLISH }),
    page.getByRole('button', { name: ENGLISH }),
    page.getByRole('switch', { name: ENGLISH }),
    page.getByRole('link', { name: ENGLISH }),
    page.getByRole('menuitemradio', { name: ENGLISH }),
  ]);
  if (!control) throw new Error('no English language switch found by role and accessible name');
  await control.click();
}

async function firstVisible(locators: Locator[]): Promise<Locator | undefined> {
  for (const locator of locators) {
    const n = await locator.count();
    for (let i = 0; i < n; i++) {
      const candidate = locator.nth(i);
      if (await candidate.isVisible()) return candidate;
    }
  }
  return undefined;
}
