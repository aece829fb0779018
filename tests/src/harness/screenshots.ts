import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths';

/** Where screenshots land; kept out of git and out of Biome, looked at by people after a run. */
export const SCREENSHOTS_DIR = join(ARTIFACTS_DIR, 'screenshots');

/** Saves a full-page PNG named after what it shows, so a reviewer can check the screen by eye. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
