import { performance } from 'node:perf_hooks';
import { median } from '../measure';

/** Most untimed warm-up runs, whatever `warmupMs` asks, so a slow suite cannot stall the bench. */
const MAX_WARMUP_RUNS = 50;

/**
 * Runs a suite untimed for `warmupMs` (at least once: warm caches, JIT and wasm tier-up, the
 * check of its answers), then `repeats` times, and returns the first answer and the median wall
 * time in milliseconds. Every engine gets the same warm-up, so the figures compare steady states.
 */
export async function timeSuite<T>(
  repeats: number,
  warmupMs: number,
  run: () => Promise<T> | T,
): Promise<{ result: T; ms: number }> {
  const result = await run();
  const warmupEnd = performance.now() + warmupMs;
  for (let i = 1; i < MAX_WARMUP_RUNS && performance.now() < warmupEnd; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return { result, ms: median(times) };
}

/** Wall time of one task in milliseconds. */
export async function timeOnce<T>(task: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const t0 = performance.now();
  const result = await task();
  return { result, ms: performance.now() - t0 };
}

/** A fingerprint of an indicator's answer (rows, Σ value, Σ previous), to check engines agree. */
export function fingerprint(rows: readonly object[]): string {
  let value = 0;
  let previous = 0;
  for (const row of rows as { value?: unknown; previous?: unknown }[]) {
    value += Number(row.value ?? 0);
    previous += Number(row.previous ?? 0);
  }
  return `${rows.length} rows, Σvalue ${value.toFixed(3)}, Σprevious ${previous.toFixed(3)}`;
}
