import { defineConfig } from 'vitest/config';

// DuckDB-wasm compiles a 34 MB module when a test file opens it: on a loaded 2-core machine
// that alone can pass vitest's default 10 s hook timeout.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], hookTimeout: 60_000 } });
