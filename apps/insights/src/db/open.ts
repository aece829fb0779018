import { browserDb } from './browserDb';
import { BUNDLES } from './bundles';
import { type LockedDb, lockDb } from './locked';
import { createTables } from './schema';

/** How far the engine download has got, for the progress bar (bytes; total may be 0 if unknown). */
export interface LoadProgress {
  phase: 'download' | 'start' | 'ready';
  loaded: number;
  total: number;
}

/**
 * Starts DuckDB-wasm in a worker and creates the model's tables. Imported dynamically by the
 * app so the ~35 MB engine is fetched only when the planner opens the insights app.
 */
export async function openDb(onProgress: (p: LoadProgress) => void): Promise<LockedDb> {
  const duckdb = await import('@duckdb/duckdb-wasm');
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('duckdb: no worker in bundle');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
    onProgress({ phase: 'download', loaded: p.bytesLoaded, total: p.bytesTotal }),
  );
  onProgress({ phase: 'start', loaded: 1, total: 1 });
  const conn = await db.connect();
  const locked = lockDb(browserDb(conn));
  await createTables(locked);
  onProgress({ phase: 'ready', loaded: 1, total: 1 });
  return locked;
}
