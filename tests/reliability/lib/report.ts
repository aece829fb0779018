import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../../src/harness';
import { SEED, SOAK } from './sizes';

/** Where every suite's figures land, merged by section, for docs/reliability.md and CI logs. */
export const REPORT_PATH = join(ARTIFACTS_DIR, 'reliability.json');

/**
 * Records one suite's figures under its section name (and prints them), keeping the other
 * sections, so the files of one run together produce one report with the run's size and seed.
 */
export function report(section: string, figures: Record<string, unknown>): void {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(REPORT_PATH, 'utf8')) as Record<string, unknown>;
  } catch {
    // first section of a run
  }
  all[section] = { ...figures, mode: SOAK ? 'soak' : 'ci', seed: SEED, at: new Date().toISOString() };
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(REPORT_PATH, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`[reliability] ${section}: ${JSON.stringify(figures)}`);
}
