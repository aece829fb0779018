import { activityCsvLines, generateActivities } from '@chiiki/model';
import type { Figure } from '../figures';

const ROWS = 1_000_000;
const SEED = 20_250_401;

const gc = (globalThis as { gc?: () => void }).gc;

/** Live heap above the starting point (after a GC when --expose-gc), sampled every 50,000 rows. */
function streamed(
  rows: Iterable<unknown>,
  onRow: (row: unknown) => void,
  measureHeap = false,
): { s: number; peakMiB: number } {
  gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  let n = 0;
  const t0 = performance.now();
  for (const row of rows) {
    onRow(row);
    if (++n % 50_000 === 0 && measureHeap) {
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { s: (performance.now() - t0) / 1000, peakMiB: (peak - start) / 2 ** 20 };
}

/**
 * The deterministic sample generator at benchmark scale: a million activity rows must be cheap
 * to make (start command, tests, insights benchmarks) and stream without holding them in memory.
 */
export function sampleSuite(): Figure[] {
  let count = 0;
  const gen = streamed(generateActivities(SEED, ROWS), () => {
    count++;
  });
  if (count !== ROWS) throw new Error(`generated ${count} rows, expected ${ROWS}`);
  const heap = streamed(generateActivities(SEED, ROWS), () => {}, true);
  let bytes = 0;
  const csv = streamed(activityCsvLines(generateActivities(SEED, ROWS)), (line) => {
    bytes += Buffer.byteLength(line as string);
  });
  return [
    { name: 'model: generate 1,000,000 activity rows', value: gen.s, unit: 's', goal: '≤ 5' },
    {
      name: 'model: generate 1,000,000 activity rows, live heap growth',
      value: heap.peakMiB,
      unit: 'MiB',
      goal: '≤ 16 (streamed)',
    },
    { name: 'model: 1,000,000 activity rows → CSV', value: csv.s, unit: 's', goal: '≤ 10' },
    { name: 'model: 1,000,000 activity rows CSV size', value: bytes / 2 ** 20, unit: 'MiB', goal: '—' },
  ];
}
