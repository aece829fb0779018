import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/harness/index';

// The harness itself: crash tests and teardown depend on these promises holding.
describe('startServer', () => {
  it('kills with SIGKILL, restarts on the same port and data dir, and removes the dir on stop', async () => {
    const first = await startServer();
    expect((await fetch(`${first.url}/`)).status).toBe(200);
    await first.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await expect(fetch(`${first.url}/`)).rejects.toThrow();
    expect(existsSync(first.dataDir)).toBe(true);

    const second = await first.restart();
    expect(second.url).toBe(first.url);
    expect(second.dataDir).toBe(first.dataDir);
    expect((await fetch(`${second.url}/`)).status).toBe(200);
    await second.stop();
    expect(existsSync(first.dataDir)).toBe(false);
  });

  it('reports the server output when the process cannot start', async () => {
    await expect(startServer({ env: { PORT: 'not-a-port' }, startTimeoutMs: 15_000 })).rejects.toThrow(
      /server did not start/,
    );
  });
});
