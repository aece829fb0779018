import { defineConfig } from 'vitest/config';

/** Unit tests run in Node; DuckDB runs on duckdb-wasm's blocking Node build, charts on jsdom. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
