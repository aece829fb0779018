import { rmSync } from 'node:fs';

type SyncCleanup = () => void;

const pending = new Set<SyncCleanup>();
let hooked = false;

/**
 * Registers a synchronous last-resort cleanup (kill a child, remove a temp dir) that runs when the
 * test worker exits, even after a failed or timed-out test, so no server or browser outlives a run.
 * Returns an unregister function for the normal, orderly teardown path.
 */
export function onProcessExit(fn: SyncCleanup): () => void {
  if (!hooked) {
    hooked = true;
    const runAll = () => {
      for (const f of [...pending]) {
        try {
          f();
        } catch {
          // best effort during exit
        }
      }
      pending.clear();
    };
    process.once('exit', runAll);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        runAll();
        process.exit(130);
      });
    }
  }
  pending.add(fn);
  return () => pending.delete(fn);
}

/** Removes a temporary directory, tolerating one that is already gone. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
