import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { spawnMain } from './testing/spawnMain';

describe('main.ts', () => {
  it('prints the admin token once, the listening line, seeds samples, and flushes on SIGTERM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiiki-main-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const run = () => spawnMain({ DATA_DIR: dir, ADMIN_TOKEN: '' });
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

  it('keeps every acknowledged note through a SIGKILL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chiiki-kill-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const spawnServer = () =>
      spawnMain({ DATA_DIR: dir, ADMIN_TOKEN: 'kill-test-admin-token', SEED_SAMPLE: '0' });
    const first = await spawnServer();
    const headers = { authorization: 'Bearer kill-test-admin-token', 'content-type': 'application/json' };
    const created = (await (
      await fetch(`${first.url}/api/workshops`, {
        method: 'POST',
        headers,
        body: '{"districtCode":"D01","theme":"t"}',
      })
    ).json()) as { workshop: { id: string }; facilitatorToken: string };
    const auth = { authorization: `Bearer ${created.facilitatorToken}`, 'content-type': 'application/json' };
    const acked: string[] = [];
    const send = async (n: number) => {
      const body = {
        type: 'addNote',
        commandId: `kill-c${n}`,
        noteId: `kill-n${n}`,
        lane: 'city',
        text: `${n}`,
      };
      const res = await fetch(`${first.url}/api/workshops/${created.workshop.id}/commands`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(body),
      }).catch(() => undefined);
      if (res?.status === 200) acked.push(body.noteId);
    };
    for (let n = 0; n < 5; n++) await send(n);
    const sends = Array.from({ length: 40 }, (_, n) => send(n + 5));
    await new Promise((r) => setTimeout(r, 30));
    first.child.kill('SIGKILL');
    await Promise.all(sends);
    const second = await spawnServer();
    const shown = (await (
      await fetch(`${second.url}/api/workshops/${created.workshop.id}/export`, { headers: auth })
    ).json()) as { notes: Array<{ id: string }> };
    const stored = new Set(shown.notes.map((n) => n.id));
    expect(acked.length).toBeGreaterThanOrEqual(5);
    for (const id of acked) expect(stored.has(id)).toBe(true);
  });
});
