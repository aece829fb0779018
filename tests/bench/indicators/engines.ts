import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { COMPACT_SQL, DDL, INDICATOR_MACROS, type TableName } from '@chiiki/model';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadCsvSql } from './data';

/** One DuckDB, wasm or native, behind the few calls the benchmark needs. */
export interface SqlEngine {
  name: string;
  /**
   * Creates the model's tables and macros, loads every CSV and compacts the database, as the app
   * does after a load (timed as loading, not as queries).
   */
  load(files: Partial<Record<TableName, string>>): Promise<void>;
  /**
   * Runs a query and turns every row into a JS object, as the app does before charting it: with
   * bound parameters, prepared, run and closed; without, run directly (as the app's Db does).
   */
  query(sql: string, params?: readonly (string | number | null)[]): Promise<Record<string, unknown>[]>;
  close(): void;
}

/**
 * duckdb-wasm's Node build, the engine the insights worker runs in the browser (single thread,
 * wasm). Files are handed over as buffers, as the browser registers dropped files.
 */
export async function openWasm(): Promise<SqlEngine> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  db.open({});
  const conn = db.connect();
  return {
    name: 'duckdb-wasm',
    async load(files) {
      for (const sql of [...DDL, ...INDICATOR_MACROS]) conn.query(sql);
      for (const [table, path] of Object.entries(files) as [TableName, string][]) {
        const name = basename(path);
        db.registerFileBuffer(name, new Uint8Array(readFileSync(path)));
        conn.query(loadCsvSql(table, name));
        db.dropFile(name);
      }
      conn.query(COMPACT_SQL);
    },
    async query(sql, params = []) {
      const rows = (table: ReturnType<typeof conn.query>) =>
        table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
      if (params.length === 0) return rows(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return rows(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    close() {
      conn.close();
      db.reset();
    },
  };
}

/**
 * Native DuckDB through @duckdb/node-api, the yardstick for the wasm build: default threads (the
 * real alternative) or one thread (the same parallelism as wasm, to tell engine from threads).
 */
export async function openNative(threads?: number): Promise<SqlEngine> {
  const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : {});
  const conn = await instance.connect();
  return {
    name: threads ? `duckdb native, ${threads} thread` : 'duckdb native',
    async load(files) {
      for (const sql of [...DDL, ...INDICATOR_MACROS]) await conn.run(sql);
      for (const [table, path] of Object.entries(files) as [TableName, string][]) {
        await conn.run(loadCsvSql(table, path));
      }
      await conn.run(COMPACT_SQL);
    },
    async query(sql, params = []) {
      const reader = await conn.runAndReadAll(sql, params.length > 0 ? [...params] : undefined);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
