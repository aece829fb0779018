import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockedDb } from '../db/locked';
import type { LoadProgress } from '../db/open';
import type { ProgressSink } from '../load/progress';
import { applySource, rebuild } from '../store/apply';
import { clearSources, readSources, writeSources } from '../store/persist';
import type { Source } from '../store/source';

/** The analysis engine as the UI sees it: loading progress, the database, and the loaded sources. */
export interface Engine {
  db: LockedDb | null;
  progress: LoadProgress | null;
  error: string | null;
  sources: Source[];
  /** Bumped after every change of data, so views re-run their queries. */
  version: number;
  /** Whether the last save to IndexedDB failed (the data then lasts only this session). */
  unsaved: boolean;
  /** Adds sources in one transaction; `onProgress` hears rows inserted of the total. */
  addSources(list: Source[], onProgress?: ProgressSink): Promise<void>;
  removeSource(id: string): Promise<void>;
  clearAll(): Promise<void>;
}

/**
 * Starts DuckDB lazily (a dynamic import, so the engine is its own chunk), replays the sources
 * saved in IndexedDB, and applies new loads as single transactions.
 */
export function useEngine(): Engine {
  const [db, setDb] = useState<LockedDb | null>(null);
  const [progress, setProgress] = useState<LoadProgress | null>({ phase: 'download', loaded: 0, total: 0 });
  const [error, setError] = useState<string | null>(null);
  const [sources, setSources] = useState<Source[]>([]);
  const [version, setVersion] = useState(0);
  const [unsaved, setUnsaved] = useState(false);
  const sourcesRef = useRef<Source[]>([]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const t0 = performance.now();
      const { openDb } = await import('../db/open');
      const opened = await openDb((p) => !cancelled && setProgress(p));
      const saved = await readSources();
      if (saved.length > 0) await rebuild(opened, saved);
      if (cancelled) return;
      sourcesRef.current = saved;
      setSources(saved);
      setDb(opened);
      setProgress(null);
      setVersion((v) => v + 1);
      (globalThis as { __insightsReadyMs?: number }).__insightsReadyMs = performance.now() - t0;
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, []);

  const commit = useCallback(async (next: Source[]) => {
    sourcesRef.current = next;
    setSources(next);
    setUnsaved(!(await writeSources(next)));
    setVersion((v) => v + 1);
  }, []);

  const addSources = useCallback(
    async (list: Source[], onProgress?: ProgressSink) => {
      if (!db) return;
      const ids = new Set(list.map((s) => s.id));
      const kept = sourcesRef.current.filter((s) => !ids.has(s.id));
      const next = [...kept, ...list];
      if (kept.length < sourcesRef.current.length || list.length > 1) await rebuild(db, next, onProgress);
      else if (list[0]) await applySource(db, list[0], onProgress);
      await commit(next);
    },
    [db, commit],
  );

  const removeSource = useCallback(
    async (id: string) => {
      if (!db) return;
      const next = sourcesRef.current.filter((s) => s.id !== id);
      await rebuild(db, next);
      await commit(next);
    },
    [db, commit],
  );

  const clearAll = useCallback(async () => {
    if (!db) return;
    await rebuild(db, []);
    await clearSources();
    await commit([]);
  }, [db, commit]);

  return { db, progress, error, sources, version, unsaved, addSources, removeSource, clearAll };
}
