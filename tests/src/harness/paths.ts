import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests work from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where tests write what a person should look at afterwards (screenshots, reports, PDFs). */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'tests/.artifacts');

/** The server entry that `npm start` runs, so tests exercise exactly the shipped process. */
export const SERVER_MAIN = join(REPO_ROOT, 'apps/workshop/server/main.ts');

/** Built app folders the server serves; the global setup builds them when they are missing. */
export const APP_DISTS = {
  workshop: join(REPO_ROOT, 'apps/workshop/dist'),
  insights: join(REPO_ROOT, 'apps/insights/dist'),
} as const;
