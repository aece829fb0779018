import { performance } from 'node:perf_hooks';

/**
 * Operations per second of `op`, run in batches for at least `minMs` after a warm-up; the median
 * of the batches, so one garbage collection or a neighbour's build does not decide the figure.
 */
export function throughput(
  op: (i: number) => void,
  options: { batch?: number; minMs?: number } = {},
): number {
  const batch = options.batch ?? 1000;
  const minMs = options.minMs ?? 1500;
  for (let i = 0; i < batch; i++) op(i);
  const rates: number[] = [];
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < minMs || rates.length < 5) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) op(n++);
    rates.push(batch / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** Wall time in milliseconds and the heap and RSS growth of one run of an async task. */
export async function timeAndMemory<T>(
  task: () => Promise<T> | T,
): Promise<{ result: T; ms: number; heapMiB: number; rssMiB: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const result = await task();
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  return {
    result,
    ms,
    heapMiB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssMiB: (peakRss - before.rss) / 2 ** 20,
  };
}
