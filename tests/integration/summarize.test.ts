import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeDir } from '../src/harness/index';

// CI reads only the closing line of `npm test`; these pin what that line says and its exit code.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function summarize(reports: Record<string, object>, extra: string[] = []): { out: string; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'chiiki-reports-'));
  dirs.push(dir);
  for (const [name, report] of Object.entries(reports))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(report));
  try {
    const out = execFileSync('node', [join(REPO_ROOT, 'scripts/summarize-tests.mjs'), dir, ...extra], {
      encoding: 'utf8',
    });
    return { out, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; status: number };
    return { out: e.stdout, code: e.status };
  }
}

const lastLine = (out: string) => out.trimEnd().split('\n').at(-1);

describe('scripts/summarize-tests.mjs', () => {
  it('sums passed tests over reports and exits 0', () => {
    const r = summarize({ a: { numPassedTests: 3, numFailedTests: 0 }, b: { numPassedTests: 4 } });
    expect(lastLine(r.out)).toBe('Tests: 7 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('counts failed tests and a file that failed to load', () => {
    const r = summarize({
      a: {
        numPassedTests: 2,
        numFailedTests: 1,
        testResults: [{ status: 'failed', assertionResults: [] }],
      },
    });
    expect(lastLine(r.out)).toBe('Tests: 2 passed, 2 failed');
    expect(r.code).toBe(1);
  });

  it('fails a run where a non-test stage failed or no test ran', () => {
    expect(lastLine(summarize({ a: { numPassedTests: 1 } }, ['--failed-stage', 'lint']).out)).toBe(
      'Tests: 1 passed, 1 failed',
    );
    const none = summarize({});
    expect(lastLine(none.out)).toBe('Tests: 0 passed, 0 failed');
    expect(none.code).toBe(1);
  });
});
