import { type Figure, formatValue, recordFigures } from './figures';
import { describeMachine } from './machine';
import { sampleSuite } from './suites/sample';
import { syncSuite } from './suites/sync';
import { validationSuite } from './suites/validation';

// Every benchmark suite, run one after another; `pnpm bench -- <text>` runs those whose name matches.
const SUITES: Record<string, () => Figure[] | Promise<Figure[]>> = {
  validation: validationSuite,
  sync: syncSuite,
  sample: sampleSuite,
};

const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
const machine = describeMachine();
const date = new Date().toISOString().slice(0, 10);
const figures: Figure[] = [];
for (const [name, suite] of Object.entries(SUITES)) {
  if (filter && !name.includes(filter)) continue;
  console.log(`bench: ${name}`);
  const measured = await suite();
  for (const f of measured) console.log(`  ${f.name}: ${formatValue(f.value)} ${f.unit} (goal ${f.goal})`);
  figures.push(...measured);
}
recordFigures(figures, machine, date);
console.log(`bench: ${figures.length} figures written to BENCHMARKS.md (${machine})`);
