/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls a condition until it holds; every wait in the suite is bounded so a broken server fails a
 * test with a message instead of hanging the run. A message given as a function is written when
 * the wait fails, so it can say what the state was then rather than when the wait began.
 */
export async function until(
  check: () => boolean,
  message: string | (() => string),
  timeoutMs = 10_000,
): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) {
      const text = typeof message === 'function' ? message() : message;
      throw new Error(`timed out after ${timeoutMs} ms: ${text}`);
    }
    await sleep(20);
  }
}

/** The p-th percentile (0..100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
