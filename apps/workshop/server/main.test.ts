import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

describe('main.ts', () => {
  it('prints the admin token once, the listening line, seeds samples, and flushes on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiiki-main-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const run = async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
        env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', ADMIN_TOKEN: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      onTestFinished(() => {
        child.kill('SIGKILL');
      });
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      return { child, url, out: () => out };
    };
    const first = await run();
    const token = (await readFile(join(dir, 'admin-token'), 'utf8')).trim();
    expect(first.out()).toContain(token);
    const list = await fetch(`${first.url}/api/workshops`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await list.json()) as { workshops: unknown[] }).workshops).toHaveLength(10);
    const exited = new Promise<number | null>((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const second = await run();
    expect(second.out()).not.toContain(token);
    const again = await fetch(`${second.url}/api/workshops`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await again.json()) as { workshops: unknown[] }).workshops).toHaveLength(10);
  });
});
