import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableToRows } from './rows';
import { statementCache } from './statements';
import type { Db, Param } from './types';

/**
 * Adapts a worker-backed duckdb-wasm connection to the app's Db interface. Queries
 * keep their prepared statements (`statementCache`), dropped before any statement or insert that
 * changes tables or data.
 */
export function browserDb(conn: AsyncDuckDBConnection): Db {
  const statements = statementCache(async (sql) => {
    const stmt = await conn.prepare(sql);
    return {
      run: async (params) => tableToRows(await stmt.query(...(params as Param[]))),
      close: () => stmt.close(),
    };
  });
  return {
    async query(sql, params = []) {
      return statements.query(sql, params);
    },
    async exec(sql) {
      await statements.clear();
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
      await statements.clear();
      await conn.insertArrowFromIPCStream(ipc, { name: table, create });
    },
  };
}
