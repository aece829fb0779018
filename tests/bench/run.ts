import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR } from '../src/harness/paths';
import { QUICK } from './config';
import { BENCHMARKS_FILE, type Figure, formatValue, recordFigures } from './figures';
import { describeMachine } from './machine';
import { browserSuite } from './suites/browser';
import { indicatorsSuite } from './suites/indicators';
import { registrySuite } from './suites/registry';
import { sampleSuite } from './suites/sample';
import { syncSuite } from './suites/sync';
import { validationSuite } from './suites/validation';

// Every benchmark suite, run one after another; `pnpm bench -- <text>` runs those whose name matches.
const SUITES: Record<string, () => Figure[] | Promise<Figure[]>> = {
  validation: validationSuite,
  sync: syncSuite,
  indicators: indicatorsSuite,
  browser: browserSuite,
  sample: sampleSuite,
  registry: registrySuite,
};

const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);
const figures: Figure[] = [];
for (const [name, suite] of Object.entries(SUITES)) {
  if (filter && !name.includes(filter)) continue;
  console.log(`bench: ${name}`);
  let measured: Figure[];
  try {
    measured = await suite();
  } catch (error) {
    // One broken suite must not cost the figures of the others; the run still fails at the end.
    console.error(`bench: ${name} failed:`, error);
    process.exitCode = 1;
    continue;
  }
  for (const f of measured) console.log(`  ${f.name}: ${formatValue(f.value)} ${f.unit} (goal ${f.goal})`);
  figures.push(...measured);
}
// Quick runs (small sizes) must not replace the real figures: they go to an artifact file.
const file = QUICK ? join(ARTIFACTS_DIR, 'BENCHMARKS.quick.md') : BENCHMARKS_FILE;
if (QUICK) mkdirSync(ARTIFACTS_DIR, { recursive: true });
recordFigures(figures, machine, date, file);
console.log(`bench: ${figures.length} figures written to ${file} (${machine})`);
