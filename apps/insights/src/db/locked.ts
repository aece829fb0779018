import { createMutex } from './mutex';
import type { Db, Param } from './types';

/** A Db whose calls are serialised and which can run a whole load as one transaction. */
export interface LockedDb extends Db {
  /** Runs `fn` inside BEGIN/COMMIT with the lock held; any error rolls everything back. */
  transaction<T>(fn: (db: Db) => Promise<T>): Promise<T>;
}

/**
 * Wraps a raw connection so reads can't see, or interleave with, a half-done load: a load either
 * succeeds whole or changes nothing.
 */
export function lockDb(raw: Db): LockedDb {
  const run = createMutex();
  return {
    query: (sql: string, params?: readonly Param[]) => run(() => raw.query(sql, params)),
    exec: (sql: string) => run(() => raw.exec(sql)),
    check: (sql: string) => run(() => raw.check(sql)),
    transaction: <T>(fn: (db: Db) => Promise<T>) =>
      run(async () => {
        await raw.exec('BEGIN TRANSACTION');
        try {
          const out = await fn(raw);
          await raw.exec('COMMIT');
          return out;
        } catch (e) {
          await raw.exec('ROLLBACK');
          throw e;
        }
      }),
  };
}
