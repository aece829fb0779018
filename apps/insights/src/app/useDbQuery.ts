import { useEffect, useState } from 'react';
import type { Db } from '../db/types';

/** What a view knows about one query: its last result, why it failed, whether one is running. */
export interface DbQuery<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs `run` against the database whenever the data (`version`) or `run` changes, and keeps
 * the error instead of swallowing it: an empty table must mean "no data", never "the query
 * failed". Pass `run` through `useCallback` with the filters it reads, so it changes exactly when
 * they do. A result that arrives after a newer run started is dropped.
 */
export function useDbQuery<T>(db: Db | null, version: number, run: (db: Db) => Promise<T>): DbQuery<T> {
  const [state, setState] = useState<DbQuery<T>>({ data: null, error: null, loading: db !== null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the signal that the data changed
  useEffect(() => {
    if (!db) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    run(db).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: unknown) =>
        live && setState({ data: null, error: e instanceof Error ? e.message : String(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [db, version, run]);
  return state;
}
