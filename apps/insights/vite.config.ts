import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The insights app is served under /insights/ by the workshop server, so every asset URL carries that base. */
export default defineConfig({
  base: '/insights/',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { port: 5174 },
});
