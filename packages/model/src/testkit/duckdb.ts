import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { DDL } from '../duckdb/ddl';

/** A blocking DuckDB connection (the wasm build, as the insights worker runs it). */
export type TestConnection = ReturnType<Awaited<ReturnType<typeof createDuckDB>>['connect']>;

/**
 * Opens an in-memory duckdb-wasm database in Node with the model's tables, for tests only:
 * the same engine and DDL the insights app uses in the browser.
 */
export async function openTestDb(): Promise<{ conn: TestConnection; close: () => void }> {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const db = await createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => {});
  db.open({});
  const conn = db.connect();
  for (const statement of DDL) conn.query(statement);
  return {
    conn,
    close: () => {
      conn.close();
      db.reset();
    },
  };
}
