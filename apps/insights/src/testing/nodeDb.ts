import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDuckDB, type DuckDBConnection, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { type LockedDb, lockDb } from '../db/locked';
import { tableToRows } from '../db/rows';
import { createTables } from '../db/schema';
import type { Db, Param } from '../db/types';

function adapt(conn: DuckDBConnection): Db {
  return {
    async query(sql, params = []) {
      if (params.length === 0) return tableToRows(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return tableToRows(stmt.query(...(params as Param[])));
      } finally {
        stmt.close();
      }
    },
    async exec(sql) {
      conn.query(sql);
    },
    async check(sql) {
      const stmt = conn.prepare(`SELECT * FROM (${sql}) AS checked LIMIT 0`);
      try {
        return stmt.query().schema.fields.map((f) => f.name);
      } finally {
        stmt.close();
      }
    },
    async insertArrow(table, ipc, create) {
      conn.insertArrowFromIPCStream(ipc, { name: table, create });
    },
  };
}

/**
 * A fresh DuckDB (duckdb-wasm's blocking Node build) with the app's tables, for tests: the same
 * engine and SQL as the browser, without a worker.
 */
export async function openNodeDb(): Promise<LockedDb> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const bindings = await createDuckDB(
    {
      mvp: {
        mainModule: join(dist, 'duckdb-mvp.wasm'),
        mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await bindings.instantiate(() => undefined);
  const db = lockDb(adapt(bindings.connect()));
  await createTables(db);
  return db;
}
