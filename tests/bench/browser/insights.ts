import type { Page } from 'playwright-core';

/** The dashboard's five Plot figures (stacked bars, heat map, two trends, target bullets). */
export const DASHBOARD_CHARTS = 5;

/**
 * A cold open of the insights app on a fresh profile: navigate, wait for DuckDB-wasm to be
 * ready (the sample button enables once the engine is open), load the sample, open the
 * dashboard, and wait until every chart holds its drawn SVG. Times are ms from navigation.
 */
export async function insightsColdOpen(
  page: Page,
  url: string,
): Promise<{ readyMs: number; chartsMs: number }> {
  await page.goto(`${url}/insights/?view=start`, { waitUntil: 'commit' });
  const sample = page.getByRole('button', { name: /サンプルデータを読み込む|Load sample data/ });
  await sample.and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  const readyMs = await page.evaluate(() => performance.now());
  await sample.click();
  await page.getByRole('button', { name: /^(ダッシュボード|Dashboard)$/ }).click();
  const charts = await page.waitForFunction(
    (expected) =>
      document.querySelectorAll('figure.plot-figure > div > :is(svg, figure)').length >= expected
        ? performance.now()
        : 0,
    DASHBOARD_CHARTS,
    { timeout: 60_000, polling: 'raf' },
  );
  return { readyMs, chartsMs: Number(await charts.jsonValue()) };
}
