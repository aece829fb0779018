import { SET_FILTERS_SQL } from '@chiiki/model';
import type { Param, Row } from './types';

/** A prepared statement of either duckdb-wasm build, reduced to what the cache needs. */
export interface Statement {
  run(params: readonly Param[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Prepared statements kept per connection; each holds a plan, so memory stays bounded. */
const KEPT = 64;

/** Queries answered from kept prepared statements, and the way to drop them. */
export interface StatementCache {
  query(sql: string, params: readonly Param[]): Promise<Row[]>;
  /** Closes every kept statement: call before anything that changes tables or data. */
  clear(): Promise<void>;
}

/**
 * Keeps the connection's prepared statements so a query asked again is not planned again:
 * duckdb-wasm plans a statement about five times slower than native DuckDB, and the dashboard
 * re-runs the same statements when k, the language or the page changes (decision 0023).
 *
 * A kept plan folds in the filters the `f_*` views read (`getvariable` becomes a constant when
 * the statement is bound), so a statement is kept per filters in force: the values last bound
 * to `SET_FILTERS_SQL`. duckdb-wasm binds a statement again each time it runs with parameters
 * (and so sees the current filters), so only statements without parameters, such as the
 * indicator suite, skip planning. The owner clears the cache before statements that change the
 * catalog or the data (loads, clears, DDL), so no plan outlives the tables it was made for.
 */
export function statementCache(prepare: (sql: string) => Promise<Statement>): StatementCache {
  const kept = new Map<string, Statement>();
  let filters = '';
  return {
    async query(sql, params) {
      const setsFilters = sql === SET_FILTERS_SQL;
      const key = setsFilters ? sql : `${filters}\u0000${sql}`;
      const statement = kept.get(key) ?? (await prepare(sql));
      kept.delete(key);
      let rows: Row[];
      try {
        rows = await statement.run(params);
      } catch (error) {
        await statement.close();
        throw error;
      }
      if (setsFilters) filters = JSON.stringify(params);
      // Most recently used last, so the first entry is the one to close when full.
      kept.set(key, statement);
      for (const [oldKey, old] of kept) {
        if (kept.size <= KEPT) break;
        kept.delete(oldKey);
        await old.close();
      }
      return rows;
    },
    async clear() {
      const all = [...kept.values()];
      kept.clear();
      for (const statement of all) await statement.close();
    },
  };
}
