/**
 * Serialises work on the single DuckDB connection, so a query never runs inside another
 * caller's open transaction (a load must succeed whole or change nothing).
 */
export function createMutex() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(fn: () => Promise<T>): Promise<T> {
    const next = tail.then(fn, fn);
    tail = next.catch(() => undefined);
    return next;
  };
}
