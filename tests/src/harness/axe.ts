import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** The violations that fail a test: what blocks or seriously hinders a person using the screen. */
export type AxeViolation = Pick<Result, 'id' | 'impact' | 'help' | 'nodes'>;

/**
 * Runs axe-core (WCAG 2.x A/AA rules) in the page and returns the serious and critical violations,
 * so a test can `expect(await seriousViolations(page)).toEqual([])` with a readable diff.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so the app's strict CSP (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } })
      .axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes }));
}

/** One line per violation and target, for assertion messages a person can act on. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} @ ${n.target.join(' ')}`))
    .join('\n');
}
