import { defineConfig } from 'vitest/config';

/** Unit and integration tests of the board: the server's and the client's, never the built app. */
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
