import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_DISTS, REPO_ROOT } from './harness/paths';

/**
 * Builds the two apps once when their dist is missing, so `pnpm --filter @chiiki/tests test` works
 * on its own; `npm test` has already built them and this is then a no-op. TESTS_SKIP_BUILD=1
 * skips it for tests that need no app (harness work while an app does not build).
 */
export default function setup(): void {
  if (process.env.TESTS_SKIP_BUILD === '1') return;
  const missing = Object.values(APP_DISTS).some((dir) => !existsSync(join(dir, 'index.html')));
  if (!missing) return;
  execFileSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@chiiki/workshop', '--filter=@chiiki/insights'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
}
