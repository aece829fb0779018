import { defineConfig } from 'vitest/config';

// Three projects run one after another (groupOrder), so the browser tests never compete with
// server-heavy integration files for the two shared CPU cores.
export default defineConfig({
  test: {
    globalSetup: ['./src/globalSetup.ts'],
    passWithNoTests: true,
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'integration',
          include: ['integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'reliability',
          include: ['reliability/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: process.env.SOAK ? 3_600_000 : 300_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
