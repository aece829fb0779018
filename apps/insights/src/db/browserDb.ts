import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableToRows } from './rows';
import type { Db, Param } from './types';

/** Adapts a worker-backed duckdb-wasm connection to the app's Db interface. */
export function browserDb(conn: AsyncDuckDBConnection): Db {
  return {
    async query(sql, params = []) {
      if (params.length === 0) return tableToRows(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return tableToRows(await stmt.query(...(params as Param[])));
      } finally {
        await stmt.close();
      }
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async check(sql) {
      const stmt = await conn.prepare(`SELECT * FROM (${sql}) AS checked LIMIT 0`);
      try {
        const t = await stmt.query();
        return t.schema.fields.map((f) => f.name);
      } finally {
        await stmt.close();
      }
    },
    async insertArrow(table, ipc, create) {
      await conn.insertArrowFromIPCStream(ipc, { name: table, create });
    },
  };
}
