import { COMPACT_SQL } from '@chiiki/model';
import { createMutex } from './mutex';
import type { Db, Param } from './types';

/** A Db whose calls are serialised and which can run a whole load as one transaction. */
export interface LockedDb extends Db {
  /**
   * Runs `fn` inside BEGIN/COMMIT with the lock held; any error rolls everything back. After a
   * commit the database is compacted (compressed), so what a load added is read at full speed.
   */
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
    insertArrow: (table: string, ipc: Uint8Array, create: boolean) =>
      run(() => raw.insertArrow(table, ipc, create)),
    transaction: <T>(fn: (db: Db) => Promise<T>) =>
      run(async () => {
        await raw.exec('BEGIN TRANSACTION');
        let out: T;
        try {
          out = await fn(raw);
          await raw.exec('COMMIT');
        } catch (e) {
          await raw.exec('ROLLBACK');
          throw e;
        }
        // The load is committed: a failed compaction costs reading speed, never data.
        await raw.exec(COMPACT_SQL).catch(() => undefined);
        return out;
      }),
  };
}
