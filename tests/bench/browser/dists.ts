import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DISTS, REPO_ROOT } from '../../src/harness';

/** Builds an app whose dist is missing, so the browser figures measure what `npm start` serves. */
export function ensureBuilt(): void {
  for (const [app, dir] of Object.entries(APP_DISTS)) {
    if (existsSync(join(dir, 'index.html'))) continue;
    console.log(`  building @chiiki/${app} (dist missing)`);
    execSync(`pnpm --filter @chiiki/${app} build`, { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}
